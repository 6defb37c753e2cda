// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/sandboxroles.h"

#include "backup/plaindump.h"
#include "pg/connection.h"
#include "restore/dumproles.h"
#include "restore/sqlstatementscanner.h"
#include "sql/sqlcatalog.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::SandboxRoles)
};

// Which roles a dump names, and which of them it creates itself (a pg_dumpall script).
struct DumpRoles
{
    QStringList referenced;
    QSet<QString> createdByScript;

    void add(const QString &statement)
    {
        const GlobalsStatement g = classifyGlobalsStatement(statement);
        if (g.kind == GlobalsStatement::Kind::CreateRole && !g.role.isEmpty())
            createdByScript.insert(g.role);
        for (const QString &role : rolesReferencedBy(statement))
            addReference(role);
    }
    void addReference(const QString &role)
    {
        if (!role.isEmpty() && !referenced.contains(role))
            referenced << role;
    }
};

Result<DumpRoles> scanPlainDumpRoles(JobContext &ctx, const QString &path)
{
    PlainDumpReader reader(path);
    if (Status opened = reader.open(); !opened)
        return opened.error();
    DumpRoles roles;
    SqlStatementScanner scanner([&roles](const QString &statement) { roles.add(statement); });
    for (;;) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        Result<QByteArray> block = reader.read();
        if (!block)
            return block.error();
        if (block->isEmpty())
            break;
        scanner.feed(*block);
    }
    scanner.finish();
    return roles;
}

// Owners from the table of contents; grantees, grantors and policy roles from the SQL pg_restore
// would run (ACL entries have no owner of their own to name them).
Result<DumpRoles> scanArchive(JobContext &ctx, const RestoreSource &source, const TableOfContents &toc, int toolMajor,
                              const QString &toolsDir)
{
    DumpRoles roles;
    for (const TocEntry &e : toc.entries)
        roles.addReference(e.owner);
    Result<ToolInfo> tool = ToolLocator(toolsDir).find(QStringLiteral("pg_restore"), toolMajor);
    if (!tool)
        return tool.error();
    SqlStatementScanner scanner([&roles](const QString &statement) { roles.add(statement); });
    ToolRun run;
    run.program = tool->path;
    run.arguments = {QStringLiteral("--schema-only"), QStringLiteral("--file=-"), source.dumpPath};
    run.onStdout = [&scanner](const QByteArray &chunk) {
        scanner.feed(chunk);
        return true;
    };
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out)
        return out.error();
    scanner.finish();
    return roles;
}

Result<QSet<QString>> missingRoles(pg::Connection &conn, const QStringList &names)
{
    QSet<QString> missing;
    if (names.isEmpty())
        return missing;
    auto found = conn.exec(sql::query(QStringLiteral("restore/missing_roles"), conn.serverVersionNum()), {names});
    if (!found)
        return found.error();
    for (int row = 0; row < found->rows(); ++row)
        missing.insert(found->text(row, 0));
    return missing;
}

QString quotedList(const pg::Connection &conn, const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << conn.quoteIdentifier(name);
    return quoted.join(QStringLiteral(", "));
}

// The role parts of a pg_dumpall --globals-only file, statement by statement as dumped (the names
// in them are quoted by pg_dumpall). Only for roles that do not exist here: the sandbox's
// superuser keeps its own attributes and password.
Status applyGlobals(JobContext &ctx, pg::Connection &conn, const QString &path, SandboxRoles &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1").arg(path), file.errorString());
    QStringList statements;
    SqlStatementScanner scanner([&statements](const QString &statement) { statements << statement; });
    scanner.feed(file.readAll());
    scanner.finish();

    QStringList created;
    for (const QString &statement : std::as_const(statements)) {
        const GlobalsStatement g = classifyGlobalsStatement(statement);
        if (g.kind == GlobalsStatement::Kind::CreateRole && !g.role.isEmpty())
            created << g.role;
    }
    Result<QSet<QString>> missing = missingRoles(conn, created);
    if (!missing)
        return missing.error();

    const QString fileName = QFileInfo(path).fileName();
    int tablespaceStatements = 0;
    for (const QString &statement : std::as_const(statements)) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const GlobalsStatement g = classifyGlobalsStatement(statement);
        using K = GlobalsStatement::Kind;
        if (g.kind == K::Tablespace) {
            ++tablespaceStatements;
            continue;
        }
        const bool wanted = (g.kind == K::CreateRole && missing->contains(g.role))
                            || ((g.kind == K::AlterRole || g.kind == K::Membership) && out.fromGlobals.contains(g.role));
        if (!wanted)
            continue;
        // The statement may carry a password: it goes to the server only, never into a message.
        auto ran = conn.exec(statement);
        if (ran && g.kind == K::CreateRole)
            out.fromGlobals << g.role;
        if (!ran) {
            out.notes << Tr::tr("%1: a statement for the role %2 failed: %3")
                             .arg(fileName, conn.quoteIdentifier(g.role), ran.error().message);
        }
    }
    if (tablespaceStatements > 0) {
        out.notes << Tr::tr("%1: %n tablespace statement(s) skipped; their directories do not exist here", nullptr,
                            tablespaceStatements)
                         .arg(fileName);
    }
    return ok();
}
} // namespace

Result<SandboxRoles> createReferencedRoles(JobContext &ctx, const ConnectionSpec &admin, const RestoreSource &source,
                                           const TableOfContents &toc, int toolMajor, const QString &toolsDir)
{
    ctx.progress(-1, Tr::tr("Creating the roles the backup names"));
    auto conn = pg::Connection::open(admin);
    if (!conn)
        return conn.error();
    SandboxRoles result;
    if (!source.globalsPath.isEmpty()) {
        if (Status applied = applyGlobals(ctx, **conn, source.globalsPath, result); !applied)
            return applied.error();
        if (!result.fromGlobals.isEmpty()) {
            ctx.log(Tr::tr("Created %n role(s) from %1: %2", nullptr, int(result.fromGlobals.size()))
                        .arg(QFileInfo(source.globalsPath).fileName(), quotedList(**conn, result.fromGlobals)));
        }
    }

    Result<DumpRoles> named = source.isArchive() ? scanArchive(ctx, source, toc, toolMajor, toolsDir)
                                                 : scanPlainDumpRoles(ctx, source.dumpPath);
    if (!named)
        return ctx.isCanceled() ? JobContext::canceledError() : named.error();
    QStringList wanted;
    for (const QString &role : std::as_const(named->referenced)) {
        if (!named->createdByScript.contains(role))
            wanted << role;
    }
    Result<QSet<QString>> missing = missingRoles(**conn, wanted);
    if (!missing)
        return missing.error();
    for (const QString &role : std::as_const(wanted)) {
        if (!missing->contains(role))
            continue;
        // DDL takes no parameters: the name is quoted by libpq.
        auto created = (*conn)->exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg((*conn)->quoteIdentifier(role)));
        if (created)
            result.placeholders << role;
        else
            result.notes << Tr::tr("The role %1 could not be created: %2").arg((*conn)->quoteIdentifier(role), created.error().message);
    }
    if (!result.placeholders.isEmpty()) {
        ctx.log(Tr::tr("Created %n role(s) that the dump names as NOLOGIN placeholders: %1", nullptr,
                       int(result.placeholders.size()))
                    .arg(quotedList(**conn, result.placeholders)));
    }
    for (const QString &note : std::as_const(result.notes))
        ctx.log(note);
    return result;
}

} // namespace pgs
