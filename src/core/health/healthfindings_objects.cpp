// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings of the per-database checks: tables, indexes, constraints, sequences, wraparound,
// partitions.
#include "health/healthfindings.h"

#include "pg/connection.h"

#include <QCoreApplication>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Findings)
};

struct Row
{
    const pg::QueryResult &r;
    int row;
    const RowContext &ctx;

    QString text(const char *column) const { return r.text(row, column); }
    double number(const char *column) const { return r.toDouble(row, column); }
    QString ident(const char *column) const { return ctx.conn.quoteIdentifier(text(column)); }
    // schema.name, quoted for SQL
    QString qualified(const char *schema, const char *name) const { return ident(schema) + QLatin1Char('.') + ident(name); }
    // db.schema.name, as shown
    QString object(const char *schema, const char *name) const
    {
        return ctx.database + QLatin1Char('.') + text(schema) + QLatin1Char('.') + text(name);
    }
};

QString percent(double value)
{
    return QString::number(value, 'f', 1);
}

Finding tableBloat(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "rel_name");
    const QString method = row.text("method") == QLatin1String("pgstattuple") ? Tr::tr("measured by pgstattuple_approx")
                                                                             : Tr::tr("statistics estimate");
    f.detail = Tr::tr("about %1 % of the table is bloat (%2 of %3, %4)")
                   .arg(percent(row.number("value")), healthSize(row.number("bloat_bytes")), healthSize(row.number("size_bytes")), method);
    f.advice = Tr::tr("Rewrite the table to give the space back: VACUUM FULL locks it exclusively while it runs; "
                      "pg_repack does it online when installed.");
    f.fixSql = QStringLiteral("VACUUM (FULL, ANALYZE) %1;").arg(row.qualified("schema_name", "rel_name"));
    return f;
}

Finding indexBloat(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "index_name");
    f.detail = Tr::tr("about %1 % of the index on %2 is bloat (%3 of %4, estimate)")
                   .arg(percent(row.number("value")), row.text("table_name"), healthSize(row.number("bloat_bytes")),
                        healthSize(row.number("size_bytes")));
    f.fixSql = QStringLiteral("REINDEX INDEX CONCURRENTLY %1;").arg(row.qualified("schema_name", "index_name"));
    return f;
}

Finding deadTuples(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "rel_name");
    const double dead = row.number("n_dead_tup");
    const double trigger = row.number("autovacuum_trigger");
    f.detail = Tr::tr("%1 % dead rows (%2 dead, %3 live); autovacuum starts at %4 dead rows%5")
                   .arg(percent(row.number("value")))
                   .arg(qint64(dead))
                   .arg(row.r.toInt64(row.row, "n_live_tup"))
                   .arg(qint64(trigger))
                   .arg(dead > trigger ? Tr::tr(", which is passed: check that autovacuum runs on this table") : QString());
    f.fixSql = QStringLiteral("VACUUM (ANALYZE) %1;").arg(row.qualified("schema_name", "rel_name"));
    return f;
}

Finding autovacuumStale(const Row &row)
{
    Finding f;
    const QString kind = row.text("kind");
    if (kind == QLatin1String("global")) {
        f.object = Tr::tr("server");
        f.detail = Tr::tr("autovacuum is switched off for the whole server");
        f.advice = Tr::tr("Set autovacuum = on in postgresql.conf (or ALTER SYSTEM) and reload: without it dead rows "
                          "pile up and transaction IDs move toward wraparound.");
        f.fixSql = QStringLiteral("ALTER SYSTEM SET autovacuum = on;\nSELECT pg_reload_conf();");
        f.severity = Severity::Critical;
        return f;
    }
    f.object = row.object("schema_name", "rel_name");
    if (kind == QLatin1String("disabled")) {
        f.detail = Tr::tr("autovacuum is switched off for this table");
        f.fixSql = QStringLiteral("ALTER TABLE %1 RESET (autovacuum_enabled);").arg(row.qualified("schema_name", "rel_name"));
        return f;
    }
    const bool never = row.r.isNull(row.row, row.r.column("value"));
    f.detail = never ? Tr::tr("%1 rows changed and the table was never vacuumed or analyzed").arg(row.r.toInt64(row.row, "changes"))
                     : Tr::tr("%1 rows changed and the last vacuum or analyze was %2 ago")
                           .arg(row.r.toInt64(row.row, "changes"))
                           .arg(healthDuration(row.number("value")));
    f.fixSql = QStringLiteral("VACUUM (ANALYZE) %1;").arg(row.qualified("schema_name", "rel_name"));
    return f;
}

