// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "util/result.h"
#include "util/userscheduler.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgs::pg {
class Connection;
}

namespace pgs {

// A physical replication slot of the server (resources/sql/physical/slot_status.sql).
struct WalSlotStatus
{
    QString name;
    bool exists = false;
    bool active = false;   // a receiver is connected through it
    QString restartLsn;
    QString walStatus;     // reserved, extended, unreserved, lost
    qint64 retainedBytes = -1; // WAL the slot keeps on the server; -1: unknown

    QJsonObject toJson() const;
};
Result<WalSlotStatus> loadSlotStatus(pg::Connection &conn, const QString &slot);

// The slot a `wal receive` streams through, recorded in the archive folder
// (".pgsteward-receiver.json") so that `wal status` shows it without being told.
QString recordedReceiverSlot(const QString &archiveDir);

struct WalReceiveOptions
{
    QString archiveDir;
    QString slot;            // empty: "pgsteward_<archive folder name>"
    bool createSlot = false; // create it (reserving WAL now) when missing
    // Started by the scheduler every minute: a receiver already streaming into the folder makes
    // this run a quiet no-op instead of an error.
    bool keepAlive = false;
};

QString defaultReceiverSlot(const QString &archiveDir);
// The slot exists afterwards (created reserving WAL when create is set), or an Error says why not.
Status ensureReceiverSlot(JobContext &ctx, const ConnectionSpec &spec, const QString &slot, bool create);

// pg_receivewal --slot into archiveDir until the job is canceled (Ctrl-C, SIGTERM, Cancel):
// one receiver per folder (an flock on ".pgsteward-receiver.lock"), the password only in a
// memory passfile. The segment being written is "<name>.partial"; readArchive() and the
// restore_command of a recovery use it. A canceled run is a clean stop: ok().
// *alreadyRunning is set when keepAlive found another receiver.
Status receiveWal(JobContext &ctx, const ConnectionSpec &spec, const WalReceiveOptions &options,
                  bool *alreadyRunning = nullptr);

// The "walreceive" family of util/userscheduler.h: a minutely systemd user timer or crontab line
// running `pgsteward-cli wal receive --profile P --archive DIR --slot S --keep-alive`; the run that
// finds the receiver alive ends at once, so the receiver is restarted within a minute of dying.
ScheduledCommand walReceiveService(const QString &profileName, const QString &archiveDir, const QString &slot,
                                   const QString &cliPath);

} // namespace pgs
