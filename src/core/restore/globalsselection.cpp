// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/globalsselection.h"

#include "pg/connection.h"
#include "restore/dumproles.h"
#include "restore/sqlstatementscanner.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::GlobalsSelection)
};

QString membershipKey(const QString &member, const QString &granted)
{
    return member + QLatin1Char('\n') + granted;
}

// What CREATE ROLE gives anyway: not worth a column of noise on every role.
bool isDefaultAttribute(const QString &attribute)
{
    static const QStringList defaults = {QStringLiteral("NOSUPERUSER"), QStringLiteral("NOCREATEDB"),
                                         QStringLiteral("NOCREATEROLE"), QStringLiteral("INHERIT"),
                                         QStringLiteral("NOLOGIN"), QStringLiteral("NOREPLICATION"),
                                         QStringLiteral("NOBYPASSRLS"), QStringLiteral("CONNECTION LIMIT -1")};
    return defaults.contains(attribute);
}

int kindOrder(GlobalsItem::Kind kind)
{
    switch (kind) {
    case GlobalsItem::Kind::Role:
        return 0;
    case GlobalsItem::Kind::Membership:
        return 1;
    case GlobalsItem::Kind::Tablespace:
        return 2;
    }
    return 3;
}
} // namespace

QString GlobalsItem::label() const
{
    switch (kind) {
    case Kind::Role:
        return Tr::tr("role %1").arg(name);
    case Kind::Membership:
        return Tr::tr("membership of %1 in %2").arg(name, granted.join(QStringLiteral(", ")));
    case Kind::Tablespace:
        return Tr::tr("tablespace %1").arg(name);
    }
    return name;
}

Result<QList<GlobalsItem>> readGlobalsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1").arg(path), file.errorString(), QStringLiteral("source-unreadable"));
    QList<GlobalsItem> items;
    auto find = [&items](GlobalsItem::Kind kind, const QString &name) -> GlobalsItem * {
        for (GlobalsItem &item : items) {
            if (item.kind == kind && item.name == name)
                return &item;
        }
        return nullptr;
    };
    SqlStatementScanner scanner([&](const QString &statement) {
        const GlobalsStatement g = classifyGlobalsStatement(statement);
        using K = GlobalsStatement::Kind;
        if (g.kind == K::CreateRole || g.kind == K::AlterRole) {
            if (g.role.isEmpty())
                return;
            GlobalsItem *role = find(GlobalsItem::Kind::Role, g.role);
            if (!role) {
                items.append({GlobalsItem::Kind::Role, g.role, {}, {}, {}});
                role = &items.last();
            }
            for (const QString &attribute : g.attributes) {
                if (!isDefaultAttribute(attribute) && !role->attributes.contains(attribute))
                    role->attributes << attribute;
            }
            role->statements << statement;
        } else if (g.kind == K::Membership) {
            if (g.role.isEmpty() || g.granted.isEmpty())
                return;
            items.append({GlobalsItem::Kind::Membership, g.role, g.granted, {}, {statement}});
        } else if (g.kind == K::Tablespace) {
            if (g.tablespace.isEmpty())
                return;
            GlobalsItem *tablespace = find(GlobalsItem::Kind::Tablespace, g.tablespace);
            if (!tablespace) {
                items.append({GlobalsItem::Kind::Tablespace, g.tablespace, {}, {}, {}});
                tablespace = &items.last();
            }
            tablespace->statements << statement;
        }
    });
    for (;;) {
        const QByteArray block = file.read(1 << 16);
        if (block.isEmpty())
            break;
        scanner.feed(block);
    }
    scanner.finish();
    if (file.error() != QFileDevice::NoError)
        return Error::of(Tr::tr("Cannot read %1").arg(path), file.errorString(), QStringLiteral("source-unreadable"));
    return items;
}

