// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QString>

#include <functional>

namespace pgs {

// A throwaway local PostgreSQL cluster in a directory we own: initdb, start on a free port
// listening only on a private unix socket directory (no TCP), stop, drop. When we run as root
// (CI, containers), initdb and postgres run as the "postgres" OS user (runuser), because the
// server refuses to run as root; the directory is then handed to that user.
//
// Layout of dir:  data/ (PGDATA), socket/ (unix socket), server.log, cluster.json
// cluster.json records {port, socket_dir, data_dir, log_file, bin_dir, superuser, version} so a
// later process (run.sh, the CLI, another test) can reuse a running cluster.
// As root, data/, socket/ and server.log live instead in a postgres-owned runtime directory
// /var/tmp/pgsteward-clusters/<first 12 hex of sha1(canonical dir)>/, because the postgres user
// usually cannot traverse the directory we were given (/root is 0700); cluster.json in dir
// records where they are, and drop() removes both.
class SandboxCluster
{
public:
    explicit SandboxCluster(QString directory);

    QString directory() const { return m_dir; }
    QString dataDirectory() const;
    QString socketDirectory() const;
    QString logFile() const;
    int port() const { return m_port; }
    QString superuser() const { return m_superuser; } // the role initdb created
    QString binDirectory() const { return m_binDir; }
    QString serverVersion() const { return m_version; } // "15.4", known once started
    // As root: the postgres-owned directory holding data, socket and log; otherwise empty.
    QString runtimeDirectory() const;
    static bool runsAsRoot();

    bool exists() const;    // initialized (PG_VERSION present)
    bool isRunning() const; // postmaster.pid and a server answering on the socket

    // minMajor: at least this server version (0: newest installed).
    Status create(JobContext &ctx, int minMajor = 0);
    // A streaming standby of a running sandbox (pg_basebackup -R over the primary's socket, a
    // physical slot named by standbySlotName()), with its own port and socket; then start() it.
    // A standby that exists already is left as it is.
    Status createStandbyOf(JobContext &ctx, const SandboxCluster &primary);
    QString standbySlotName() const;
    // A cluster recovered from a plain-format base backup (sandboxrecovery.cpp): the copy is
    // handed to the server user, pg_hba.conf becomes trust on the private socket, and settings
    // (recovery targets ...) are appended to postgresql.auto.conf with recovery.signal; then
    // start() it. superuser: a role of the backed-up server to connect as.
    Status createFromBaseBackup(JobContext &ctx, const QString &backupDataDir, int serverMajor,
                                const QString &superuser, const QString &settings);
    // The same, with populate(ctx, dataDir) filling the new data directory (a tar backup unpacked).
    using Populate = std::function<Status(JobContext &ctx, const QString &dataDir)>;
    Status createFromBaseBackup(JobContext &ctx, const Populate &populate, int serverMajor, const QString &superuser,
                                const QString &settings);
    // "pgsteward_standby_<12 hex of the directory>"
    QString primaryDirectory() const { return m_primaryDir; } // empty unless a standby
    // Picks a free port (or reuses the recorded one if free), starts and waits until it accepts
    // connections (pg_ctl -w). Starting a running cluster is a no-op.
    Status start(JobContext &ctx);
    Status stop(JobContext &ctx); // fast shutdown; no-op when stopped
    Status drop(JobContext &ctx); // stop, then remove the whole directory

    // What pg_controldata reads from the data directory (also of a stopped cluster).
    struct ControlData
    {
        QString clusterState;      // "shut down", "in production", "in archive recovery" ...
        QString checkpointLsn;     // "Latest checkpoint location": a clean stop's shutdown checkpoint
        int checkpointTimeline = 0;
        QString systemIdentifier;
    };
    Result<ControlData> controlData(JobContext &ctx) const;
    // A cleanly stopped former primary made a standby of a new primary that has every record it
    // wrote (sandboxrejoin.cpp): standby.signal, and primary_conninfo and primary_slot_name in
    // postgresql.auto.conf (replacing earlier ones); primaryDir is recorded (empty: the new
    // primary is no sandbox). No pg_rewind: its WAL ends where the new timeline begins. Then start().
    Status configureAsStandby(const QString &primaryConninfo, const QString &slotName, const QString &primaryDir);
    // Promoted: it follows no sandbox any more.
    Status forgetPrimary();

    // Ready-to-use connection to a database of the cluster (superuser, socket, no password).
    ConnectionSpec connectionSpec(const QString &database = QStringLiteral("postgres")) const;

    // Loads cluster.json if present (port, bin dir ...). Returns false when there is none.
    bool loadState();

private:
    Status saveState() const;
    Status prepareDirectories();
    // stdoutText: where the tool's standard output goes (nullptr: discarded).
    Status runServerTool(JobContext &ctx, const QString &tool, const QStringList &arguments, QByteArray *stdoutText = nullptr) const;
    // As root, files we write into the data directory must belong to the server's user.
    static Status giveToServerUser(const QString &path);
    QString stateFile() const;

    QString m_dir;
    int m_port = 0;
    QString m_superuser;
    QString m_binDir;
    QString m_dataDir;   // empty: the default for this user (see layout above)
    QString m_socketDir;
    QString m_logFile;
    QString m_version;
    QString m_primaryDir; // the sandbox this one streams from
};

} // namespace pgs
