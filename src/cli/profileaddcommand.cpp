// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "passwordprompt.h"

#include "connection/credentials.h"
#include "connection/profilestore.h"
#include "util/paths.h"

#include <QRegularExpression>

#include <limits>

namespace pgs::cli {

namespace {

struct ProfileAddCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::ProfileAddCommand)
public:
    static void addOptions(CommandParser &parser);
};

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

void ProfileAddCommand::addOptions(CommandParser &parser)
{
    parser.addOption(valueOption("name", tr("Profile name (required, unique)."), "NAME"));
    parser.addOption(valueOption("group", tr("Group shown in the profile tree."), "GROUP"));
    parser.addOption(valueOption("host", tr("Host name, IP address or unix socket directory."), "HOST"));
    parser.addOption(valueOption("port", tr("Port (1-65535, default 5432)."), "PORT"));
    parser.addOption(valueOption("user", tr("Role to log in as."), "USER"));
    parser.addOption(valueOption("database", tr("Database to connect to."), "DB"));
    parser.addOption(valueOption("sslmode", tr("disable, allow, prefer, require, verify-ca or verify-full."), "MODE"));
    parser.addOption(valueOption("sslrootcert", tr("CA certificate file."), "FILE"));
    parser.addOption(valueOption("sslcert", tr("Client certificate file."), "FILE"));
    parser.addOption(valueOption("sslkey", tr("Client key file."), "FILE"));
    parser.addOption(valueOption("connect-timeout", tr("Connect timeout in seconds (0: wait forever)."), "S"));
    parser.addOption(valueOption("application-name", tr("application_name reported to the server."), "NAME"));
    parser.addOption(valueOption("service", tr("pg_service.conf section that fills what is left empty."), "SERVICE"));
    parser.addOption(QCommandLineOption(QStringLiteral("production"), tr("Mark the server as production.")));
    parser.addOption(QCommandLineOption(QStringLiteral("read-only"),
                                        tr("Every session read-only (default_transaction_read_only); write actions refused.")));
    parser.addOption(valueOption("production-color", tr("Colour of the production mark (#rrggbb)."), "COLOR"));
    parser.addOption(valueOption("capacity-bytes", tr("Size of the server's data volume, for forecasts."), "N"));
    parser.addOption(valueOption("tools-dir", tr("Directory to look for pg_dump & co. first."), "DIR"));
    parser.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
                                        tr("Read the password from the first line of standard input.")));
    parser.addOption(valueOption("password-storage",
                                 tr("Where the password lives: keychain, pgpass, ask or none "
                                    "(default with --password-stdin: keychain when available, else pgpass)."),
                                 "WHERE"));
    parser.addOption(QCommandLineOption(QStringLiteral("replace"), tr("Replace a profile of the same name.")));
}

