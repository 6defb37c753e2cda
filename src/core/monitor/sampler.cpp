// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/sampler.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QVersionNumber>

namespace pgs {

namespace {

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::Sampler)
};

std::optional<double> optionalDouble(const pg::QueryResult &r, int row, const char *name)
{
    const int c = r.column(name);
    return r.isNull(row, c) ? std::nullopt : std::optional<double>(r.toDouble(row, c));
}
std::optional<qint64> optionalInt(const pg::QueryResult &r, int row, const char *name)
{
    const int c = r.column(name);
    return r.isNull(row, c) ? std::nullopt : std::optional<qint64>(r.toInt64(row, c));
}

Status loadDatabases(pg::Connection &conn, bool sizes, MetricSample &s)
{
    auto result = conn.exec(sql::query(QStringLiteral("monitor/database_stats"), conn.serverVersionNum()), {sizes});
    if (!result)
        return result.error();
    const pg::QueryResult &r = result.value();
    for (int row = 0; row < r.rows(); ++row) {
        DatabaseCounters d;
        d.datid = r.toInt64(row, "datid");
        d.name = r.text(row, "name");
        d.isTemplate = r.toBool(row, "is_template");
        for (const QString &counter : databaseCounterNames())
            d.counters.insert(counter, r.toInt64(row, r.column(counter.toLatin1().constData())));
        d.statsReset = optionalDouble(r, row, "stats_reset");
        d.sizeBytes = optionalInt(r, row, "size_bytes");
        d.xidAge = r.toInt64(row, "xid_age");
        s.databases.append(d);
        if (row == 0)
            s.takenAt = QDateTime::fromMSecsSinceEpoch(qint64(r.toDouble(row, "taken_at") * 1000), Qt::UTC);
    }
    if (!s.takenAt.isValid())
        s.takenAt = QDateTime::currentDateTimeUtc();
    return ok();
}

Status loadServer(pg::Connection &conn, MetricSample &s)
{
    const int v = conn.serverVersionNum();
    auto server = conn.exec(sql::query(QStringLiteral("monitor/server"), v));
    if (!server)
        return server.error();
    s.inRecovery = server->toBool(0, "in_recovery");
    s.currentDatabase = server->text(0, "current_database");
    s.walBytes = optionalInt(*server, 0, "wal_bytes");
    s.nextXid = server->toInt64(0, "next_xid");
    s.xidAgeMax = server->toInt64(0, "xid_age_max");
    if (const auto slotCount = optionalInt(*server, 0, "connection_slots"))
        s.connectionSlots = int(*slotCount);

    auto sessions = conn.exec(sql::query(QStringLiteral("monitor/sessions"), v));
    if (!sessions)
        return sessions.error();
    for (int row = 0; row < sessions->rows(); ++row)
        s.sessions.append({sessions->text(row, "state"), sessions->text(row, "wait_event_type"),
                           int(sessions->toInt64(row, "sessions")), optionalDouble(*sessions, row, "longest_seconds")});

    auto standbys = conn.exec(sql::query(QStringLiteral("monitor/replication"), v));
    if (!standbys)
        return standbys.error();
    for (int row = 0; row < standbys->rows(); ++row)
        s.standbys.append({standbys->text(row, "name"), standbys->text(row, "client"), standbys->text(row, "state"),
                           optionalDouble(*standbys, row, "write_lag"), optionalDouble(*standbys, row, "flush_lag"),
                           optionalDouble(*standbys, row, "replay_lag")});
    return ok();
}

Status loadTables(pg::Connection &conn, const SampleOptions &options, MetricSample &s)
{
    auto r = conn.exec(sql::query(QStringLiteral("monitor/top_tables"), conn.serverVersionNum()), {options.topTables});
    if (!r)
        return r.error();
    for (int row = 0; row < r->rows(); ++row)
        s.tables.append({r->text(row, "schema"), r->text(row, "name"), r->toInt64(row, "total_bytes"),
                         r->toInt64(row, "table_bytes"), r->toInt64(row, "index_bytes"), r->toInt64(row, "toast_bytes")});
    return ok();
}

bool preloads(const QString &setting)
{
    for (const QString &lib : setting.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (lib.trimmed().remove(QLatin1Char('"')) == QLatin1String("pg_stat_statements"))
            return true;
    }
    return false;
}

