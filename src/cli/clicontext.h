// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgs {

class ProfileStore;

namespace cli {

// The contract with scripts: 0 success, 1 the operation or a check failed, 2 usage error.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// Process-wide switches set once by main() or a subcommand's parser.
void setVerbose(bool verbose);
bool isVerbose();

// stdout carries results only; everything else goes to stderr.
void printOut(const QString &text);              // adds a newline
void printJson(const QJsonValue &value);         // indented JSON document on stdout
void printErr(const QString &text);              // adds a newline
void printWarning(const QString &message);       // "pgsteward-cli: warning: ..."
// "pgsteward-cli: <message>", plus the detail lines with --verbose. Returns ExitFailed.
int reportError(const Error &error);
// "pgsteward-cli: <message>" and a hint to run --help. Returns ExitUsage.
int usageError(const QString &message, const QString &command);

// One QCommandLineParser per (sub)command, with the options every command shares.
// parse() handles --help (exit 0) and bad options (exit 2) itself and returns that code;
// it returns nothing when the command should run.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::CommandParser)
public:
    CommandParser(QString command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    QString command() const { return m_command; }

    void addJsonOption();
    // --profile NAME and --db CONNINFO; with required, exactly one of them must be given.
    void addTargetOptions(bool required = true);
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // args: everything after the (sub)command name. maxPositionals < 0: any number.
    std::optional<int> parse(const QStringList &args, int minPositionals = 0, int maxPositionals = 0);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    bool json() const { return m_hasJson && m_parser.isSet(QStringLiteral("json")); }

    // An integer option in [min, max]; prints a usage error and returns ExitUsage through *exit.
    std::optional<qint64> intValue(const QString &name, qint64 min, qint64 max, int *exitCode) const;

    QString helpText() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    bool m_hasJson = false;
    bool m_targetRequired = false;
    bool m_hasTarget = false;
};

// Loads the profile store, printing its load warning (a corrupt file set aside) to stderr.
Status loadProfileStore(ProfileStore &store);

// --profile / --db -> a ready ConnectionSpec, the password included where the profile keeps one.
// *profile receives the profile when --profile was used.
Result<ConnectionSpec> resolveTarget(const CommandParser &parser,
                                     std::optional<ConnectionProfile> *profile = nullptr);
Result<ConnectionSpec> specForProfile(const ConnectionProfile &profile);
// A write action on a read-only profile: reports why (exit 1); nothing when it may go on.
std::optional<int> refusedAsReadOnly(const std::optional<ConnectionProfile> &profile, const QString &action);
// Reports a resolveTarget() failure: an unparsable --db is a usage error (2), the rest exit 1.
int reportTargetError(const Error &error, const CommandParser &parser);

} // namespace cli
} // namespace pgs