// Fills profile from the options; returns an exit code on a usage error.
std::optional<int> fillProfile(const CommandParser &parser, ConnectionProfile &p)
{
    auto text = [&](const char *name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    auto given = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    int exitCode = ExitOk;

    p.name = text("name");
    if (p.name.isEmpty())
        return usageError(ProfileAddCommand::tr("--name is required"), parser.command());
    p.service = text("service");
    for (const char *required : {"host", "user", "database"}) {
        if (p.service.isEmpty() && text(required).isEmpty())
            return usageError(ProfileAddCommand::tr("--%1 is required (unless --service names a pg_service entry)")
                                  .arg(QString::fromLatin1(required)),
                              parser.command());
    }
    p.group = text("group");
    p.host = text("host");
    p.user = text("user");
    p.database = text("database");
    if (given("port")) {
        const auto port = parser.intValue(QStringLiteral("port"), 1, 65535, &exitCode);
        if (!port)
            return exitCode;
        p.port = int(*port);
    }
    if (given("sslmode")) {
        p.sslMode = text("sslmode");
        if (!ConnectionProfile::sslModes().contains(p.sslMode))
            return usageError(ProfileAddCommand::tr("--sslmode must be one of %1, not '%2'")
                                  .arg(ConnectionProfile::sslModes().join(QStringLiteral(", ")), p.sslMode),
                              parser.command());
    }
    p.sslRootCert = text("sslrootcert");
    p.sslCert = text("sslcert");
    p.sslKey = text("sslkey");
    if (given("connect-timeout")) {
        const auto timeout = parser.intValue(QStringLiteral("connect-timeout"), 0, 3600, &exitCode);
        if (!timeout)
            return exitCode;
        p.connectTimeoutSeconds = int(*timeout);
    }
    if (given("application-name"))
        p.applicationName = text("application-name");
    p.production = given("production");
    p.readOnly = given("read-only");
    if (given("production-color")) {
        static const QRegularExpression colour(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
        if (!colour.match(text("production-color")).hasMatch())
            return usageError(ProfileAddCommand::tr("--production-color must look like #c62828"), parser.command());
        p.productionColor = text("production-color");
    }
    if (given("capacity-bytes")) {
        const auto capacity = parser.intValue(QStringLiteral("capacity-bytes"), 0,
                                              std::numeric_limits<qint64>::max(), &exitCode);
        if (!capacity)
            return exitCode;
        p.volumeCapacityBytes = *capacity;
    }
    p.toolsDir = text("tools-dir");

    if (given("password-storage")) {
        const QString storage = text("password-storage");
        static const QStringList valid{QStringLiteral("keychain"), QStringLiteral("pgpass"), QStringLiteral("ask"),
                                       QStringLiteral("none")};
        if (!valid.contains(storage))
            return usageError(ProfileAddCommand::tr("--password-storage must be one of %1, not '%2'")
                                  .arg(valid.join(QStringLiteral(", ")), storage),
                              parser.command());
        p.passwordStorage = passwordStorageFromString(storage);
    } else if (given("password-stdin")) {
        p.passwordStorage = CredentialStore::preferredStorage();
    }
    if (given("password-stdin") && p.passwordStorage != PasswordStorage::Keychain
        && p.passwordStorage != PasswordStorage::Pgpass)
        return usageError(ProfileAddCommand::tr("--password-stdin needs --password-storage keychain or pgpass"),
                          parser.command());
    return std::nullopt;
}

} // namespace

int runProfileAdd(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli profiles add"),
                         ProfileAddCommand::tr("Save a new connection profile. The password, if any, goes to "
                                               "the keychain or ~/.pgpass, never into profiles.json."));
    ProfileAddCommand::addOptions(parser);
    if (auto exit = parser.parse(args))
        return *exit;

    ConnectionProfile profile;
    if (auto exit = fillProfile(parser, profile))
        return *exit;

    // Read the password before touching any file, so a missing one changes nothing.
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        Result<QString> read = readPasswordLine();
        if (!read)
            return reportError(read.error());
        password = read.value();
    }

    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return reportError(loaded.error());
    if (const ConnectionProfile *existing = store.find(profile.name); existing && existing->name == profile.name) {
        if (!parser.isSet(QStringLiteral("replace")))
            return reportError(Error::of(ProfileAddCommand::tr("a profile named '%1' exists already (use --replace)")
                                             .arg(profile.name),
                                         {}, QStringLiteral("profile-exists")));
        profile.id = existing->id;
    }
    Result<ConnectionProfile> saved = store.upsert(profile);
    if (!saved)
        return reportError(saved.error());

    if (!password.isEmpty()) {
        CredentialStore credentials;
        if (Status written = credentials.writePasswordBlocking(saved.value(), password); !written)
            return reportError(written.error()); // profile not saved: no half-done state
    }
    if (Status written = store.save(); !written)
        return reportError(written.error());
    printOut(ProfileAddCommand::tr("Saved profile %1 (%2)").arg(saved->name, saved->id));
    return ExitOk;
}

} // namespace pgs::cli
