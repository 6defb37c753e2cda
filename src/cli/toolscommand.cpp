// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "textoutput.h"

#include "connection/profilestore.h"
#include "tools/toollocator.h"
#include "util/paths.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pgs::cli {

namespace {
struct ToolsCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::ToolsCommand)
};

const QStringList &toolNames()
{
    static const QStringList names{QStringLiteral("pg_dump"),       QStringLiteral("pg_restore"),
                                   QStringLiteral("pg_dumpall"),    QStringLiteral("psql"),
                                   QStringLiteral("pg_basebackup"), QStringLiteral("initdb"),
                                   QStringLiteral("pg_ctl")};
    return names;
}
} // namespace

int runToolsCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli tools"),
                         ToolsCommand::tr("Show which PostgreSQL tools pgsteward would run, and their versions."));
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("min-version"),
                                        ToolsCommand::tr("Only accept tools of at least this major version "
                                                         "(15, or a server_version_num like 150004)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"),
                                        ToolsCommand::tr("Look in the tools directory of this profile first."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("tools-dir"),
                                        ToolsCommand::tr("Look in DIR first."), QStringLiteral("DIR")));
    if (auto exit = parser.parse(args))
        return *exit;
    if (parser.isSet(QStringLiteral("profile")) && parser.isSet(QStringLiteral("tools-dir")))
        return usageError(ToolsCommand::tr("use either --profile or --tools-dir, not both"), parser.command());

    int minMajor = 0;
    if (parser.isSet(QStringLiteral("min-version"))) {
        int exitCode = ExitOk;
        const auto v = parser.intValue(QStringLiteral("min-version"), 0, 9999999, &exitCode);
        if (!v)
            return exitCode;
        minMajor = int(*v >= 10000 ? *v / 10000 : *v);
    }

    QString overrideDir = parser.value(QStringLiteral("tools-dir"));
    if (parser.isSet(QStringLiteral("profile"))) {
        ProfileStore store(paths::profilesFile());
        if (Status loaded = loadProfileStore(store); !loaded)
            return reportError(loaded.error());
        const ConnectionProfile *profile = store.find(parser.value(QStringLiteral("profile")));
        if (!profile)
            return reportError(Error::of(ToolsCommand::tr("no profile named '%1' in %2")
                                             .arg(parser.value(QStringLiteral("profile")), store.filePath())));
        overrideDir = profile->toolsDir;
    }

    const ToolLocator locator(overrideDir);
    QJsonArray json;
    QList<QStringList> rows;
    QStringList problems;
    for (const QString &name : toolNames()) {
        Result<ToolInfo> found = locator.find(name, minMajor);
        if (found) {
            json.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("found"), true},
                                    {QStringLiteral("path"), found->path},
                                    {QStringLiteral("version"), found->version},
                                    {QStringLiteral("major_version"), found->majorVersion}});
            rows.append({name, found->version, found->path});
        } else {
            json.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("found"), false},
                                    {QStringLiteral("error"), found.error().message}});
            rows.append({name, ToolsCommand::tr("missing"), found.error().message});
            problems << name;
        }
    }
    if (parser.json())
        printJson(json);
    else
        printTable({ToolsCommand::tr("TOOL"), ToolsCommand::tr("VERSION"), ToolsCommand::tr("PATH")}, rows);
    if (!problems.isEmpty()) {
        return reportError(Error::of(ToolsCommand::tr("not found: %1").arg(problems.join(QStringLiteral(", ")))));
    }
    return ExitOk;
}

} // namespace pgs::cli
