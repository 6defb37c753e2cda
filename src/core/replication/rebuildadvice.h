// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "replication/replicationstatus.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgs {

// What the old primary knew before a promotion, as far as it could be read: its data directory,
// whether pg_rewind can work on it, the standbys that streamed from it and its slots.
struct OldPrimaryFacts
{
    QString name;            // profile name or host:port, for the text
    QString dataDirectory;   // empty: not readable (or the primary was not reachable)
    std::optional<bool> rewindable; // wal_log_hints = on or data checksums; unknown when unreachable
    QList<StandbyInfo> standbys;
    QList<SlotInfo> replicationSlots;
};

// The exact commands to bring the old primary back as a standby of the new one (pg_rewind, or a
// fresh pg_basebackup -R) and what every other standby and slot needs after a promotion. Built
// from the new primary's connection (its password is never written into a command).
struct RebuildAdvice
{
    QString newPrimaryConninfo;      // host, port, user of the new primary; no password
    QStringList rewindCommands;      // empty when pg_rewind cannot work on the old primary
    QString rewindNote;              // why not, or what it needs
    QStringList baseBackupCommands;
    struct Repoint
    {
        QString standby;        // application name
        QString primaryConninfo; // what its primary_conninfo must become
        QStringList commands;   // run on that standby
    };
    QList<Repoint> standbys;
    QStringList slotSteps; // slots to re-create on the new primary, the promoted standby's own slot to drop
    // The old primary stopped cleanly at a shutdown checkpoint the new primary has replayed: it
    // can follow the new primary as it is (addCleanRejoin); rejoined: pgsteward did that already.
    QStringList rejoinCommands;
    bool rejoined = false;

    QStringList lines() const; // the whole advice as text, one step a line, translated
    QJsonObject toJson() const;
};

// promotedSlot: the slot the promoted standby used on the old primary (empty: none or unknown);
// promotedName: its application name, left out of the standbys to repoint.
RebuildAdvice rebuildAdvice(const ConnectionSpec &newPrimary, const OldPrimaryFacts &oldPrimary, const QString &promotedName,
                            const QString &promotedSlot);

// Fills advice.rejoinCommands: a slot on the new primary, standby.signal and primary_conninfo /
// primary_slot_name in the old primary's postgresql.auto.conf, start.
void addCleanRejoin(RebuildAdvice &advice, const QString &oldDataDirectory, const QString &primaryConninfo, const QString &slotName);

// libpq conninfo of spec's keywords without the password (and without dbname unless given).
QString conninfoWithoutPassword(const ConnectionSpec &spec, const QString &database = {},
                                const QString &applicationName = {});
// 'text' for a POSIX shell.
QString shellQuoted(const QString &text);
// A shell command no wider than width where it can be helped, broken only between an option and
// the one before it (never inside a quoted word or between an option and its value) with " \"
// continuations; a command that fits stays one line.
QStringList shellContinued(const QString &command, int width = 78);

} // namespace pgs
