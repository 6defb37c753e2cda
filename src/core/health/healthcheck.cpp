// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthcheck.h"

#include <QCoreApplication>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Checks)
};

constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kGiB = 1024.0 * kMiB;

// Defaults follow the runbooks: connections over 80 %, queries over 5 minutes, replication lag
// over a minute, dead tuples over 20 %.
QList<CheckDef> buildRegistry()
{
    const auto t = [](const char *name, double value, const QString &description, bool inSql = true) {
        return ThresholdDef{QString::fromLatin1(name), value, description, inSql};
    };
    const QString percentText = Tr::tr("Warn from this percent");
    const QString criticalText = Tr::tr("Critical from this percent");
    const QString secondsText = Tr::tr("Warn after this many seconds");
    const QString criticalSecondsText = Tr::tr("Critical after this many seconds");
    const auto def = [](const char *code, const char *area, CheckScope scope, Severity severity, const char *critical,
                        QList<ThresholdDef> thresholds, const QString &summary) {
        CheckDef d;
        d.code = QString::fromLatin1(code);
        d.area = QString::fromLatin1(area);
        d.scope = scope;
        d.severity = severity;
        d.criticalThreshold = QString::fromLatin1(critical);
        d.thresholds = std::move(thresholds);
        d.summary = summary;
        return d;
    };
    using S = CheckScope;
    using V = Severity;
    QList<CheckDef> list{
        def("table-bloat", "tables", S::Database, V::Warning, "critical_percent",
            {t("percent", 30, percentText), t("min_bytes", 10 * kMiB, Tr::tr("Only tables at least this large")),
             t("critical_percent", 60, criticalText, false)},
            Tr::tr("Tables much larger than their rows need (pgstattuple_approx where installed, else a statistics estimate)")),
        def("index-bloat", "indexes", S::Database, V::Warning, "critical_percent",
            {t("percent", 50, percentText), t("min_bytes", 10 * kMiB, Tr::tr("Only indexes at least this large")),
             t("critical_percent", 80, criticalText, false)},
            Tr::tr("B-tree indexes much larger than their entries need (estimate)")),
        def("dead-tuples", "vacuum", S::Database, V::Warning, "critical_percent",
            {t("percent", 20, percentText), t("min_rows", 1000, Tr::tr("Only tables with at least this many dead rows")),
             t("critical_percent", 50, criticalText, false)},
            Tr::tr("Tables with many dead rows, against their autovacuum trigger")),
        def("autovacuum-stale", "vacuum", S::Database, V::Warning, "",
            {t("seconds", 7 * 86400, Tr::tr("Busy tables not vacuumed or analyzed for this many seconds")),
             t("min_changes", 1000, Tr::tr("Busy: at least this many changed or dead rows"))},
            Tr::tr("Busy tables autovacuum has not visited for long; autovacuum switched off")),
        def("unused-index", "indexes", S::Database, V::Warning, "",
            {t("min_bytes", 1 * kMiB, Tr::tr("Only indexes at least this large"))},
            Tr::tr("Indexes never scanned that enforce nothing")),
        def("duplicate-index", "indexes", S::Database, V::Warning, "", {},
            Tr::tr("Indexes another index of the same table makes redundant")),
        def("invalid-index", "indexes", S::Database, V::Critical, "", {},
            Tr::tr("Invalid indexes left by a failed concurrent build")),
        def("missing-index", "indexes", S::Database, V::Info, "",
            {t("percent", 95, Tr::tr("Share of scans that are sequential")),
             t("min_rows", 10000, Tr::tr("Only tables with at least this many rows")),
             t("min_scans", 100, Tr::tr("Only tables scanned at least this often"))},
            Tr::tr("Large tables read mostly by sequential scans")),
        def("fk-without-index", "constraints", S::Database, V::Warning, "", {},
            Tr::tr("Foreign keys whose columns no index leads with")),
        def("unvalidated-constraint", "constraints", S::Database, V::Warning, "", {},
            Tr::tr("Constraints added NOT VALID and never validated")),
        def("sequence-exhaustion", "sequences", S::Database, V::Warning, "critical_percent",
            {t("percent", 75, percentText), t("critical_percent", 90, criticalText, false)},
            Tr::tr("Sequences close to their limit or their column's maximum")),
        def("txid-wraparound", "wraparound", S::Database, V::Warning, "critical_percent",
            {t("percent", 50, percentText), t("critical_percent", 75, criticalText, false)},
            Tr::tr("Transaction ID age of databases and tables, toward wraparound")),
        def("mxid-wraparound", "wraparound", S::Database, V::Warning, "critical_percent",
            {t("percent", 50, percentText), t("critical_percent", 75, criticalText, false)},
            Tr::tr("Multixact ID age of databases and tables, toward wraparound")),
        def("partition-coverage", "partitions", S::Database, V::Warning, "",
            {t("days", 7, Tr::tr("Partitions must reach this many days ahead")),
             t("min_rows", 1, Tr::tr("Rows in a default partition worth a warning"))},
            Tr::tr("Range partitions that end soon; default partitions collecting rows")),
        def("long-running-query", "sessions", S::Server, V::Warning, "critical_seconds",
            {t("seconds", 300, secondsText), t("critical_seconds", 3600, criticalSecondsText, false)},
            Tr::tr("Statements running for long")),
        def("idle-in-transaction", "sessions", S::Server, V::Warning, "critical_seconds",
            {t("seconds", 300, secondsText), t("critical_seconds", 3600, criticalSecondsText, false)},
            Tr::tr("Sessions idle inside an open transaction")),
        def("blocking-locks", "sessions", S::Server, V::Warning, "critical_seconds",
            {t("seconds", 30, secondsText), t("critical_seconds", 300, criticalSecondsText, false)},
            Tr::tr("Sessions waiting for a lock another session holds")),
        def("connection-utilization", "server", S::Server, V::Warning, "critical_percent",
            {t("percent", 80, percentText), t("critical_percent", 95, criticalText, false)},
            Tr::tr("Client connections against the available slots")),
        def("replication-lag", "replication", S::Server, V::Warning, "",
            {t("seconds", 60, secondsText), t("bytes", 1 * kGiB, Tr::tr("Warn from this many bytes behind or retained"))},
            Tr::tr("Standbys behind; inactive slots retaining WAL")),
        def("cache-hit-ratio", "server", S::Server, V::Warning, "",
            {t("percent", 99, Tr::tr("Warn below this percent")),
             t("min_blocks", 10000, Tr::tr("Only databases that read at least this many blocks"))},
            Tr::tr("Buffer cache hit ratio per database")),
        def("checkpoint-pressure", "server", S::Server, V::Warning, "",
            {t("percent", 30, Tr::tr("Warn when this percent of checkpoints were requested")),
             t("min_checkpoints", 10, Tr::tr("Only after this many checkpoints"))},
            Tr::tr("Checkpoints forced by WAL volume instead of the timeout")),
        def("temp-files", "server", S::Server, V::Warning, "",
            {t("bytes", 1 * kGiB, Tr::tr("Warn from this many bytes of temporary files"))},
            Tr::tr("Databases spilling sorts and hashes to temporary files")),
        def("archive-failing", "server", S::Server, V::Critical, "", {},
            Tr::tr("WAL archiving failing")),
    };
    return list;
}

} // namespace

