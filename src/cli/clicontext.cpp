// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "passwordprompt.h"

#include "connection/credentials.h"
#include "connection/profilestore.h"
#include "util/paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace pgs::cli {

namespace {
bool g_verbose = false;

void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString programName()
{
    return QStringLiteral("pgsteward-cli");
}
} // namespace

void setVerbose(bool verbose)
{
    g_verbose = verbose;
}

bool isVerbose()
{
    return g_verbose;
}

void printOut(const QString &text)
{
    writeLine(stdout, text);
}

void printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

void printErr(const QString &text)
{
    writeLine(stderr, text);
}

void printWarning(const QString &message)
{
    printErr(programName() + QStringLiteral(": ")
             + QCoreApplication::translate("pgs::cli::CommandParser", "warning: %1").arg(message));
}

int reportError(const Error &error)
{
    // The first line is the whole story for scripts; detail (server DETAIL/HINT, tool stderr)
    // is for the person debugging, so only with --verbose.
    printErr(programName() + QStringLiteral(": ") + error.message.simplified());
    if (g_verbose && !error.detail.isEmpty()) {
        for (const QString &line : error.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            printErr(QStringLiteral("  ") + line);
    }
    return ExitFailed;
}

int usageError(const QString &message, const QString &command)
{
    printErr(programName() + QStringLiteral(": ") + message);
    printErr(QCoreApplication::translate("pgs::cli::CommandParser", "Try '%1 --help' for more information.")
                 .arg(command));
    return ExitUsage;
}

CommandParser::CommandParser(QString command, const QString &description)
    : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addOption(QCommandLineOption(QStringLiteral("verbose"),
                                          tr("Show error details, progress and log lines on stderr.")));
}

void CommandParser::addJsonOption()
{
    m_hasJson = true;
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON.")));
}

void CommandParser::addTargetOptions(bool required)
{
    m_hasTarget = true;
    m_targetRequired = required;
    m_parser.addOption(QCommandLineOption(QStringLiteral("profile"),
                                          tr("Use the saved connection profile NAME (or id)."),
                                          QStringLiteral("NAME")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("db"),
                                          tr("Connect with a libpq connection string or URI; PG* "
                                             "environment variables fill what it leaves out."),
                                          QStringLiteral("CONNINFO")));
}

void CommandParser::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

QString CommandParser::helpText() const
{
    // QCommandLineParser names argv[0]; the user typed a subcommand, so show that instead.
    QString text = m_parser.helpText();
    const QString argv0 = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(argv0);
    if (!argv0.isEmpty() && at >= 0)
        text.replace(at, argv0.size(), m_command);
    return text;
}

std::optional<int> CommandParser::parse(const QStringList &args, int minPositionals, int maxPositionals)
{
    if (!m_parser.parse(QStringList{m_command} + args))
        return usageError(m_parser.errorText(), m_command);
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        printOut(helpText().trimmed());
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("verbose")))
        setVerbose(true);
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < minPositionals)
        return usageError(tr("missing argument"), m_command);
    if (maxPositionals >= 0 && positional.size() > maxPositionals)
        return usageError(tr("unexpected argument '%1'").arg(positional.value(maxPositionals)), m_command);
    if (m_hasTarget) {
        const bool profile = m_parser.isSet(QStringLiteral("profile"));
        const bool db = m_parser.isSet(QStringLiteral("db"));
        if (profile && db)
            return usageError(tr("use either --profile or --db, not both"), m_command);
        if (m_targetRequired && !profile && !db)
            return usageError(tr("say which server: --profile NAME or --db CONNINFO"), m_command);
    }
    return std::nullopt;
}

std::optional<qint64> CommandParser::intValue(const QString &name, qint64 min, qint64 max, int *exitCode) const
{
    bool ok = false;
    const qint64 v = m_parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *exitCode = usageError(tr("--%1 must be a whole number from %2 to %3, not '%4'")
                                   .arg(name)
                                   .arg(min)
                                   .arg(max)
                                   .arg(m_parser.value(name)),
                               m_command);
        return std::nullopt;
    }
    return v;
}

Status loadProfileStore(ProfileStore &store)
{
    Status loaded = store.load();
    if (!store.loadWarning().isEmpty())
        printWarning(store.loadWarning());
    return loaded;
}

Result<ConnectionSpec> specForProfile(const ConnectionProfile &profile)
{
    ConnectionSpec spec = ConnectionSpec::fromProfile(profile);
    switch (profile.passwordStorage) {
    case PasswordStorage::None:
    case PasswordStorage::Pgpass:
        break; // libpq reads ~/.pgpass and PGPASSWORD itself
    case PasswordStorage::Keychain: {
        CredentialStore credentials;
        Result<QString> password = credentials.readPasswordBlocking(profile);
        if (!password)
            return password.error();
        spec.setPassword(password.value());
        break;
    }
    case PasswordStorage::Ask: {
        if (qEnvironmentVariableIsSet("PGPASSWORD"))
            break; // libpq uses it
        if (!stdinIsTerminal()) {
            return Error::of(QCoreApplication::translate("pgs::cli::CommandParser",
                                                         "profile %1 asks for a password: set "
                                                         "PGPASSWORD or run interactively")
                                 .arg(profile.name),
                             {}, QStringLiteral("password-required"));
        }
        Result<QString> password = promptPassword(
            QCoreApplication::translate("pgs::cli::CommandParser", "Password for %1: ")
                .arg(profile.displayTarget()));
        if (!password)
            return password.error();
        spec.setPassword(password.value());
        break;
    }
    }
    return spec;
}

int reportTargetError(const Error &error, const CommandParser &parser)
{
    if (error.code == QLatin1String("bad-conninfo"))
        return usageError(error.message, parser.command());
    return reportError(error);
}

Result<ConnectionSpec> resolveTarget(const CommandParser &parser, std::optional<ConnectionProfile> *profileOut)
{
    if (parser.isSet(QStringLiteral("db")))
        return ConnectionSpec::fromConninfo(parser.value(QStringLiteral("db")));

    const QString wanted = parser.value(QStringLiteral("profile"));
    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return loaded.error();
    const ConnectionProfile *profile = store.find(wanted);
    if (!profile) {
        return Error::of(QCoreApplication::translate("pgs::cli::CommandParser", "no profile named '%1' in %2")
                             .arg(wanted, store.filePath()),
                         {}, QStringLiteral("no-profile"));
    }
    if (profileOut)
        *profileOut = *profile;
    return specForProfile(*profile);
}

std::optional<int> refusedAsReadOnly(const std::optional<ConnectionProfile> &profile, const QString &action)
{
    if (!profile)
        return std::nullopt;
    if (Status writable = refuseOnReadOnly(*profile, action); !writable)
        return reportError(writable.error());
    return std::nullopt;
}

} // namespace pgs::cli