// Fills the statements part, or explains why there is none. Only a failing catalog query is an
// error; an unusable extension is a normal state of a server.
Status loadStatements(pg::Connection &conn, const SampleOptions &options, MetricSample &s)
{
    const int v = conn.serverVersionNum();
    auto ext = conn.exec(sql::query(QStringLiteral("monitor/statements_extension"), v));
    if (!ext)
        return ext.error();
    const bool installed = !ext->isNull(0, ext->column("version"));
    const bool preloadKnown = !ext->isNull(0, ext->column("preload"));
    const bool preloaded = preloadKnown && preloads(ext->text(0, "preload"));
    if (!installed) {
        if (!ext->toBool(0, "available"))
            s.statementsUnavailableReason = Tr::tr("The pg_stat_statements extension is not available on this server "
                                                   "(the contrib package is not installed).");
        else if (preloaded) {
            s.statementsExtensionCreatable = true;
            s.statementsUnavailableReason = Tr::tr("pg_stat_statements is loaded but not installed in database %1: "
                                                   "run CREATE EXTENSION pg_stat_statements there.")
                                                    .arg(s.currentDatabase);
        } else
            s.statementsUnavailableReason = Tr::tr("pg_stat_statements is not installed in database %1 and not in "
                                                   "shared_preload_libraries: add it there, restart the server, then "
                                                   "run CREATE EXTENSION pg_stat_statements.")
                                                    .arg(s.currentDatabase);
        return ok();
    }
    if (preloadKnown && !preloaded) {
        s.statementsUnavailableReason = Tr::tr("pg_stat_statements is installed but not in shared_preload_libraries: "
                                               "add it there and restart the server.");
        return ok();
    }
    // total_time became total_plan_time + total_exec_time in pg_stat_statements 1.8 (PostgreSQL 13);
    // the extension can be older than the server after pg_upgrade, so ask the extension.
    const QVersionNumber extVersion = QVersionNumber::fromString(ext->text(0, "version"));
    s.statementsTotalTimeColumn = extVersion >= QVersionNumber(1, 8) ? QStringLiteral("total_exec_time")
                                                                      : QStringLiteral("total_time");
    const QString schema = conn.quoteIdentifier(ext->text(0, "schema"));
    auto inSchema = [&](const QString &name) {
        return sql::query(name, v).replace(QStringLiteral("public.pg_stat_statements"),
                                           schema + QStringLiteral(".pg_stat_statements"));
    };
    if (extVersion >= QVersionNumber(1, 9)) {
        auto info = conn.exec(inSchema(QStringLiteral("monitor/statements_info")));
        if (info && info->rows() == 1 && !info->isNull(0, info->column("stats_reset")))
            s.statementsResetAt = info->toDouble(0, "stats_reset");
    }
    auto r = conn.exec(inSchema(QStringLiteral("monitor/statements")), {s.statementsTotalTimeColumn, options.topStatements});
    if (!r) {
        // e.g. "must be loaded via shared_preload_libraries" when we could not read the setting
        s.statementsUnavailableReason = Tr::tr("pg_stat_statements cannot be read: %1").arg(r.error().message);
        return ok();
    }
    s.statementsAvailable = true;
    for (int row = 0; row < r->rows(); ++row) {
        StatementCounters c;
        c.queryId = r->toInt64(row, "queryid");
        c.dbId = r->toInt64(row, "dbid");
        c.userId = r->toInt64(row, "userid");
        c.calls = r->toInt64(row, "calls");
        c.totalMs = r->toDouble(row, "total_ms");
        c.rows = r->toInt64(row, "rows");
        c.query = r->text(row, "query");
        if (!c.query.isEmpty())
            c.fingerprint = statementFingerprint(c.query);
        c.topByTime = r->toBool(row, "top_by_time");
        c.topByCalls = r->toBool(row, "top_by_calls");
        s.statements.append(c);
        if (row == 0) {
            s.statementsCallsTotal = r->toInt64(row, "all_calls");
            s.statementsTotalMsTotal = r->toDouble(row, "all_total_ms");
        }
    }
    if (r->rows() == 0) { // an empty view is a valid state with zero totals
        s.statementsCallsTotal = 0;
        s.statementsTotalMsTotal = 0.0;
    }
    return ok();
}

} // namespace

Result<MetricSample> takeSample(pg::Connection &conn, const SampleOptions &options)
{
    MetricSample s;
    if (Status st = loadDatabases(conn, options.databaseSizes, s); !st)
        return st.error();
    if (Status st = loadServer(conn, s); !st)
        return st.error();
    if (options.tables) {
        if (Status st = loadTables(conn, options, s); !st)
            return st.error();
    }
    if (options.statements) {
        if (Status st = loadStatements(conn, options, s); !st)
            return st.error();
    }
    return s;
}

} // namespace pgs
