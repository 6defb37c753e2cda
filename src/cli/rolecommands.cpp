// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli role create|alter|drop, grant, revoke: reviewed SQL for roles and privileges.
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "passwordprompt.h"

#include "audit/grantsql.h"
#include "audit/rolesql.h"
#include "jobs/connectedjob.h"

namespace pgs::cli {

namespace {

struct RoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::RoleCommand)
};

// Connects, builds the statements with the connection's quoting (and hashing), prints them with
// --dry-run or runs them in one transaction.
template<typename Build>
int runStatements(const CommandParser &parser, Build build)
{
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        if (auto refused = refusedAsReadOnly(profile, RoleCommand::tr("Changing roles and privileges")))
            return *refused;
    }
    QStringList statements;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        return runConnected(ctx, *spec, [&](pg::Connection &conn) -> JobResult {
            Result<QStringList> built = build(conn);
            if (!built)
                return built.error();
            statements = *built;
            if (dryRun)
                return QVariant();
            if (Status st = runInTransaction(conn, statements); !st)
                return st.error();
            return QVariant();
        });
    });
    if (!done)
        return reportError(done.error());
    for (const QString &s : std::as_const(statements))
        printOut(s);
    if (dryRun)
        printErr(RoleCommand::tr("Dry run: nothing was changed."));
    return ExitOk;
}

void addRoleOptions(CommandParser &parser, bool alter)
{
    const QList<QPair<const char *, const char *>> flags{
        {"login", QT_TRANSLATE_NOOP("pgs::cli::RoleCommand", "The role may log in.")},
        {"superuser", QT_TRANSLATE_NOOP("pgs::cli::RoleCommand", "Superuser.")},
        {"createdb", QT_TRANSLATE_NOOP("pgs::cli::RoleCommand", "May create databases.")},
        {"createrole", QT_TRANSLATE_NOOP("pgs::cli::RoleCommand", "May create roles.")},
        {"replication", QT_TRANSLATE_NOOP("pgs::cli::RoleCommand", "May start streaming replication.")},
        {"bypassrls", QT_TRANSLATE_NOOP("pgs::cli::RoleCommand", "Bypasses row-level security.")},
        {"noinherit", QT_TRANSLATE_NOOP("pgs::cli::RoleCommand", "Does not use its groups' privileges without SET ROLE.")},
    };
    for (const auto &[name, help] : flags) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), RoleCommand::tr(help)));
        if (alter && qstrcmp(name, "noinherit") != 0)
            parser.addOption(QCommandLineOption(QStringLiteral("no-") + QString::fromLatin1(name), RoleCommand::tr("Remove it.")));
    }
    if (alter)
        parser.addOption(QCommandLineOption(QStringLiteral("inherit"), RoleCommand::tr("Uses its groups' privileges.")));
    parser.addOption(QCommandLineOption(QStringLiteral("in-role"), RoleCommand::tr("Make it a member of ROLE (repeatable)."),
                                        RoleCommand::tr("ROLE")));
    if (alter) {
        parser.addOption(QCommandLineOption(QStringLiteral("not-in-role"), RoleCommand::tr("Remove it from ROLE (repeatable)."),
                                            RoleCommand::tr("ROLE")));
        parser.addOption(QCommandLineOption(QStringLiteral("rename"), RoleCommand::tr("Rename it."), RoleCommand::tr("NAME")));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("valid-until"), RoleCommand::tr("Password expiry (timestamp or 'infinity')."),
                                        RoleCommand::tr("TS")));
    parser.addOption(QCommandLineOption(QStringLiteral("connection-limit"), RoleCommand::tr("Maximum sessions (-1: no limit)."),
                                        RoleCommand::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
                                        RoleCommand::tr("Read the password from the first line of stdin; it is hashed "
                                                        "(SCRAM-SHA-256) here and only the verifier is sent.")));
}

std::optional<bool> tristate(const CommandParser &p, const QString &name, bool alter)
{
    if (p.isSet(name))
        return true;
    if (alter && p.isSet(QStringLiteral("no-") + name))
        return false;
    return std::nullopt; // CREATE ROLE's defaults, or unchanged on ALTER
}

