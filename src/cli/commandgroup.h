// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pgs::cli {

struct Subcommand
{
    QString name;
    QString summary; // translated
    std::function<int(const QStringList &args)> run;
};

// "pgsteward-cli profiles <sub> ...": picks the subcommand, answers --help for the group,
// and treats a missing or unknown subcommand as a usage error.
int runCommandGroup(const QString &group, const QString &description, const QList<Subcommand> &subcommands,
                    QStringList args);

} // namespace pgs::cli
