// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandgroup.h"

#include "clicontext.h"

namespace pgs::cli {

namespace {
struct CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::CommandGroup)
};

void printGroupHelp(const QString &group, const QString &description, const QList<Subcommand> &subcommands)
{
    QStringList lines{CommandGroup::tr("Usage: %1 <subcommand> [options]").arg(group), QString(), description,
                      QString(), CommandGroup::tr("Subcommands:")};
    for (const Subcommand &s : subcommands)
        lines << QStringLiteral("  %1%2").arg(s.name, -16).arg(s.summary);
    lines << QString() << CommandGroup::tr("Run '%1 <subcommand> --help' for its options.").arg(group);
    printOut(lines.join(QLatin1Char('\n')));
}
} // namespace

int runCommandGroup(const QString &group, const QString &description, const QList<Subcommand> &subcommands,
                    QStringList args)
{
    while (!args.isEmpty() && args.first() == QLatin1String("--verbose")) {
        setVerbose(true);
        args.removeFirst();
    }
    if (args.isEmpty())
        return usageError(CommandGroup::tr("missing subcommand"), group);
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printGroupHelp(group, description, subcommands);
        return ExitOk;
    }
    for (const Subcommand &s : subcommands) {
        if (s.name == name)
            return s.run(args);
    }
    return usageError(CommandGroup::tr("unknown subcommand '%1'").arg(name), group);
}

} // namespace pgs::cli