int runRoleCreateOrAlter(const QStringList &args, bool alter)
{
    const QString verb = alter ? QStringLiteral("alter") : QStringLiteral("create");
    CommandParser parser(QStringLiteral("pgsteward-cli role ") + verb,
                         alter ? RoleCommand::tr("Change a role's attributes, memberships or password.")
                               : RoleCommand::tr("Create a role."));
    parser.addTargetOptions();
    parser.addPositional(QStringLiteral("name"), RoleCommand::tr("The role."), QStringLiteral("NAME"));
    addRoleOptions(parser, alter);
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), RoleCommand::tr("Print the SQL without running it.")));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    RoleDefinition role;
    role.name = parser.positionals().first();
    role.login = tristate(parser, QStringLiteral("login"), alter);
    role.superuser = tristate(parser, QStringLiteral("superuser"), alter);
    role.createDb = tristate(parser, QStringLiteral("createdb"), alter);
    role.createRole = tristate(parser, QStringLiteral("createrole"), alter);
    role.replication = tristate(parser, QStringLiteral("replication"), alter);
    role.bypassRls = tristate(parser, QStringLiteral("bypassrls"), alter);
    if (parser.isSet(QStringLiteral("noinherit")))
        role.inherit = false;
    else if (alter && parser.isSet(QStringLiteral("inherit")))
        role.inherit = true;
    role.inRoles = parser.values(QStringLiteral("in-role"));
    if (alter) {
        role.leaveRoles = parser.values(QStringLiteral("not-in-role"));
        role.newName = parser.value(QStringLiteral("rename"));
    }
    if (parser.isSet(QStringLiteral("valid-until")))
        role.validUntil = parser.value(QStringLiteral("valid-until"));
    if (parser.isSet(QStringLiteral("connection-limit"))) {
        int exitCode = ExitUsage;
        const auto limit = parser.intValue(QStringLiteral("connection-limit"), -1, 1'000'000, &exitCode);
        if (!limit)
            return exitCode;
        role.connectionLimit = int(*limit);
    }
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        auto line = readPasswordLine();
        if (!line)
            return reportError(line.error());
        if (line->isEmpty())
            return usageError(RoleCommand::tr("--password-stdin read an empty password"), parser.command());
        password = *line;
    }
    return runStatements(parser, [&](pg::Connection &conn) -> Result<QStringList> {
        if (!password.isEmpty()) {
            // The verifier is bound to the name the role will have (SCRAM salts, MD5 would not).
            auto verifier = scramVerifier(conn, role.newName.isEmpty() ? role.name : role.newName, password);
            if (!verifier)
                return verifier.error();
            role.passwordVerifier = *verifier;
        }
        return alter ? alterRoleSql(role, identifierQuoter(conn), literalQuoter(conn))
                     : createRoleSql(role, identifierQuoter(conn), literalQuoter(conn));
    });
}

int runRoleDrop(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli role drop"), RoleCommand::tr("Drop a role."));
    parser.addTargetOptions();
    parser.addPositional(QStringLiteral("name"), RoleCommand::tr("The role."), QStringLiteral("NAME"));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), RoleCommand::tr("Print the SQL without running it.")));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    const QString name = parser.positionals().first();
    return runStatements(parser, [&](pg::Connection &conn) -> Result<QStringList> { return dropRoleSql(name, identifierQuoter(conn)); });
}

int runGrantOrRevoke(const QStringList &args, bool revoke)
{
    const QString verb = revoke ? QStringLiteral("revoke") : QStringLiteral("grant");
    CommandParser parser(QStringLiteral("pgsteward-cli ") + verb,
                         revoke ? RoleCommand::tr("Revoke privileges: PRIVILEGES ON OBJECT FROM ROLE, in one transaction.")
                                : RoleCommand::tr("Grant privileges: PRIVILEGES ON OBJECT TO ROLE, in one transaction "
                                                  "(e.g. select on all tables in schema app to reader)."));
    parser.addTargetOptions();
    parser.addPositional(QStringLiteral("words"), RoleCommand::tr("The statement."),
                         revoke ? QStringLiteral("PRIVILEGES ON OBJECT FROM ROLE") : QStringLiteral("PRIVILEGES ON OBJECT TO ROLE"));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), RoleCommand::tr("Print the SQL without running it.")));
    if (auto exit = parser.parse(args, 4, -1))
        return *exit;
    auto request = parseGrantCommand(revoke, parser.positionals());
    if (!request)
        return usageError(request.error().message, parser.command());
    return runStatements(parser, [&](pg::Connection &conn) { return grantStatements(conn, *request); });
}

} // namespace

int runRoleCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create"))
        return runRoleCreateOrAlter(args.mid(1), false);
    if (sub == QLatin1String("alter"))
        return runRoleCreateOrAlter(args.mid(1), true);
    if (sub == QLatin1String("drop"))
        return runRoleDrop(args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(RoleCommand::tr("Usage: pgsteward-cli role create|alter|drop NAME [options] (--profile P | --db CONNINFO)"));
        return ExitOk;
    }
    return usageError(RoleCommand::tr("role takes create, alter or drop"), QStringLiteral("pgsteward-cli role"));
}

int runGrantCommand(const QStringList &args) { return runGrantOrRevoke(args, false); }
int runRevokeCommand(const QStringList &args) { return runGrantOrRevoke(args, true); }

} // namespace pgs::cli