Finding unusedIndex(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "index_name");
    f.detail = Tr::tr("never scanned since the statistics were reset; %1 on table %2")
                   .arg(healthSize(row.number("value")), row.text("table_name"));
    f.advice = Tr::tr("Check standbys and rare reports before dropping: their scans are not counted here.");
    f.fixSql = QStringLiteral("DROP INDEX CONCURRENTLY %1;").arg(row.qualified("schema_name", "index_name"));
    return f;
}

Finding duplicateIndex(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "index_name");
    f.detail = row.text("kind") == QLatin1String("same")
                   ? Tr::tr("same definition as %1 on table %2 (%3)")
                         .arg(row.text("kept_index"), row.text("table_name"), healthSize(row.number("value")))
                   : Tr::tr("its columns lead %1 on table %2, which serves the same lookups (%3)")
                         .arg(row.text("kept_index"), row.text("table_name"), healthSize(row.number("value")));
    f.fixSql = QStringLiteral("DROP INDEX CONCURRENTLY %1;").arg(row.qualified("schema_name", "index_name"));
    return f;
}

Finding invalidIndex(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "index_name");
    f.detail = Tr::tr("invalid (a failed concurrent build) on table %1: it is maintained on every write but never used")
                   .arg(row.text("table_name"));
    f.advice = Tr::tr("Drop it, fix the cause (duplicate keys for a unique index), then build it again: %1")
                   .arg(row.text("definition"));
    f.fixSql = QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(row.qualified("schema_name", "index_name"));
    return f;
}

Finding missingIndex(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "rel_name");
    f.detail = Tr::tr("%1 % of %2 scans are sequential on %3 rows (%4 rows read sequentially)")
                   .arg(percent(row.number("value")))
                   .arg(row.r.toInt64(row.row, "seq_scan") + row.r.toInt64(row.row, "idx_scan"))
                   .arg(row.r.toInt64(row.row, "n_live_tup"))
                   .arg(row.r.toInt64(row.row, "seq_tup_read"));
    f.advice = Tr::tr("Find the queries filtering this table (pg_stat_statements, EXPLAIN) and index their conditions.");
    return f;
}

QStringList arrayItems(const QString &text)
{
    QString inner = text.mid(1, text.size() - 2);
    QStringList out;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
            current += inner.at(++i);
        } else if (c == QLatin1Char(',') && !quoted) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!inner.isEmpty())
        out << current;
    return out;
}

Finding fkWithoutIndex(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "table_name") + QLatin1Char('.') + row.text("constraint_name");
    const QStringList columns = arrayItems(row.text("columns"));
    QStringList quoted;
    for (const QString &c : columns)
        quoted << row.ctx.conn.quoteIdentifier(c);
    f.detail = Tr::tr("no index leads with (%1): deleting or updating a referenced row scans the whole table (%2)")
                   .arg(columns.join(QLatin1String(", ")), healthSize(row.number("table_bytes")));
    f.fixSql = QStringLiteral("CREATE INDEX CONCURRENTLY ON %1 (%2);")
                   .arg(row.qualified("schema_name", "table_name"), quoted.join(QLatin1String(", ")));
    return f;
}

Finding unvalidatedConstraint(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "table_name") + QLatin1Char('.') + row.text("constraint_name");
    f.detail = row.text("kind") == QLatin1String("check")
                   ? Tr::tr("check constraint added NOT VALID: existing rows were never checked")
                   : Tr::tr("foreign key added NOT VALID: existing rows were never checked");
    f.fixSql = QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;")
                   .arg(row.qualified("schema_name", "table_name"), row.ident("constraint_name"));
    return f;
}

