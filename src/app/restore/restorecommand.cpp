// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restorecommand.h"

#include "backup/optionspage.h"

#include <QCoreApplication>
#include <QDir>

namespace pgs {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pgs::RestoreSummaryPage", text);
}
} // namespace

QString restoreCommandText(const RestoreRequest &request)
{
    const RestoreOptions &o = request.options;
    const bool sandbox = o.target == RestoreOptions::Target::Sandbox;
    QStringList lines;
    if (sandbox) {
        lines << tr("# A throwaway cluster is initialised and started in %1, with database %2")
                     .arg(o.sandboxDir, o.targetDatabase);
    } else {
        lines << tr("# Connection (the password, if any, comes from a private 0600 passfile)");
        const QProcessEnvironment env = request.spec.toolEnvironment(QProcessEnvironment());
        QStringList keys = env.keys();
        keys.sort();
        for (const QString &key : keys) {
            if (key == QLatin1String("PGPASSWORD") || key == QLatin1String("PGPASSFILE") || key == QLatin1String("PGDATABASE"))
                continue; // never shown; the database is given below
            lines << QStringLiteral("export %1=%2").arg(key, joinShellWords({env.value(key)}));
        }
    }
    if (o.target == RestoreOptions::Target::NewDatabase)
        lines << tr("# Create the target") << QStringLiteral("CREATE DATABASE %1;").arg(joinShellWords({o.targetDatabase}));
    const QString dbname = QStringLiteral("--dbname=") + o.targetDatabase;
    if (!request.source.isArchive()) {
        lines << tr("# Plain SQL: decompressed by pgsteward while streaming into psql");
        QStringList psql{QStringLiteral("psql"), QStringLiteral("--no-psqlrc")};
        if (o.exitOnError)
            psql << QStringLiteral("--variable=ON_ERROR_STOP=1");
        if (o.singleTransaction)
            psql << QStringLiteral("--single-transaction");
        psql << dbname;
        lines << joinShellWords(psql) + QStringLiteral(" < ") + joinShellWords({request.source.dumpPath});
        return lines.join(QLatin1Char('\n'));
    }
    QStringList args{QStringLiteral("pg_restore"), QStringLiteral("--verbose")};
    if (o.exitOnError)
        args << QStringLiteral("--exit-on-error");
    if (o.jobs > 1)
        args << QStringLiteral("--jobs=%1").arg(o.jobs);
    if (o.singleTransaction)
        args << QStringLiteral("--single-transaction");
    if (o.schemaOnly)
        args << QStringLiteral("--schema-only");
    if (o.dataOnly)
        args << QStringLiteral("--data-only");
    if (o.disableTriggers)
        args << QStringLiteral("--disable-triggers");
    if (o.noOwner)
        args << QStringLiteral("--no-owner");
    if (o.noPrivileges)
        args << QStringLiteral("--no-privileges");
    if (!o.role.isEmpty())
        args << QStringLiteral("--role=") + o.role;
    if (o.clean)
        args << QStringLiteral("--clean") << QStringLiteral("--if-exists");
    for (const QString &schema : o.schemas)
        args << QStringLiteral("--schema=") + schema;
    if (!o.selectedEntries.isEmpty())
        args << QStringLiteral("--use-list=selection.list");
    args << dbname << request.source.dumpPath;
    if (!o.selectedEntries.isEmpty())
        lines << QCoreApplication::translate("pgs::RestoreSummaryPage",
                                             "# selection.list: the %n selected entries of the table of contents, "
                                             "the others commented out",
                                             nullptr, int(o.selectedEntries.size()));
    lines << joinShellWords(args);
    return lines.join(QLatin1Char('\n'));
}

QString restoreSummaryHtml(const RestoreRequest &request, const QString &sourceName, int entryCount)
{
    const RestoreOptions &o = request.options;
    QStringList lines;
    QString source = sourceName.toHtmlEscaped();
    if (request.source.manifest) {
        const BackupManifest &m = *request.source.manifest;
        source = tr("%1 — database <b>%2</b>, taken %3")
                     .arg(sourceName.toHtmlEscaped(), m.database.toHtmlEscaped(),
                          QLocale().toString(m.startedAt, QLocale::ShortFormat));
    }
    lines << tr("<b>From:</b> %1 (%2)").arg(source, toString(request.source.kind));
    switch (o.target) {
    case RestoreOptions::Target::NewDatabase:
        lines << tr("<b>Into:</b> a new database <b>%1</b>, created first").arg(o.targetDatabase.toHtmlEscaped());
        break;
    case RestoreOptions::Target::ExistingDatabase:
        lines << tr("<b>Into:</b> the existing database <b>%1</b>%2")
                     .arg(o.targetDatabase.toHtmlEscaped(),
                          o.clean ? tr(", dropping the backup's objects there first") : QString());
        break;
    case RestoreOptions::Target::Sandbox:
        lines << tr("<b>Into:</b> a throwaway sandbox cluster in %1").arg(o.sandboxDir.toHtmlEscaped());
        break;
    }
    if (!request.source.isArchive())
        lines << tr("<b>What:</b> the whole plain SQL dump");
    else if (o.selectedEntries.isEmpty())
        lines << tr("<b>What:</b> all %1 entries of the table of contents").arg(entryCount);
    else
        lines << tr("<b>What:</b> %1 of %2 entries of the table of contents").arg(o.selectedEntries.size()).arg(entryCount);
    QStringList options;
    if (o.schemaOnly)
        options << tr("schema only");
    if (o.dataOnly)
        options << tr("data only");
    if (o.jobs > 1)
        options << tr("%1 parallel jobs").arg(o.jobs);
    if (o.singleTransaction)
        options << tr("in a single transaction");
    options << (o.exitOnError ? tr("stops at the first error") : tr("goes on after errors"));
    if (o.noOwner)
        options << tr("no owner");
    if (o.noPrivileges)
        options << tr("no privileges");
    if (!o.role.isEmpty())
        options << tr("as role %1").arg(o.role.toHtmlEscaped());
    if (o.disableTriggers)
        options << tr("triggers disabled");
    lines << tr("<b>How:</b> %1").arg(options.join(QStringLiteral(", ")));
    if (o.liftProductionGuard)
        lines << QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
                     .arg(tr("The production guard is lifted for this restore."));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace pgs
