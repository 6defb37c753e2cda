// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings of the server-wide checks: sessions, connections, replication, statistics, archiving.
#include "health/healthfindings.h"

#include "pg/connection.h"

#include <QCoreApplication>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Findings)
};

QString sessionObject(const pg::QueryResult &r, int row)
{
    return Tr::tr("pid %1 (%2, %3)").arg(r.text(row, "pid"), r.text(row, "datname"), r.text(row, "usename"));
}

QString shortQuery(const pg::QueryResult &r, int row)
{
    QString q = r.text(row, "query").simplified();
    return q.size() > 80 ? q.left(79) + QChar(0x2026) : q;
}

} // namespace

QString healthSize(double bytes)
{
    static const char *units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 5) {
        bytes /= 1024;
        ++unit;
    }
    return unit == 0 ? QStringLiteral("%1 B").arg(qint64(bytes))
                     : QStringLiteral("%1 %2").arg(QString::number(bytes, 'f', 1), QString::fromLatin1(units[unit]));
}

QString healthDuration(double seconds)
{
    const qint64 s = qint64(seconds);
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return Tr::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

Finding describeServerRow(const CheckDef &check, const pg::QueryResult &r, int row, const RowContext &ctx)
{
    Finding f;
    const QString &c = check.code;
    const double value = r.toDouble(row, "value");
    if (c == QLatin1String("long-running-query")) {
        f.object = sessionObject(r, row);
        f.detail = Tr::tr("running for %1: %2").arg(healthDuration(value), shortQuery(r, row));
        f.fixSql = QStringLiteral("SELECT pg_cancel_backend(%1);").arg(r.toInt64(row, "pid"));
    } else if (c == QLatin1String("idle-in-transaction")) {
        f.object = sessionObject(r, row);
        f.detail = Tr::tr("idle in a transaction for %1, holding its locks and the vacuum horizon; last statement: %2")
                       .arg(healthDuration(value), shortQuery(r, row));
        f.advice = Tr::tr("Fix the application's transaction handling; idle_in_transaction_session_timeout ends such "
                          "sessions automatically.");
        f.fixSql = QStringLiteral("SELECT pg_terminate_backend(%1);").arg(r.toInt64(row, "pid"));
    } else if (c == QLatin1String("blocking-locks")) {
        f.object = sessionObject(r, row);
        const QString blockers = r.text(row, "blocked_by").mid(1).chopped(1);
        f.detail = Tr::tr("waiting %1 for a lock held by pid %2: %3").arg(healthDuration(value), blockers, shortQuery(r, row));
        f.advice = Tr::tr("End the blocking session if it should not hold its locks that long.");
        QStringList calls;
        for (const QString &pid : blockers.split(QLatin1Char(','), Qt::SkipEmptyParts))
            calls << QStringLiteral("SELECT pg_terminate_backend(%1);").arg(pid.toLongLong());
        f.fixSql = calls.join(QLatin1Char('\n'));
    } else if (c == QLatin1String("connection-utilization")) {
        f.object = Tr::tr("server");
        f.detail = Tr::tr("%1 % of the connection slots in use (%2 of %3)")
                       .arg(QString::number(value, 'f', 1), r.text(row, "used"), r.text(row, "available"));
        f.advice = Tr::tr("Put a connection pooler (PgBouncer) in front, close idle sessions, or raise max_connections.");
    } else if (c == QLatin1String("replication-lag")) {
        f.object = r.text(row, "name");
        if (r.text(row, "kind") == QLatin1String("slot")) {
            f.object = Tr::tr("slot %1").arg(r.text(row, "name"));
            f.detail = Tr::tr("inactive replication slot retaining %1 of WAL").arg(healthSize(r.toDouble(row, "lag_bytes")));
            f.value = double(r.toInt64(row, "lag_bytes"));
            f.threshold = ctx.thresholds.value(check, QStringLiteral("bytes"));
            f.advice = Tr::tr("Reconnect the consumer of the slot, or drop the slot if it is abandoned.");
            f.fixSql = QStringLiteral("SELECT pg_drop_replication_slot(%1);").arg(ctx.conn.quoteLiteral(r.text(row, "name")));
        } else {
            f.detail = Tr::tr("standby %1 behind (%2 of WAL)")
                           .arg(r.isNull(row, r.column("value")) ? Tr::tr("is") : healthDuration(value),
                                healthSize(r.toDouble(row, "lag_bytes")));
            f.advice = Tr::tr("Check the standby's disk, network and replay (long queries on the standby delay replay).");
        }
    } else if (c == QLatin1String("cache-hit-ratio")) {
        f.object = r.text(row, "datname");
        f.detail = Tr::tr("%1 % of block reads came from the buffer cache since the statistics were reset (%2 hits, %3 reads)")
                       .arg(QString::number(value, 'f', 2), r.text(row, "blks_hit"), r.text(row, "blks_read"));
        f.advice = Tr::tr("The working set does not fit in shared_buffers: raise it, add memory, or reduce what queries read.");
    } else if (c == QLatin1String("checkpoint-pressure")) {
        f.object = Tr::tr("server");
        f.detail = Tr::tr("%1 % of checkpoints were requested by WAL volume (%2 requested, %3 timed)")
                       .arg(QString::number(value, 'f', 1), r.text(row, "requested"), r.text(row, "timed"));
        f.advice = Tr::tr("Raise max_wal_size so that checkpoints come from checkpoint_timeout.");
    } else if (c == QLatin1String("temp-files")) {
        f.object = r.text(row, "datname");
        f.detail = Tr::tr("%1 temporary files, %2, since the statistics were reset")
                       .arg(r.text(row, "temp_files"), healthSize(value));
        f.advice = Tr::tr("Find the statements spilling (log_temp_files) and give them more work_mem or less data.");
    } else if (c == QLatin1String("archive-failing")) {
        f.object = Tr::tr("WAL archiver");
        f.detail = Tr::tr("archiving fails: %1 failures, last for %2 at %3")
                       .arg(r.text(row, "value"), r.text(row, "last_failed_wal"), r.text(row, "last_failed_time"));
        f.advice = Tr::tr("Check archive_command and the archive destination; WAL piles up in pg_wal until it succeeds.");
    }
    return f;
}

} // namespace pgs::health
