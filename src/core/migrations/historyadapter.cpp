// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/historyadapter.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QHash>

namespace pgs::migrations {

QString SqlStep::rendered(const pg::Connection &conn) const
{
    QString text = sql;
    // From the highest number down, so that $1 does not eat the start of $10.
    for (qsizetype i = params.size(); i >= 1; --i) {
        const QVariant &v = params[i - 1];
        QString literal;
        if (v.isNull())
            literal = QStringLiteral("NULL");
        else if (v.typeId() == QMetaType::Bool)
            literal = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            literal = conn.quoteLiteral(v.toString());
        text.replace(QLatin1Char('$') + QString::number(i), literal);
    }
    return text;
}

QList<SqlStep> HistoryAdapter::recordFailed(const MigrationFile &, qint64) const
{
    return {};
}

std::unique_ptr<HistoryAdapter> historyAdapter(Format format)
{
    switch (format) {
    case Format::Native:
        return detail::makeNativeHistory();
    case Format::Flyway:
        return detail::makeFlywayHistory();
    case Format::GolangMigrate:
        return detail::makeGolangHistory();
    case Format::Dbmate:
        return detail::makeDbmateHistory();
    case Format::Sqlx:
        return detail::makeSqlxHistory();
    case Format::Alembic:
        return detail::makeAlembicHistory();
    }
    return nullptr;
}

namespace detail {

SqlStep step(const char *name, QVariantList params)
{
    return SqlStep{sql::query(QStringLiteral("migrations/") + QLatin1String(name)), std::move(params)};
}

Result<QList<HistoryRow>> readHistory(pg::Connection &conn, const char *queryName,
                                      const std::function<void(const pg::QueryResult &, int, HistoryRow &)> &fill)
{
    auto r = conn.exec(sql::query(QStringLiteral("migrations/") + QLatin1String(queryName)));
    if (!r)
        return r.error();
    QList<HistoryRow> rows;
    for (int i = 0; i < r->rows(); ++i) {
        HistoryRow row;
        row.rank = i + 1;
        fill(*r, i, row);
        rows << row;
    }
    return rows;
}

namespace {

class NativeHistory final : public HistoryAdapter
{
public:
    Format format() const override { return Format::Native; }
    QString table() const override { return QStringLiteral("pgsteward_migrations"); }
    QList<SqlStep> createSteps() const override { return {step("native_create")}; }
    Result<QList<HistoryRow>> read(pg::Connection &conn) const override
    {
        return readHistory(conn, "native_read", [](const pg::QueryResult &r, int i, HistoryRow &row) {
            row.version = r.text(i, "version");
            row.name = r.text(i, "name");
            row.checksum = r.text(i, "checksum");
            row.appliedAt = QDateTime::fromString(r.text(i, "applied_at"), Qt::ISODate);
            row.appliedBy = r.text(i, "applied_by");
            row.durationMs = r.toInt64(i, "duration_ms", -1);
            row.success = r.toBool(i, "success");
            row.appliedSql = r.text(i, "sql_text");
        });
    }
    QList<SqlStep> recordApplied(const MigrationFile &f, qint64 ms) const override
    {
        return {step("native_record", {f.version, f.name, f.checksum, ms, f.upSql, true})};
    }
    QList<SqlStep> recordStarted(const MigrationFile &f) const override
    {
        return {step("native_record", {f.version, f.name, f.checksum, QVariant(), f.upSql, false})};
    }
    QList<SqlStep> recordReverted(const MigrationFile &f, const QString &) const override
    {
        return {step("native_delete", {f.version})};
    }
};

// Flyway keeps every event: a migration, its undo, a repeatable's re-run. What stands is the
// last event per version (per description for repeatables).
class FlywayHistory final : public HistoryAdapter
{
public:
    Format format() const override { return Format::Flyway; }
    QString table() const override { return QStringLiteral("flyway_schema_history"); }
    QList<SqlStep> createSteps() const override { return {step("flyway_create"), step("flyway_create_index")}; }
    Result<QList<HistoryRow>> read(pg::Connection &conn) const override
    {
        auto r = conn.exec(sql::query(QStringLiteral("migrations/flyway_read")));
        if (!r)
            return r.error();
        QList<HistoryRow> rows;
        QHash<QString, qsizetype> at; // version or "R:" + description -> index in rows
        for (int i = 0; i < r->rows(); ++i) {
            const QString type = r->text(i, "type");
            if (type == QLatin1String("SCHEMA") || type == QLatin1String("BASELINE"))
                continue;
            const bool repeatable = r->isNull(i, r->column("version"));
            const QString key = repeatable ? QStringLiteral("R:") + r->text(i, "description") : r->text(i, "version");
            const bool removes = (type == QLatin1String("UNDO_SQL") || type == QLatin1String("DELETE"))
                                 && (type == QLatin1String("DELETE") || r->toBool(i, "success"));
            if (removes) {
                if (auto it = at.find(key); it != at.end()) {
                    rows.removeAt(*it);
                    at.clear();
                    for (qsizetype k = 0; k < rows.size(); ++k)
                        at.insert(rows[k].version.isEmpty() ? QStringLiteral("R:") + rows[k].name : rows[k].version, k);
                }
                continue;
            }
            if (type.startsWith(QLatin1String("UNDO")))
                continue; // a failed undo leaves the migration applied
            HistoryRow row;
            row.version = repeatable ? QString() : r->text(i, "version");
            row.name = r->text(i, "description");
            row.script = r->text(i, "script");
            row.checksum = r->text(i, "checksum");
            row.appliedBy = r->text(i, "installed_by");
            row.appliedAt = QDateTime::fromString(r->text(i, "installed_on"), Qt::ISODate);
            row.durationMs = r->toInt64(i, "execution_time", -1);
            row.success = r->toBool(i, "success");
            row.rank = int(r->toInt64(i, "installed_rank"));
            if (auto it = at.find(key); it != at.end()) {
                rows[*it] = row;
            } else {
                at.insert(key, rows.size());
                rows << row;
            }
        }
        return rows;
    }
    QList<SqlStep> recordApplied(const MigrationFile &f, qint64 ms) const override { return {insert(f, ms, true)}; }
    QList<SqlStep> recordStarted(const MigrationFile &) const override { return {}; }
    QList<SqlStep> recordFailed(const MigrationFile &f, qint64 ms) const override { return {insert(f, ms, false)}; }
    QList<SqlStep> recordReverted(const MigrationFile &f, const QString &) const override
    {
        return {step("flyway_insert", {f.version, f.name, QStringLiteral("UNDO_SQL"), f.downScript,
                                       f.downChecksum.isEmpty() ? QVariant() : QVariant(f.downChecksum), 0, true})};
    }

private:
    static SqlStep insert(const MigrationFile &f, qint64 ms, bool success)
    {
        return step("flyway_insert", {f.repeatable ? QVariant() : QVariant(f.version), f.name, QStringLiteral("SQL"),
                                      f.script, f.checksum, ms, success});
    }
};

} // namespace

std::unique_ptr<HistoryAdapter> makeNativeHistory()
{
    return std::make_unique<NativeHistory>();
}

std::unique_ptr<HistoryAdapter> makeFlywayHistory()
{
    return std::make_unique<FlywayHistory>();
}

} // namespace detail
} // namespace pgs::migrations
