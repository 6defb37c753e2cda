// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copy back: what a recovered sandbox offers, new names, the outcome as JSON.
#include "physical/copyback.h"

#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"
#include "sql/sqlcatalog.h"
#include "util/sqlidentifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::CopyBack)
};

constexpr int kMaxIdentifierBytes = 63;

} // namespace

Result<SandboxCluster> openRecoveredSandbox(JobContext &ctx, const QString &dir)
{
    SandboxCluster sandbox(dir);
    if (!sandbox.loadState() || !sandbox.exists())
        return Error::of(Tr::tr("%1 holds no recovered cluster.").arg(dir), {}, QStringLiteral("no-sandbox"));
    if (!sandbox.isRunning()) {
        if (Status started = sandbox.start(ctx); !started)
            return started.error();
    }
    return sandbox;
}

QJsonObject CopyBackOutcome::toJson() const
{
    QJsonArray list;
    for (const CopyBackTable &t : tables) {
        list.append(QJsonObject{{QStringLiteral("table"), t.qualifiedName()},
                                {QStringLiteral("copied_as"), t.qualifiedNewName()},
                                {QStringLiteral("rows"), double(t.rows)},
                                {QStringLiteral("rows_in_sandbox"), double(t.rowsInSandbox)}});
    }
    QJsonObject rows;
    for (auto it = rowComparison.cbegin(); it != rowComparison.cend(); ++it)
        rows.insert(it.key(), QJsonObject{{QStringLiteral("restored"), it.value().first}, {QStringLiteral("in_sandbox"), it.value().second}});
    return QJsonObject{{QStringLiteral("target_database"), targetDatabase},
                       {QStringLiteral("target"), targetDescription},
                       {QStringLiteral("tables"), list},
                       {QStringLiteral("row_comparison"), rows},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QString clipToIdentifierBytes(QString text, int maxBytes)
{
    while (text.toUtf8().size() > maxBytes) // whole characters, as PostgreSQL counts bytes
        text.chop(1);
    return text;
}

QString copyBackName(const QString &name, const QString &suffix)
{
    return clipToIdentifierBytes(name, kMaxIdentifierBytes - int(suffix.toUtf8().size())) + suffix;
}

QString suggestedCopyBackSuffix(const QString &recoveredTo)
{
    // The moment as the user thinks of it: local time. Microseconds are cut to what Qt parses.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    QString text = recoveredTo;
    text.replace(fraction, QStringLiteral("\\1"));
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() && recoveredTo.contains(QLatin1Char('T')) ? QStringLiteral("_at_") + at.toLocalTime().toString(QStringLiteral("HHmm"))
                                                                  : QStringLiteral("_copy");
}

QString recoveredToOf(const QString &sandboxDir)
{
    QFile f(sandboxDir + QStringLiteral("/pitr.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("recovered_to")).toString();
}

CopyBackTable parseCopyBackTable(const QString &text, const QString &suffix)
{
    CopyBackTable t;
    QString rest;
    QString first = leadingSqlIdentifier(text.trimmed(), &rest);
    if (rest.isEmpty()) {
        t.schema = QStringLiteral("public");
        t.name = first;
    } else if (rest.startsWith(QLatin1Char('.'))) {
        QString tail;
        t.name = leadingSqlIdentifier(rest.mid(1), &tail);
        t.schema = tail.isEmpty() ? first : QString();
    }
    if (t.name.isEmpty())
        t.schema.clear();
    t.newName = copyBackName(t.name, suffix);
    return t;
}

Result<CopyBackSource> listCopyBackSource(JobContext &ctx, const QString &sandboxDir, const QString &database)
{
    Result<SandboxCluster> sandbox = openRecoveredSandbox(ctx, sandboxDir);
    if (!sandbox)
        return sandbox.error();
    CopyBackSource out;
    auto admin = pg::Connection::open(sandbox->connectionSpec());
    if (!admin)
        return admin.error();
    auto dbs = (*admin)->exec(sql::query(QStringLiteral("physical/copyback_databases"), (*admin)->serverVersionNum()));
    if (!dbs)
        return dbs.error();
    for (int row = 0; row < dbs->rows(); ++row)
        out.databases << dbs->text(row, 0);
    out.database = database;
    if (out.database.isEmpty() || !out.databases.contains(out.database)) { // the first one the user made, else postgres
        out.database = out.databases.value(0);
        for (const QString &d : std::as_const(out.databases)) {
            if (d != QLatin1String("postgres")) {
                out.database = d;
                break;
            }
        }
    }
    auto conn = pg::Connection::open(sandbox->connectionSpec(out.database));
    if (!conn)
        return conn.error();
    auto tables = (*conn)->exec(sql::query(QStringLiteral("physical/copyback_tables"), (*conn)->serverVersionNum()));
    if (!tables)
        return tables.error();
    for (int row = 0; row < tables->rows(); ++row) {
        CopyBackTable t;
        t.schema = tables->text(row, "schema_name");
        t.name = tables->text(row, "table_name");
        t.rows = tables->toInt64(row, "estimated_rows");
        out.tables << t;
    }
    return out;
}

} // namespace pgs
