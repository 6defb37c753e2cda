// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/copybackrelations.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>

namespace pgs::copyback {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::CopyBack)
};

// The new name of a relation that travels with a table: "orders_pkey" -> "orders_at_1042_pkey".
QString dependentName(const QString &name, const CopyBackTable &t)
{
    const QString renamed = name.startsWith(t.name) ? QString(t.newName + name.mid(t.name.size())) : QString(name + QLatin1Char('_') + t.newName);
    return clipToIdentifierBytes(renamed); // a clash of clipped names is found by the name check
}

// Refuses a partition of the tree that could not travel with its partitioned table: one in
// another schema (the copy renames within one), or a foreign table (its rows live elsewhere).
Status checkPartition(const pg::QueryResult &r, int row, const CopyBackTable &t)
{
    const QString name = r.text(row, "name");
    if (r.text(row, "schema_name") != t.schema)
        return Error::of(Tr::tr("The partition %1.%2 of %3 is in another schema: a copy back renames within one schema.")
                             .arg(r.text(row, "schema_name"), name, t.qualifiedName()),
                         {}, QStringLiteral("not-a-table"));
    const QString relkind = r.text(row, "relkind");
    if (relkind != QLatin1String("r") && relkind != QLatin1String("p"))
        return Error::of(Tr::tr("The partition %1.%2 of %3 is not a table (a foreign table?): it cannot be copied back.")
                             .arg(t.schema, name, t.qualifiedName()),
                         {}, QStringLiteral("not-a-table"));
    return ok();
}

} // namespace

Result<QList<Relation>> relationsOf(pg::Connection &conn, const CopyBackTable &t)
{
    auto r = conn.exec(sql::query(QStringLiteral("physical/copyback_relations"), conn.serverVersionNum()), {t.schema, t.name});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::of(Tr::tr("The recovered cluster has no table %1 in the database %2.").arg(t.qualifiedName(), conn.database()), {},
                         QStringLiteral("no-such-table"));
    const QString relkind = r->text(0, "relkind");
    if (relkind != QLatin1String("r") && relkind != QLatin1String("p"))
        return Error::of(Tr::tr("%1 is not a table (only tables can be copied back).").arg(t.qualifiedName()), {},
                         QStringLiteral("not-a-table"));
    // Its dump would attach the copy to the live partitioned table.
    if (r->toBool(0, "is_partition"))
        return Error::of(Tr::tr("%1 is a partition: copy back its partitioned table, whose partitions come with it.").arg(t.qualifiedName()),
                         {}, QStringLiteral("not-a-table"));
    QList<Relation> out;
    for (int row = 0; row < r->rows(); ++row) {
        const QString kind = r->text(row, "kind"), name = r->text(row, "name");
        if (kind == QLatin1String("partition"))
            if (Status movable = checkPartition(*r, row, t); !movable)
                return movable.error();
        out.append({kind, name, kind == QLatin1String("table") ? t.newName : dependentName(name, t)});
    }
    return out;
}

QStringList newNames(const QList<Relation> &relations)
{
    QStringList names;
    for (const Relation &r : relations)
        names << r.newName;
    return names;
}

Status checkNamesFree(pg::Connection &conn, const QString &schema, const QStringList &names, bool target)
{
    auto r = conn.exec(sql::query(QStringLiteral("physical/copyback_names_taken"), conn.serverVersionNum()), {schema, names});
    if (!r)
        return r.error();
    if (target && !r->toBool(0, "schema_exists"))
        return Error::of(Tr::tr("The schema %1 does not exist in the database %2 of the target: create it first.").arg(schema, conn.database()),
                         {}, QStringLiteral("no-such-schema"));
    const QString taken = r->text(0, "taken");
    if (taken.isEmpty())
        return ok();
    return Error::of(target ? Tr::tr("%1 already exists in the schema %2 of the database %3 on the target: choose another name; nothing was changed.")
                                  .arg(taken, schema, conn.database())
                            : Tr::tr("%1 already exists in the schema %2 of the recovered cluster: choose another name.").arg(taken, schema),
                     {}, QStringLiteral("name-taken"));
}

Status renameInSandbox(pg::Connection &conn, const QList<CopyBackTable> &tables, const QList<QList<Relation>> &relations, bool forward)
{
    QString script = QStringLiteral("BEGIN;\n");
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString schema = conn.quoteIdentifier(tables[i].schema) + QLatin1Char('.');
        for (const Relation &r : relations[i]) {
            const QString from = forward ? r.name : r.newName, to = forward ? r.newName : r.name;
            const QString what = r.isTable() ? QStringLiteral("TABLE")
                                 : r.kind == QLatin1String("index") ? QStringLiteral("INDEX")
                                                                    : QStringLiteral("SEQUENCE");
            script += QStringLiteral("ALTER %1 %2 RENAME TO %3;\n").arg(what, schema + conn.quoteIdentifier(from), conn.quoteIdentifier(to));
        }
    }
    script += QStringLiteral("COMMIT;");
    Status done = conn.execScript(script);
    if (!done)
        (void)conn.exec(QStringLiteral("ROLLBACK"));
    return done;
}

} // namespace pgs::copyback
