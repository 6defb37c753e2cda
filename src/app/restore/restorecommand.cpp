// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restorecommand.h"

#include "backup/optionspage.h"
#include "restore/restoretools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RestoreSummaryPage)
};

// "role alice, membership of alice in readers": once each, in the order they run.
QStringList globalsLabels(const RestoreRequest &request)
{
    QStringList labels;
    for (const GlobalsStep &step : request.globals) {
        if (!labels.contains(step.label))
            labels << step.label;
    }
    return labels;
}
} // namespace

QString restoreCommandText(const RestoreRequest &request)
{
    const RestoreOptions &o = request.options;
    const bool sandbox = o.target == RestoreOptions::Target::Sandbox && !request.source.isGlobalsOnly();
    QStringList lines;
    if (sandbox) {
        lines << Tr::tr("# A throwaway cluster is initialised and started in %1, with database %2")
                     .arg(o.sandboxDir, o.targetDatabase);
    } else {
        lines << Tr::tr("# Connection (the password, if any, comes from a private 0600 passfile)");
        const QProcessEnvironment env = request.spec.toolEnvironment(QProcessEnvironment());
        QStringList keys = env.keys();
        keys.sort();
        for (const QString &key : keys) {
            if (key == QLatin1String("PGPASSWORD") || key == QLatin1String("PGPASSFILE") || key == QLatin1String("PGDATABASE"))
                continue; // never shown; the database is given below
            lines << QStringLiteral("export %1=%2").arg(key, joinShellWords({env.value(key)}));
        }
    }
    if (!request.globals.isEmpty()) {
        lines << Tr::tr("# First, from %1, one statement at a time (passwords not shown): %2")
                     .arg(QFileInfo(request.source.globalsPath).fileName(),
                          globalsLabels(request).join(QStringLiteral(", ")));
    }
    if (request.source.isGlobalsOnly())
        return lines.join(QLatin1Char('\n'));
    if (o.target == RestoreOptions::Target::NewDatabase)
        lines << Tr::tr("# Create the target") << QStringLiteral("CREATE DATABASE %1;").arg(joinShellWords({o.targetDatabase}));
    const QString dbname = QStringLiteral("--dbname=") + o.targetDatabase;
    if (!request.source.isArchive()) {
        lines << Tr::tr("# Plain SQL: decompressed by pgsteward while streaming into psql");
        QStringList psql{QStringLiteral("psql"), QStringLiteral("--no-psqlrc")};
        if (o.exitOnError)
            psql << QStringLiteral("--variable=ON_ERROR_STOP=1");
        if (o.singleTransaction)
            psql << QStringLiteral("--single-transaction");
        psql << dbname;
        lines << joinShellWords(psql) + QStringLiteral(" < ") + joinShellWords({request.source.dumpPath});
        return lines.join(QLatin1Char('\n'));
    }
    // The same builder the restore job runs, so the summary cannot drift from what happens.
    const bool selection = !o.selectedEntries.isEmpty() || !o.schemas.isEmpty() || !o.tables.isEmpty();
    const QStringList args = QStringList{QStringLiteral("pg_restore")}
        + pgRestoreArguments(o, o.targetDatabase, selection ? QStringLiteral("selection.list") : QString(),
                             request.source.dumpPath);
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
        source = Tr::tr("%1 — database <b>%2</b>, taken %3")
                     .arg(sourceName.toHtmlEscaped(), m.database.toHtmlEscaped(),
                          QLocale().toString(m.startedAt, QLocale::ShortFormat));
    }
    if (request.source.isGlobalsOnly()) {
        lines << Tr::tr("<b>From:</b> %1 (globals only)").arg(sourceName.toHtmlEscaped());
        lines << Tr::tr("<b>Into:</b> the server %1").arg(request.spec.describe().toHtmlEscaped());
        lines << (request.globals.isEmpty() ? Tr::tr("<b>Globals:</b> none of the backup's roles or tablespaces are created")
                                            : Tr::tr("<b>Globals created:</b> %1")
                                                  .arg(globalsLabels(request).join(QStringLiteral(", ")).toHtmlEscaped()));
        return lines.join(QStringLiteral("<br>"));
    }
    lines << Tr::tr("<b>From:</b> %1 (%2)").arg(source, toString(request.source.kind));
    switch (o.target) {
    case RestoreOptions::Target::NewDatabase:
        lines << Tr::tr("<b>Into:</b> a new database <b>%1</b>, created first").arg(o.targetDatabase.toHtmlEscaped());
        break;
    case RestoreOptions::Target::ExistingDatabase:
        lines << Tr::tr("<b>Into:</b> the existing database <b>%1</b>%2")
                     .arg(o.targetDatabase.toHtmlEscaped(),
                          o.clean ? Tr::tr(", dropping the backup's objects there first") : QString());
        break;
    case RestoreOptions::Target::Sandbox:
        lines << Tr::tr("<b>Into:</b> a throwaway sandbox cluster in %1").arg(o.sandboxDir.toHtmlEscaped());
        break;
    }
    if (!request.globals.isEmpty()) {
        lines << Tr::tr("<b>Globals created first:</b> %1")
                     .arg(globalsLabels(request).join(QStringLiteral(", ")).toHtmlEscaped());
    } else if (!request.source.globalsPath.isEmpty() && o.target != RestoreOptions::Target::Sandbox) {
        lines << Tr::tr("<b>Globals:</b> none of the backup's roles or tablespaces are created");
    }
    if (!request.source.isArchive())
        lines << Tr::tr("<b>What:</b> the whole plain SQL dump");
    else if (o.selectedEntries.isEmpty())
        lines << Tr::tr("<b>What:</b> all %1 entries of the table of contents").arg(entryCount);
    else
        lines << Tr::tr("<b>What:</b> %1 of %2 entries of the table of contents").arg(o.selectedEntries.size()).arg(entryCount);
    QStringList options;
    if (o.schemaOnly)
        options << Tr::tr("schema only");
    if (o.dataOnly)
        options << Tr::tr("data only");
    if (o.jobs > 1)
        options << Tr::tr("%1 parallel jobs").arg(o.jobs);
    if (o.singleTransaction)
        options << Tr::tr("in a single transaction");
    options << (o.exitOnError ? Tr::tr("stops at the first error") : Tr::tr("goes on after errors"));
    if (o.noOwner)
        options << Tr::tr("no owner");
    if (o.noPrivileges)
        options << Tr::tr("no privileges");
    if (!o.role.isEmpty())
        options << Tr::tr("as role %1").arg(o.role.toHtmlEscaped());
    if (o.disableTriggers)
        options << Tr::tr("triggers disabled");
    lines << Tr::tr("<b>How:</b> %1").arg(options.join(QStringLiteral(", ")));
    if (o.liftProductionGuard)
        lines << QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
                     .arg(Tr::tr("The production guard is lifted for this restore."));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace pgs
