// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"

#include "connection/pgpass.h"
#include "connection/pgservice.h"
#include "connection/profilestore.h"
#include "util/paths.h"

#include <pwd.h>
#include <unistd.h>

namespace pgs::cli {

namespace {

struct ProfileImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::ProfileImportCommand)
};

// libpq's default user when none is given: the OS account, as psql would use.
QString osUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

bool pgpassHasPassword(const QList<PgpassEntry> &entries, const ConnectionProfile &p)
{
    const QString user = p.user.isEmpty() ? osUserName() : p.user;
    const QString database = p.database.isEmpty() ? user : p.database;
    return !PgpassFile::lookup(entries, p.host, QString::number(p.port), database, user).isEmpty();
}

} // namespace

int runProfileImportService(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli profiles import-service"),
                         ProfileImportCommand::tr("Import pg_service.conf entries as profiles. Names that exist "
                                                  "already are skipped; entries with a matching ~/.pgpass line "
                                                  "keep using it."));
    parser.addOption(QCommandLineOption(QStringLiteral("file"),
                                        ProfileImportCommand::tr("Read this service file instead of the ones "
                                                                 "libpq would use."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("service"),
                                        ProfileImportCommand::tr("Import only this service (repeatable)."),
                                        QStringLiteral("NAME")));
    if (auto exit = parser.parse(args))
        return *exit;

    QList<ServiceEntry> services;
    if (parser.isSet(QStringLiteral("file"))) {
        Result<QList<ServiceEntry>> read = PgServiceFile::read(parser.value(QStringLiteral("file")));
        if (!read)
            return reportError(read.error());
        services = read.value();
    } else {
        services = PgServiceFile::discover();
    }

    const QStringList wanted = parser.values(QStringLiteral("service"));
    bool failed = false;
    for (const QString &name : wanted) {
        const bool present = std::any_of(services.cbegin(), services.cend(),
                                         [&](const ServiceEntry &e) { return e.name == name; });
        if (!present) {
            reportError(Error::of(ProfileImportCommand::tr("no service named '%1'").arg(name)));
            failed = true;
        }
    }
    if (services.isEmpty() && wanted.isEmpty())
        printOut(ProfileImportCommand::tr("No pg_service.conf entries found (looked in %1).")
                     .arg(parser.isSet(QStringLiteral("file")) ? parser.value(QStringLiteral("file"))
                                                              : PgServiceFile::searchPaths().join(QStringLiteral(", "))));

    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return reportError(loaded.error());
    QList<PgpassEntry> pgpass;
    if (auto read = PgpassFile::read(PgpassFile::defaultPath()))
        pgpass = read.value();

    int imported = 0;
    for (const ServiceEntry &entry : std::as_const(services)) {
        if (!wanted.isEmpty() && !wanted.contains(entry.name))
            continue;
        bool passwordInFile = false;
        ConnectionProfile profile = PgServiceFile::toProfile(entry, &passwordInFile);
        if (store.find(profile.name)) {
            printOut(ProfileImportCommand::tr("skipped %1: a profile with this name exists").arg(profile.name));
            continue;
        }
        if (pgpassHasPassword(pgpass, profile))
            profile.passwordStorage = PasswordStorage::Pgpass;
        Result<ConnectionProfile> added = store.upsert(profile);
        if (!added) {
            reportError(added.error());
            failed = true;
            continue;
        }
        ++imported;
        QString line = ProfileImportCommand::tr("imported %1 (%2)").arg(added->name, added->displayTarget());
        if (added->passwordStorage == PasswordStorage::Pgpass)
            line += ProfileImportCommand::tr(", password from %1").arg(PgpassFile::defaultPath());
        printOut(line);
        if (passwordInFile)
            printWarning(ProfileImportCommand::tr("service %1 has a password in its file; it was not copied")
                             .arg(entry.name));
    }
    if (imported > 0) {
        if (Status saved = store.save(); !saved)
            return reportError(saved.error());
    }
    return failed ? ExitFailed : ExitOk;
}

} // namespace pgs::cli
