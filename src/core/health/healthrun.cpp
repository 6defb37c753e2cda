// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthrun.h"

#include "connection/connectionspec.h"
#include "health/cachehistory.h"
#include "health/healthfindings.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <functional>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::HealthRun)
};

constexpr double kXidSpace = 2147483648.0;

// The query's rows as findings, with value, threshold and severity filled in generically.
void evaluate(const CheckDef &check, const pg::QueryResult &rows, const RowContext &ctx, QList<HealthFinding> &out)
{
    const int valueColumn = rows.column("value");
    const QString critical = check.criticalThreshold;
    for (int row = 0; row < rows.rows(); ++row) {
        Finding f = check.scope == CheckScope::Database ? describeObjectRow(check, rows, row, ctx)
                                                        : describeServerRow(check, rows, row, ctx);
        f.code = check.code;
        if (f.value.isNull() && valueColumn >= 0 && !rows.isNull(row, valueColumn))
            f.value = rows.toDouble(row, valueColumn);
        Severity severity = check.severity;
        const bool isCritical = !critical.isEmpty() && f.value.isValid()
                                && f.value.toDouble() >= ctx.thresholds.value(check, critical);
        if (isCritical)
            severity = Severity::Critical;
        f.severity = std::max(f.severity, severity);
        if (f.threshold.isNull() && f.value.isValid() && !check.thresholds.isEmpty())
            f.threshold = ctx.thresholds.value(check, isCritical ? critical : check.thresholds.first().name);
        out.append(HealthFinding{check.scope == CheckScope::Database ? ctx.database : QString(), check.area, f});
    }
}

// table-bloat measures with pgstattuple_approx where the extension is installed in this database
// and this role may call it; else (or when that query fails) it keeps the statistics estimate.
// The rows' "method" column tells the finding which one it was.
Result<pg::QueryResult> checkRows(const CheckDef &check, pg::Connection &conn, const QVariantList &params)
{
    const int v = conn.serverVersionNum();
    if (check.code == QLatin1String("table-bloat") && conn.execScript(QStringLiteral("SAVEPOINT pgs_health_pgstattuple"))) {
        auto schema = conn.exec(sql::query(QStringLiteral("health/pgstattuple_schema"), v));
        if (schema && schema->rows() == 1) {
            const QString text = sql::query(QStringLiteral("health/table_bloat_pgstattuple"), v)
                                     .replace(QStringLiteral("@extschema@"), conn.quoteIdentifier(schema->text(0, 0)));
            auto measured = conn.exec(text, params);
            if (measured) {
                (void)conn.execScript(QStringLiteral("RELEASE SAVEPOINT pgs_health_pgstattuple"));
                return measured;
            }
        }
        if (Status st = conn.execScript(QStringLiteral("ROLLBACK TO SAVEPOINT pgs_health_pgstattuple")); !st)
            return st.error();
    }
    return conn.exec(sql::query(QStringLiteral("health/") + check.code, v), params);
}

Status runCheck(const CheckDef &check, pg::Connection &conn, const RowContext &ctx, QList<HealthFinding> &out)
{
    QVariantList params;
    for (double p : ctx.thresholds.sqlParameters(check))
        params << p;
    // A savepoint per check: one that fails (permissions, a missing view) leaves the others running.
    if (Status st = conn.execScript(QStringLiteral("SAVEPOINT pgs_health_check")); !st)
        return st;
    auto rows = checkRows(check, conn, params);
    if (!rows) {
        (void)conn.execScript(QStringLiteral("ROLLBACK TO SAVEPOINT pgs_health_check"));
        return rows.error();
    }
    evaluate(check, *rows, ctx, out);
    return conn.execScript(QStringLiteral("RELEASE SAVEPOINT pgs_health_check"));
}

// All checks of one connection in one read-only transaction: the statistics a first query
// fetched are cached for the next (stats_fetch_consistency = cache), and the catalog caches stay
// warm, which matters with tens of thousands of relations.
Status runChecks(const QList<const CheckDef *> &checks, pg::Connection &conn, const RowContext &rowCtx, JobContext &ctx,
                 const std::function<void(const CheckDef *, const Status &)> &record, QList<HealthFinding> &out)
{
    if (checks.isEmpty())
        return ok();
    if (Status st = conn.execScript(QStringLiteral("BEGIN READ ONLY")); !st)
        return st;
    for (const CheckDef *check : checks) {
        if (ctx.isCanceled())
            break;
        record(check, runCheck(*check, conn, rowCtx, out));
    }
    return conn.execScript(QStringLiteral("COMMIT"));
}

