// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/inspection.h"

#include "migrations/folderreader.h"
#include "migrations/formatdetect.h"
#include "migrations/historyadapter.h"
#include "migrations/planner.h"
#include "migrations/preflight.h"
#include "pg/connection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::Inspection)
};

bool historyTableMatches(Format format, const HistoryTables &tables, const QString &table)
{
    if (!tables.contains(table))
        return false;
    if (table != QLatin1String("schema_migrations"))
        return true;
    return schemaMigrationsFormat(tables.value(table)) == format;
}
} // namespace

Result<MigrationReport> inspectMigrations(pg::Connection &conn, const MigrationSource &source, bool checks,
                                          const LintOptions &lintOptions)
{
    auto tables = readHistoryTables(conn);
    if (!tables)
        return tables.error();
    MigrationReport report;
    report.serverVersionNum = conn.serverVersionNum();
    if (source.format) {
        report.format = *source.format;
        report.detection = Tr::tr("given with --format");
    } else {
        auto detected = detectFormat(source.dir, tables.value());
        if (!detected)
            return detected.error();
        report.format = detected->format;
        report.detection = detected->reason;
    }
    auto folder = readFolder(source.dir, report.format);
    if (!folder)
        return folder.error();
    report.warnings = folder->warnings;
    const auto adapter = historyAdapter(report.format);
    report.historyTable = adapter->table();
    QList<HistoryRow> history;
    if (tables->contains(report.historyTable)) {
        if (!historyTableMatches(report.format, tables.value(), report.historyTable))
            return Error::of(Tr::tr("The table %1 in this database is not %2's (its columns differ): choose the "
                                    "right --format")
                                 .arg(report.historyTable, formatName(report.format)),
                             {}, QStringLiteral("history-shape"));
        report.historyExists = true;
        auto rows = adapter->read(conn);
        if (!rows)
            return rows.error();
        history = std::move(rows).value();
    }
    report.migrations = planStatus(folder.value(), history, adapter->keepsCurrentVersionOnly());
    if (!checks || report.format == Format::Alembic)
        return report;
    QList<MigrationFile> pending;
    for (const MigrationStatus &s : std::as_const(report.migrations)) {
        if ((s.state == State::Pending || s.state == State::OutOfOrder) && s.file) {
            pending << *s.file;
            report.preflight += preflight(*s.file, report.format, report.serverVersionNum);
        }
    }
    auto sizes = readTableSizes(conn, referencedTables(pending));
    if (!sizes)
        return sizes.error();
    for (const MigrationFile &file : std::as_const(pending))
        report.lint += lintMigration(file, sizes.value(), lintOptions);
    return report;
}

QJsonObject reportToJson(const MigrationReport &report)
{
    QJsonArray migrations;
    for (const MigrationStatus &s : report.migrations) {
        QJsonObject m{{QStringLiteral("version"), s.version.isEmpty() ? QJsonValue() : QJsonValue(s.version)},
                      {QStringLiteral("name"), s.name},
                      {QStringLiteral("state"), stateName(s.state)}};
        if (s.file) {
            m.insert(QStringLiteral("script"), s.file->script);
            m.insert(QStringLiteral("checksum"), s.file->checksum);
            m.insert(QStringLiteral("transactional"), s.file->transactional);
            m.insert(QStringLiteral("has_down"), s.file->hasDown);
        }
        if (s.applied) {
            m.insert(QStringLiteral("applied_checksum"), s.applied->checksum);
            if (s.applied->appliedAt.isValid())
                m.insert(QStringLiteral("applied_at"), s.applied->appliedAt.toString(Qt::ISODate));
        }
        if (!s.note.isEmpty())
            m.insert(QStringLiteral("note"), s.note);
        migrations.append(m);
    }
    auto findings = [](const QList<Finding> &list) {
        QJsonArray a;
        for (const Finding &f : list)
            a.append(f.toJson());
        return a;
    };
    return QJsonObject{{QStringLiteral("format"), formatName(report.format)},
                       {QStringLiteral("detection"), report.detection},
                       {QStringLiteral("history_table"), report.historyTable},
                       {QStringLiteral("history_exists"), report.historyExists},
                       {QStringLiteral("migrations"), migrations},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
                       {QStringLiteral("preflight"), findings(report.preflight)},
                       {QStringLiteral("lint"), findings(report.lint)}};
}

} // namespace pgs::migrations