const ThresholdDef *CheckDef::threshold(const QString &name) const
{
    for (const ThresholdDef &t : thresholds)
        if (t.name == name)
            return &t;
    return nullptr;
}

const QList<CheckDef> &checkRegistry()
{
    static const QList<CheckDef> registry = buildRegistry();
    return registry;
}

const CheckDef *findCheck(const QString &code)
{
    for (const CheckDef &d : checkRegistry())
        if (d.code == code)
            return &d;
    return nullptr;
}

QStringList checkCodes()
{
    QStringList codes;
    for (const CheckDef &d : checkRegistry())
        codes << d.code;
    return codes;
}

QString areaLabel(const QString &area)
{
    if (area == QLatin1String("tables"))
        return Tr::tr("Tables");
    if (area == QLatin1String("indexes"))
        return Tr::tr("Indexes");
    if (area == QLatin1String("vacuum"))
        return Tr::tr("Vacuum");
    if (area == QLatin1String("constraints"))
        return Tr::tr("Constraints");
    if (area == QLatin1String("sequences"))
        return Tr::tr("Sequences");
    if (area == QLatin1String("wraparound"))
        return Tr::tr("Wraparound");
    if (area == QLatin1String("partitions"))
        return Tr::tr("Partitions");
    if (area == QLatin1String("sessions"))
        return Tr::tr("Sessions");
    if (area == QLatin1String("replication"))
        return Tr::tr("Replication");
    return Tr::tr("Server");
}

} // namespace pgs::health