Finding sequenceExhaustion(const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "sequence_name");
    const bool columnBound = row.r.toBool(row.row, "column_bound");
    const QString column = row.text("table_name").isEmpty()
                               ? QString()
                               : row.text("table_name") + QLatin1Char('.') + row.text("column_name");
    f.detail = Tr::tr("%1 % used: at %2 of %3%4")
                   .arg(QString::number(row.number("value"), 'f', 2), row.text("last_value"), row.text("effective_limit"),
                        columnBound ? Tr::tr(" (the maximum of %1 column %2)").arg(row.text("column_type"), column)
                                    : QString());
    const QString sequence = row.qualified("schema_name", "sequence_name");
    if (columnBound) {
        f.advice = Tr::tr("Widen the column to bigint: this rewrites the table under an exclusive lock; plan a window.");
        f.fixSql = QStringLiteral("ALTER TABLE %1.%2 ALTER COLUMN %3 TYPE bigint;\nALTER SEQUENCE %4 AS bigint;")
                       .arg(row.ident("table_schema"), row.ident("table_name"), row.ident("column_name"), sequence);
    } else {
        f.fixSql = QStringLiteral("ALTER SEQUENCE %1 %2;")
                       .arg(sequence, row.r.toDouble(row.row, "effective_limit") < 0 ? QStringLiteral("NO MINVALUE")
                                                                                    : QStringLiteral("NO MAXVALUE"));
    }
    return f;
}

Finding wraparound(const CheckDef &check, const Row &row)
{
    Finding f;
    const bool txid = check.code == QLatin1String("txid-wraparound");
    const bool database = row.text("kind") == QLatin1String("database");
    f.object = database ? row.ctx.database : row.object("schema_name", "rel_name");
    f.detail = (txid ? Tr::tr("transaction ID age %1: %2 % of the way to wraparound")
                     : Tr::tr("multixact ID age %1: %2 % of the way to wraparound"))
                   .arg(row.r.toInt64(row.row, "age"))
                   .arg(QString::number(row.number("value"), 'f', 2));
    f.fixSql = database ? QString() : QStringLiteral("VACUUM (FREEZE, ANALYZE) %1;").arg(row.qualified("schema_name", "rel_name"));
    f.advice = database ? Tr::tr("VACUUM (FREEZE) the oldest tables of this database (listed with it), and look for "
                                 "long transactions, prepared transactions or stale slots holding the horizon back.")
                        : QString();
    return f;
}

Finding partitionCoverage(const CheckDef &check, const Row &row)
{
    Finding f;
    f.object = row.object("schema_name", "rel_name");
    if (row.text("kind") == QLatin1String("default")) {
        f.object += QLatin1Char('.') + row.text("partition_name");
        f.detail = Tr::tr("the default partition holds %1 rows: add the partitions they belong in").arg(qint64(row.number("value")));
        f.advice = Tr::tr("Create the missing range partitions and move the rows out of the default partition.");
        f.threshold = row.ctx.thresholds.value(check, QStringLiteral("min_rows"));
        return f;
    }
    f.detail = Tr::tr("partitions reach only until %1 (%2 days ahead)")
                   .arg(row.text("upper_bound"), QString::number(row.number("value"), 'f', 1));
    f.advice = Tr::tr("Create the partitions for the coming ranges (or schedule pg_partman).");
    if (row.number("value") <= 0)
        f.severity = Severity::Critical;
    return f;
}

} // namespace

Finding describeObjectRow(const CheckDef &check, const pg::QueryResult &rows, int row, const RowContext &ctx)
{
    const Row r{rows, row, ctx};
    const QString &c = check.code;
    if (c == QLatin1String("table-bloat"))
        return tableBloat(r);
    if (c == QLatin1String("index-bloat"))
        return indexBloat(r);
    if (c == QLatin1String("dead-tuples"))
        return deadTuples(r);
    if (c == QLatin1String("autovacuum-stale"))
        return autovacuumStale(r);
    if (c == QLatin1String("unused-index"))
        return unusedIndex(r);
    if (c == QLatin1String("duplicate-index"))
        return duplicateIndex(r);
    if (c == QLatin1String("invalid-index"))
        return invalidIndex(r);
    if (c == QLatin1String("missing-index"))
        return missingIndex(r);
    if (c == QLatin1String("fk-without-index"))
        return fkWithoutIndex(r);
    if (c == QLatin1String("unvalidated-constraint"))
        return unvalidatedConstraint(r);
    if (c == QLatin1String("sequence-exhaustion"))
        return sequenceExhaustion(r);
    if (c == QLatin1String("txid-wraparound") || c == QLatin1String("mxid-wraparound"))
        return wraparound(check, r);
    if (c == QLatin1String("partition-coverage"))
        return partitionCoverage(check, r);
    Finding f;
    f.object = ctx.database;
    return f;
}

} // namespace pgs::health
