// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The history tables of golang-migrate, dbmate, sqlx and Alembic (native and Flyway are in
// historyadapter.cpp).
#include "migrations/historyadapter.h"

#include "pg/queryresult.h"

namespace pgs::migrations::detail {

namespace {

// One row: the current version and whether it is dirty. Writing in the migration's own
// transaction means an in-transaction failure leaves the last good version, never dirty.
class GolangHistory final : public HistoryAdapter
{
public:
    Format format() const override { return Format::GolangMigrate; }
    QString table() const override { return QStringLiteral("schema_migrations"); }
    QList<SqlStep> createSteps() const override { return {step("golang_create")}; }
    bool keepsCurrentVersionOnly() const override { return true; }
    Result<QList<HistoryRow>> read(pg::Connection &conn) const override
    {
        return readHistory(conn, "golang_read", [](const pg::QueryResult &r, int i, HistoryRow &row) {
            row.version = r.text(i, "version");
            row.success = !r.toBool(i, "dirty");
            row.rank = 1;
        });
    }
    QList<SqlStep> recordApplied(const MigrationFile &f, qint64) const override { return set(f.version, false); }
    QList<SqlStep> recordStarted(const MigrationFile &f) const override { return set(f.version, true); }
    QList<SqlStep> recordReverted(const MigrationFile &, const QString &previous) const override
    {
        return previous.isEmpty() ? QList<SqlStep>{step("golang_clear")} : set(previous, false);
    }

private:
    static QList<SqlStep> set(const QString &version, bool dirty)
    {
        return {step("golang_clear"), step("golang_set", {version, dirty})};
    }
};

class DbmateHistory final : public HistoryAdapter
{
public:
    Format format() const override { return Format::Dbmate; }
    QString table() const override { return QStringLiteral("schema_migrations"); }
    QList<SqlStep> createSteps() const override { return {step("dbmate_create")}; }
    Result<QList<HistoryRow>> read(pg::Connection &conn) const override
    {
        return readHistory(conn, "dbmate_read", [](const pg::QueryResult &r, int i, HistoryRow &row) {
            row.version = r.text(i, "version");
        });
    }
    QList<SqlStep> recordApplied(const MigrationFile &f, qint64) const override
    {
        return {step("dbmate_insert", {f.version})};
    }
    // dbmate has no way to say "failed": a non-transactional failure is only reported.
    QList<SqlStep> recordStarted(const MigrationFile &) const override { return {}; }
    QList<SqlStep> recordReverted(const MigrationFile &f, const QString &) const override
    {
        return {step("dbmate_delete", {f.version})};
    }
};

class SqlxHistory final : public HistoryAdapter
{
public:
    Format format() const override { return Format::Sqlx; }
    QString table() const override { return QStringLiteral("_sqlx_migrations"); }
    QList<SqlStep> createSteps() const override { return {step("sqlx_create")}; }
    Result<QList<HistoryRow>> read(pg::Connection &conn) const override
    {
        return readHistory(conn, "sqlx_read", [](const pg::QueryResult &r, int i, HistoryRow &row) {
            row.version = r.text(i, "version");
            row.name = r.text(i, "description");
            row.checksum = r.text(i, "checksum");
            row.success = r.toBool(i, "success");
            row.appliedAt = QDateTime::fromString(r.text(i, "installed_on"), Qt::ISODate);
            const qint64 ns = r.toInt64(i, "execution_time", -1);
            row.durationMs = ns < 0 ? -1 : ns / 1000000;
        });
    }
    QList<SqlStep> recordApplied(const MigrationFile &f, qint64 ms) const override
    {
        return {step("sqlx_record", {f.version, f.name, true, f.checksum, ms * 1000000})};
    }
    // sqlx itself never records a failed no-transaction script; we do (success=false), and sqlx
    // then reports the version as dirty instead of silently re-running half of it.
    QList<SqlStep> recordStarted(const MigrationFile &f) const override
    {
        return {step("sqlx_record", {f.version, f.name, false, f.checksum, -1})};
    }
    QList<SqlStep> recordReverted(const MigrationFile &f, const QString &) const override
    {
        return {step("sqlx_delete", {f.version})};
    }
};

// Status only: the head revision(s) Alembic stamped.
class AlembicHistory final : public HistoryAdapter
{
public:
    Format format() const override { return Format::Alembic; }
    QString table() const override { return QStringLiteral("alembic_version"); }
    QList<SqlStep> createSteps() const override { return {}; }
    bool keepsCurrentVersionOnly() const override { return true; }
    bool canWrite() const override { return false; }
    Result<QList<HistoryRow>> read(pg::Connection &conn) const override
    {
        return readHistory(conn, "alembic_read", [](const pg::QueryResult &r, int i, HistoryRow &row) {
            row.version = r.text(i, "version_num");
        });
    }
    QList<SqlStep> recordApplied(const MigrationFile &, qint64) const override { return {}; }
    QList<SqlStep> recordStarted(const MigrationFile &) const override { return {}; }
    QList<SqlStep> recordReverted(const MigrationFile &, const QString &) const override { return {}; }
};

} // namespace

std::unique_ptr<HistoryAdapter> makeGolangHistory()
{
    return std::make_unique<GolangHistory>();
}
std::unique_ptr<HistoryAdapter> makeDbmateHistory()
{
    return std::make_unique<DbmateHistory>();
}
std::unique_ptr<HistoryAdapter> makeSqlxHistory()
{
    return std::make_unique<SqlxHistory>();
}
std::unique_ptr<HistoryAdapter> makeAlembicHistory()
{
    return std::make_unique<AlembicHistory>();
}

} // namespace pgs::migrations::detail