Status markExistingGlobals(pg::Connection &conn, QList<GlobalsItem> &items)
{
    QStringList roles, tablespaces;
    for (const GlobalsItem &item : std::as_const(items)) {
        if (item.kind == GlobalsItem::Kind::Tablespace)
            tablespaces << item.name;
        else
            roles << item.name;
    }
    auto found = conn.exec(sql::query(QStringLiteral("restore/existing_globals"), conn.serverVersionNum()),
                           {roles, tablespaces});
    if (!found)
        return found.error();
    QSet<QString> existingRoles, existingTablespaces, existingMemberships;
    for (int row = 0; row < found->rows(); ++row) {
        const QString kind = found->text(row, 0), name = found->text(row, 1);
        if (kind == QLatin1String("role"))
            existingRoles.insert(name);
        else if (kind == QLatin1String("tablespace"))
            existingTablespaces.insert(name);
        else
            existingMemberships.insert(membershipKey(name, found->text(row, 2)));
    }
    for (GlobalsItem &item : items) {
        switch (item.kind) {
        case GlobalsItem::Kind::Role:
            item.exists = existingRoles.contains(item.name);
            break;
        case GlobalsItem::Kind::Tablespace:
            item.exists = existingTablespaces.contains(item.name);
            break;
        case GlobalsItem::Kind::Membership:
            item.exists = std::all_of(item.granted.cbegin(), item.granted.cend(), [&](const QString &granted) {
                return existingMemberships.contains(membershipKey(item.name, granted));
            });
            break;
        }
        if (item.exists)
            item.selected = false;
    }
    return ok();
}

void selectDefaultGlobals(QList<GlobalsItem> &items)
{
    QSet<QString> created;
    for (GlobalsItem &item : items) {
        item.selected = item.kind == GlobalsItem::Kind::Role && !item.exists;
        if (item.selected)
            created.insert(item.name);
    }
    for (GlobalsItem &item : items) {
        if (item.kind != GlobalsItem::Kind::Membership || item.exists)
            continue;
        item.selected = created.contains(item.name)
                        || std::any_of(item.granted.cbegin(), item.granted.cend(),
                                       [&created](const QString &granted) { return created.contains(granted); });
    }
}

Result<QList<GlobalsItem>> loadGlobalsForTarget(JobContext &ctx, const ConnectionSpec &spec, const QString &path)
{
    ctx.progress(-1, Tr::tr("Reading the globals of the backup"));
    Result<QList<GlobalsItem>> items = readGlobalsFile(path);
    if (!items)
        return items.error();
    if (ctx.isCanceled())
        return JobContext::canceledError();
    auto conn = pg::Connection::open(spec);
    if (!conn)
        return conn.error();
    if (Status marked = markExistingGlobals(**conn, *items); !marked)
        return marked.error();
    selectDefaultGlobals(*items);
    return items;
}

QList<GlobalsStep> selectedGlobalsSteps(const QList<GlobalsItem> &items)
{
    QList<GlobalsStep> steps;
    for (int order = 0; order < 3; ++order) {
        for (const GlobalsItem &item : items) {
            if (kindOrder(item.kind) != order || !item.selected || item.exists)
                continue;
            for (const QString &statement : item.statements)
                steps.append({item.label(), statement});
        }
    }
    return steps;
}

Result<GlobalsRun> runGlobalsSteps(JobContext &ctx, pg::Connection &conn, const QList<GlobalsStep> &steps)
{
    GlobalsRun run;
    QSet<QString> failed;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const GlobalsStep &step = steps.at(i);
        ctx.progress(-1, Tr::tr("Creating %1").arg(step.label));
        // The statement may carry a password: it goes to the server only; what is reported is the
        // label and the server's primary message, never the statement.
        auto ran = conn.exec(step.statement);
        if (!ran) {
            if (ran.error().code == QLatin1String("connection") || ran.error().code == QLatin1String("connection-lost"))
                return ran.error();
            run.failures.append({step.label, ran.error().message});
            failed.insert(step.label);
            ctx.log(Tr::tr("Could not create %1: %2").arg(step.label, ran.error().message));
        }
    }
    for (const GlobalsStep &step : steps) {
        if (!failed.contains(step.label) && !run.done.contains(step.label))
            run.done << step.label;
    }
    if (!run.done.isEmpty())
        ctx.log(Tr::tr("Created from the globals: %1").arg(run.done.join(QStringLiteral(", "))));
    return run;
}

} // namespace pgs
