// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scratch database that triggers the health checks (tst_health, tst_cli_health): an unused
// index, a duplicate, an invalid index from a failed CREATE UNIQUE INDEX CONCURRENTLY, a
// sequence at 95 %, dead tuples with autovacuum off, an unindexed foreign key, a NOT VALID
// constraint, a bloated table, partitions ending soon with a default partition holding rows,
// all under hostile names (quotes, spaces, dots).

#include "pg/connection.h"
#include "testcluster.h"

#include <QString>
#include <QThread>

namespace pgs::test {

// The hostile schema and table the fixture uses.
inline QString hostileSchema() { return QStringLiteral("sch ema\"x"); }
inline QString hostileTable() { return QStringLiteral("we ird\"name.t"); }

// The cumulative statistics of this backend reach pg_stat_* at the next transaction end.
inline QString flushStatistics(pg::Connection &conn)
{
    if (Status st = conn.execScript(QStringLiteral("SELECT pg_stat_force_next_flush()")); !st)
        return st.error().message;
    if (Status st = conn.execScript(QStringLiteral("SELECT 1")); !st)
        return st.error().message;
    QThread::msleep(100);
    return {};
}

inline QString buildHealthFixture(pg::Connection &conn)
{
    const QString s = conn.quoteIdentifier(hostileSchema());
    const QString t = s + QLatin1Char('.') + conn.quoteIdentifier(hostileTable());
    const QStringList statements{
        QStringLiteral("CREATE SCHEMA %1").arg(s),
        QStringLiteral("CREATE TABLE %1 (id serial PRIMARY KEY, v int, note text) WITH (autovacuum_enabled = false)").arg(t),
        QStringLiteral("INSERT INTO %1 (v, note) SELECT g, repeat('x', 50) FROM generate_series(1, 20000) g").arg(t),
        QStringLiteral("CREATE INDEX \"unused idx\" ON %1 (v)").arg(t),
        QStringLiteral("CREATE INDEX \"dup a\" ON %1 (note)").arg(t),
        QStringLiteral("CREATE INDEX \"dup b\" ON %1 (note)").arg(t),
        QStringLiteral("DELETE FROM %1 WHERE id % 2 = 0").arg(t),
        QStringLiteral("CREATE TABLE %1.\"par ent\" (id int PRIMARY KEY)").arg(s),
        QStringLiteral("INSERT INTO %1.\"par ent\" SELECT generate_series(1, 10)").arg(s),
        QStringLiteral("CREATE TABLE %1.\"chi'ld\" (id int, \"parent id\" int REFERENCES %1.\"par ent\")").arg(s),
        QStringLiteral("ALTER TABLE %1.\"chi'ld\" ADD CONSTRAINT \"posi tive\" CHECK (id > 0) NOT VALID").arg(s),
        QStringLiteral("CREATE TABLE %1.dupkeys (k int)").arg(s),
        QStringLiteral("INSERT INTO %1.dupkeys VALUES (1), (1)").arg(s),
        QStringLiteral("CREATE SEQUENCE %1.\"seq 95\" MAXVALUE 1000").arg(s),
        QStringLiteral("SELECT setval('%1.\"seq 95\"', 950)").arg(QString(s).replace(QLatin1Char('\''), QStringLiteral("''"))),
        QStringLiteral("CREATE TABLE %1.bloated (id int, pad text) WITH (autovacuum_enabled = false)").arg(s),
        QStringLiteral("INSERT INTO %1.bloated SELECT g, repeat('y', 200) FROM generate_series(1, 50000) g").arg(s),
        QStringLiteral("DELETE FROM %1.bloated WHERE id % 10 <> 0").arg(s),
        QStringLiteral("VACUUM %1.bloated").arg(s),
        QStringLiteral("CREATE TABLE %1.part (at date NOT NULL, v int) PARTITION BY RANGE (at)").arg(s),
        QStringLiteral("CREATE TABLE %1.part_now PARTITION OF %1.part FOR VALUES FROM (current_date - 30) TO (current_date + 2)").arg(s),
        QStringLiteral("CREATE TABLE %1.part_def PARTITION OF %1.part DEFAULT").arg(s),
        QStringLiteral("INSERT INTO %1.part VALUES (current_date + 400, 1)").arg(s),
        QStringLiteral("CREATE TABLE %1.scanned (id int)").arg(s),
        QStringLiteral("INSERT INTO %1.scanned SELECT generate_series(1, 2000)").arg(s),
        QStringLiteral("ANALYZE"),
    };
    for (const QString &sql : statements)
        if (Status st = conn.execScript(sql); !st)
            return sql + QStringLiteral(": ") + st.error().message;
    for (int i = 0; i < 20; ++i)
        if (Status st = conn.execScript(QStringLiteral("SELECT count(*) FROM %1.scanned").arg(s)); !st)
            return st.error().message;
    // The failed build leaves the invalid index behind; the error is the point.
    if (conn.execScript(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY bad_unique ON %1.dupkeys (k)").arg(s)).ok())
        return QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY on duplicate keys succeeded");
    return flushStatistics(conn);
}

} // namespace pgs::test