QList<const CheckDef *> selected(const HealthOptions &options, CheckScope scope)
{
    QList<const CheckDef *> out;
    for (const CheckDef &d : checkRegistry())
        if (d.scope == scope && (options.checks.isEmpty() || options.checks.contains(d.code)))
            out << &d;
    return out;
}

} // namespace

QJsonObject HealthFinding::toJson() const
{
    QJsonObject o = finding.toJson();
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("area"), area);
    return o;
}

std::optional<HealthFinding> HealthFinding::fromJson(const QJsonObject &object)
{
    auto f = Finding::fromJson(object);
    if (!f)
        return std::nullopt;
    return HealthFinding{object.value(QStringLiteral("database")).toString(), object.value(QStringLiteral("area")).toString(), *f};
}

QList<Finding> HealthRun::plainFindings() const
{
    QList<Finding> out;
    for (const HealthFinding &h : findings)
        out << h.finding;
    return out;
}

QJsonObject HealthRun::toJson() const
{
    QJsonArray list;
    for (const HealthFinding &h : findings)
        list.append(h.toJson());
    return {{QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("server"), server},
            {QStringLiteral("server_version_num"), serverVersionNum},
            {QStringLiteral("databases"), QJsonArray::fromStringList(databases)},
            {QStringLiteral("checks"), QJsonArray::fromStringList(checks)},
            {QStringLiteral("findings"), list},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("next_xid"), nextXid ? QJsonValue(double(*nextXid)) : QJsonValue()},
            {QStringLiteral("elapsed_ms"), double(elapsedMs)}};
}

std::optional<HealthRun> HealthRun::fromJson(const QJsonObject &o)
{
    HealthRun run;
    run.takenAt = QDateTime::fromString(o.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs);
    if (!run.takenAt.isValid())
        return std::nullopt;
    run.server = o.value(QStringLiteral("server")).toString();
    run.serverVersionNum = o.value(QStringLiteral("server_version_num")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("databases")).toArray())
        run.databases << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray())
        run.checks << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray())
        if (auto h = HealthFinding::fromJson(v.toObject()))
            run.findings << *h;
    for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray())
        run.problems << v.toString();
    if (o.value(QStringLiteral("next_xid")).isDouble())
        run.nextXid = qint64(o.value(QStringLiteral("next_xid")).toDouble());
    run.elapsedMs = qint64(o.value(QStringLiteral("elapsed_ms")).toDouble());
    return run;
}

