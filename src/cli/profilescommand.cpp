// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commandgroup.h"
#include "commands.h"
#include "textoutput.h"

#include "connection/credentials.h"
#include "connection/pgpass.h"
#include "connection/profilestore.h"
#include "util/paths.h"

#include <QJsonArray>

namespace pgs::cli {

namespace {

struct ProfilesCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::ProfilesCommand)
};

Error noSuchProfile(const QString &wanted, const ProfileStore &store)
{
    return Error::of(ProfilesCommand::tr("no profile named '%1' in %2").arg(wanted, store.filePath()), {},
                     QStringLiteral("no-profile"));
}

int listProfiles(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli profiles list"),
                         ProfilesCommand::tr("List the saved connection profiles."));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return reportError(loaded.error());

    if (parser.json()) {
        QJsonArray array;
        for (const ConnectionProfile &p : store.profiles())
            array.append(p.toJson());
        printJson(array);
        return ExitOk;
    }
    if (store.profiles().isEmpty()) {
        printOut(ProfilesCommand::tr("No profiles in %1.").arg(store.filePath()));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ConnectionProfile &p : store.profiles())
        rows.append({p.name, p.group, p.displayTarget(), p.production ? ProfilesCommand::tr("PRODUCTION") : QString()});
    printTable({ProfilesCommand::tr("NAME"), ProfilesCommand::tr("GROUP"), ProfilesCommand::tr("TARGET"), QString()},
               rows);
    return ExitOk;
}

int showProfile(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli profiles show"),
                         ProfilesCommand::tr("Show one connection profile."));
    parser.addJsonOption();
    parser.addPositional(QStringLiteral("profile"), ProfilesCommand::tr("Name or id of the profile."),
                         QStringLiteral("NAME|ID"));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return reportError(loaded.error());
    const ConnectionProfile *p = store.find(parser.positionals().first());
    if (!p)
        return reportError(noSuchProfile(parser.positionals().first(), store));
    if (parser.json()) {
        printJson(p->toJson());
        return ExitOk;
    }
    auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    printKeyValues({
        {ProfilesCommand::tr("Name"), p->name},
        {ProfilesCommand::tr("Id"), p->id},
        {ProfilesCommand::tr("Group"), orDash(p->group)},
        {ProfilesCommand::tr("Target"), p->displayTarget()},
        {ProfilesCommand::tr("Host"), orDash(p->host)},
        {ProfilesCommand::tr("Port"), QString::number(p->port)},
        {ProfilesCommand::tr("Database"), orDash(p->database)},
        {ProfilesCommand::tr("User"), orDash(p->user)},
        {ProfilesCommand::tr("SSL mode"), p->sslMode},
        {ProfilesCommand::tr("SSL root certificate"), orDash(p->sslRootCert)},
        {ProfilesCommand::tr("SSL certificate"), orDash(p->sslCert)},
        {ProfilesCommand::tr("SSL key"), orDash(p->sslKey)},
        {ProfilesCommand::tr("Connect timeout"), ProfilesCommand::tr("%1 s").arg(p->connectTimeoutSeconds)},
        {ProfilesCommand::tr("Application name"), orDash(p->applicationName)},
        {ProfilesCommand::tr("Service"), orDash(p->service)},
        {ProfilesCommand::tr("Production"), p->production ? ProfilesCommand::tr("yes (%1)").arg(p->productionColor)
                                                          : ProfilesCommand::tr("no")},
        {ProfilesCommand::tr("Read-only"), p->readOnly ? ProfilesCommand::tr("yes") : ProfilesCommand::tr("no")},
        {ProfilesCommand::tr("Volume capacity"),
         p->volumeCapacityBytes > 0 ? humanSize(p->volumeCapacityBytes) : ProfilesCommand::tr("unknown")},
        {ProfilesCommand::tr("Tools directory"), orDash(p->toolsDir)},
        {ProfilesCommand::tr("Password"), toString(p->passwordStorage)},
    });
    return ExitOk;
}

int removeProfile(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli profiles remove"),
                         ProfilesCommand::tr("Remove a connection profile (and its keychain password)."));
    parser.addPositional(QStringLiteral("profile"), ProfilesCommand::tr("Name or id of the profile."),
                         QStringLiteral("NAME|ID"));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return reportError(loaded.error());
    const ConnectionProfile *found = store.find(parser.positionals().first());
    if (!found)
        return reportError(noSuchProfile(parser.positionals().first(), store));
    const ConnectionProfile profile = *found;
    store.remove(profile.id);
    if (Status saved = store.save(); !saved)
        return reportError(saved.error());
    printOut(ProfilesCommand::tr("Removed profile %1 (%2)").arg(profile.name, profile.id));

    if (profile.passwordStorage == PasswordStorage::Keychain) {
        if (Status deleted = CredentialStore().deletePasswordBlocking(profile); !deleted)
            printWarning(ProfilesCommand::tr("the keychain password could not be deleted: %1")
                             .arg(deleted.error().message));
    } else if (profile.passwordStorage == PasswordStorage::Pgpass) {
        // ~/.pgpass is the user's file, shared with psql and every other libpq program.
        printOut(ProfilesCommand::tr("Its line in %1 was left in place.").arg(PgpassFile::defaultPath()));
    }
    return ExitOk;
}

} // namespace

int runProfilesCommand(const QStringList &args)
{
    const QList<Subcommand> subcommands{
        {QStringLiteral("list"), ProfilesCommand::tr("List the saved profiles"), listProfiles},
        {QStringLiteral("show"), ProfilesCommand::tr("Show one profile"), showProfile},
        {QStringLiteral("add"), ProfilesCommand::tr("Add (or with --replace, replace) a profile"), runProfileAdd},
        {QStringLiteral("remove"), ProfilesCommand::tr("Remove a profile"), removeProfile},
        {QStringLiteral("import-service"), ProfilesCommand::tr("Import pg_service.conf entries as profiles"),
         runProfileImportService},
    };
    return runCommandGroup(QStringLiteral("pgsteward-cli profiles"),
                           ProfilesCommand::tr("Manage the saved connection profiles (%1).").arg(paths::profilesFile()),
                           subcommands, args);
}

} // namespace pgs::cli