Result<HealthRun> runHealthChecks(JobContext &ctx, const ConnectionSpec &spec, const HealthOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    HealthRun run;
    run.takenAt = QDateTime::currentDateTimeUtc();
    run.server = spec.describe();
    run.checks = options.checks;
    ctx.progress(0, Tr::tr("Connecting to %1").arg(spec.describe()));
    auto opened = pg::Connection::open(spec);
    if (!opened)
        return opened.error();
    std::unique_ptr<pg::Connection> main = std::move(opened).value();
    auto guard = ctx.onCancel([c = main->canceller()] { c->cancel(); });
    run.serverVersionNum = main->serverVersionNum();
    if (main->serverMajorVersion() < 12)
        return Error::of(Tr::tr("Health checks need PostgreSQL 12 or newer (the server is %1)").arg(main->serverMajorVersion()));

    auto facts = main->exec(sql::query(QStringLiteral("health/run_facts"), run.serverVersionNum));
    if (facts && facts->rows() == 1 && !facts->isNull(0, 0))
        run.nextXid = facts->toInt64(0, "next_xid");
    auto dbs = main->exec(sql::query(QStringLiteral("health/databases"), run.serverVersionNum));
    if (!dbs)
        return ctx.isCanceled() ? JobContext::canceledError() : dbs.error();
    for (int i = 0; i < dbs->rows(); ++i)
        run.databases << dbs->text(i, 0);

    const QList<const CheckDef *> serverChecks = selected(options, CheckScope::Server);
    const QList<const CheckDef *> databaseChecks = selected(options, CheckScope::Database);
    const auto record = [&](const CheckDef *check, const QString &database, const Status &st) {
        if (!st)
            run.problems << Tr::tr("%1 in %2: %3").arg(check->code, database.isEmpty() ? run.server : database, st.error().message);
    };
    const RowContext serverCtx{*main, main->database(), options.thresholds};
    if (Status st = runChecks(serverChecks, *main, serverCtx, ctx,
                              [&](const CheckDef *check, const Status &s) { record(check, {}, s); }, run.findings);
        !st)
        return ctx.isCanceled() ? JobContext::canceledError() : st.error();

    const int total = int(run.databases.size());
    for (int i = 0; i < total && !databaseChecks.isEmpty(); ++i) {
        const QString database = run.databases.at(i);
        if (ctx.isCanceled())
            return JobContext::canceledError();
        ctx.progress(double(i) / total, Tr::tr("Checking database %1 (%2 of %3)").arg(database).arg(i + 1).arg(total));
        std::unique_ptr<pg::Connection> own;
        pg::Connection *conn = main.get();
        JobContext::HookGuard ownGuard;
        if (database != main->database()) {
            auto c = pg::Connection::open(spec.withDatabase(database));
            if (!c) {
                run.problems << Tr::tr("cannot connect to database %1: %2").arg(database, c.error().message);
                continue;
            }
            own = std::move(c).value();
            ownGuard = ctx.onCancel([cc = own->canceller()] { cc->cancel(); });
            conn = own.get();
        }
        const RowContext dbCtx{*conn, database, options.thresholds};
        if (Status st = runChecks(databaseChecks, *conn, dbCtx, ctx,
                                  [&](const CheckDef *check, const Status &s) { record(check, database, s); }, run.findings);
            !st)
            return ctx.isCanceled() ? JobContext::canceledError() : st.error();
    }
    if (ctx.isCanceled())
        return JobContext::canceledError();

    // A server-wide condition seen from every database (autovacuum off) is one finding.
    QSet<QString> seen;
    QList<HealthFinding> unique;
    for (HealthFinding &h : run.findings) {
        const QString key = h.finding.code + QChar(0x1f) + h.finding.object;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (h.finding.object == Tr::tr("server") || h.finding.object == QLatin1String("server"))
            h.database.clear();
        unique << h;
    }
    run.findings = unique;
    if (!options.historyKey.isEmpty())
        applyCacheHistory(run, options.historyPath, options.historyKey, options.thresholds);
    std::stable_sort(run.findings.begin(), run.findings.end(), [](const HealthFinding &a, const HealthFinding &b) {
        return a.finding.severity > b.finding.severity;
    });
    run.elapsedMs = timer.elapsed();
    ctx.progress(1, Tr::tr("%n findings", nullptr, int(run.findings.size())));
    return run;
}

FindingsDiff diffRuns(const HealthRun &previous, const HealthRun &current)
{
    QList<Finding> before, after;
    for (const HealthFinding &h : previous.findings)
        if (current.ran(h.finding.code))
            before << h.finding;
    for (const HealthFinding &h : current.findings)
        if (previous.ran(h.finding.code))
            after << h.finding;
    return diffFindings(before, after);
}

void addWraparoundForecast(HealthRun &run, const HealthRun &previous)
{
    if (!run.nextXid || !previous.nextXid || *run.nextXid <= *previous.nextXid)
        return;
    const double days = previous.takenAt.msecsTo(run.takenAt) / 86400000.0;
    if (days <= 0)
        return;
    const double perDay = double(*run.nextXid - *previous.nextXid) / days;
    for (HealthFinding &h : run.findings) {
        if (h.finding.code != QLatin1String("txid-wraparound") || !h.finding.value.isValid())
            continue;
        const double age = h.finding.value.toDouble() / 100.0 * kXidSpace;
        const double left = (kXidSpace - age) / perDay;
        h.finding.detail += Tr::tr("; about %1 days left at %2 XIDs per day").arg(qint64(left)).arg(qint64(perDay));
    }
}

} // namespace pgs::health
