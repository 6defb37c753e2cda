// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The restore guard: everything that can refuse a restore, checked before anything is touched.
#include "restore/restorejob.h"

#include "pg/connection.h"
#include "restore/archivecheck.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RestorePlan)
};

Error conflict(const QString &message)
{
    return Error::of(message, {}, QStringLiteral("options-conflict"));
}

// Option combinations that pg_restore/psql would reject or that make no sense for the source.
Status checkOptions(const RestoreRequest &r, RestorePlan &plan)
{
    const RestoreOptions &o = r.options;
    using T = RestoreOptions::Target;
    if (o.jobs < 1)
        return conflict(Tr::tr("The number of parallel jobs must be at least 1"));
    if (o.dataOnly && o.schemaOnly)
        return conflict(Tr::tr("Data only and schema only exclude each other"));
    if (o.singleTransaction && o.jobs > 1)
        return conflict(Tr::tr("A single transaction cannot be used with parallel jobs (%1)").arg(o.jobs));
    if (o.target == T::ExistingDatabase && o.targetDatabase.isEmpty())
        return conflict(Tr::tr("Name the existing database to restore into"));
    if (o.target == T::Sandbox && o.clean)
        plan.warnings << Tr::tr("--clean has no effect on a new sandbox cluster");
    if (o.target == T::NewDatabase && o.clean)
        plan.warnings << Tr::tr("--clean has no effect on a new database");
    if (o.disableTriggers && !o.dataOnly)
        plan.warnings << Tr::tr("Disabling triggers only matters for a data-only restore");

    if (r.source.kind == RestoreSource::Kind::Plain) {
        if (o.jobs > 1)
            return conflict(Tr::tr("A plain SQL dump is restored by psql, which has no parallel jobs"));
        if (!o.selectedEntries.isEmpty() || !o.schemas.isEmpty() || !o.tables.isEmpty())
            return conflict(Tr::tr("A plain SQL dump has no table of contents: it can only be restored as a whole"));
        if (o.dataOnly || o.schemaOnly || (o.clean && o.target == T::ExistingDatabase) || o.disableTriggers)
            return conflict(Tr::tr("Data only, schema only, clean and disable triggers need an archive "
                                   "(custom, directory or tar), not a plain SQL dump"));
        if (o.noOwner || o.noPrivileges || !o.role.isEmpty())
            plan.warnings << Tr::tr("Owner, privilege and role options do not apply to a plain SQL dump; the "
                                    "dump's own statements run as they are");
    }
    if (r.source.kind == RestoreSource::Kind::Tar && o.jobs > 1)
        return conflict(Tr::tr("pg_restore cannot restore a tar archive with parallel jobs; use 1 job"));
    return ok();
}

Status findObjectsToDrop(pg::Connection &conn, RestorePlan &plan)
{
    static const QStringList kinds = {QStringLiteral("TABLE"), QStringLiteral("VIEW"), QStringLiteral("MATERIALIZED VIEW"),
                                      QStringLiteral("SEQUENCE"), QStringLiteral("FOREIGN TABLE"), QStringLiteral("FUNCTION"),
                                      QStringLiteral("PROCEDURE"), QStringLiteral("AGGREGATE"), QStringLiteral("TYPE"),
                                      QStringLiteral("DOMAIN"), QStringLiteral("SCHEMA")};
    QStringList types, schemas, names;
    for (const TocEntry &e : plan.toc.entries) {
        if (!kinds.contains(e.type) || (!plan.entries.isEmpty() && !plan.entries.contains(e.id)))
            continue;
        types << e.type;
        schemas << e.schema;
        names << e.name.section(QLatin1Char('('), 0, 0);
    }
    if (types.isEmpty())
        return ok();
    auto found = conn.exec(sql::query(QStringLiteral("restore/existing_objects"), conn.serverVersionNum()),
                           {types, schemas, names});
    if (!found)
        return found.error();
    for (int row = 0; row < found->rows(); ++row) {
        const QString schema = found->text(row, 1);
        const QString name = found->text(row, 2);
        plan.objectsToDrop << found->text(row, 0) + QLatin1Char(' ') + (schema.isEmpty() ? name : schema + QLatin1Char('.') + name);
    }
    return ok();
}
QString describeObjects(const QString &kind, int n)
{
    if (kind == QLatin1String("table"))
        return Tr::tr("%n table(s)", nullptr, n);
    if (kind == QLatin1String("view"))
        return Tr::tr("%n view(s)", nullptr, n);
    if (kind == QLatin1String("sequence"))
        return Tr::tr("%n sequence(s)", nullptr, n);
    if (kind == QLatin1String("function"))
        return Tr::tr("%n function(s)", nullptr, n);
    if (kind == QLatin1String("type"))
        return Tr::tr("%n type(s)", nullptr, n);
    if (kind == QLatin1String("large object"))
        return Tr::tr("%n large object(s)", nullptr, n);
    if (kind == QLatin1String("schema"))
        return Tr::tr("%n schema(s)", nullptr, n);
    if (kind == QLatin1String("extension"))
        return Tr::tr("%n extension(s)", nullptr, n);
    return Tr::tr("%n other object(s)", nullptr, n);
}

// Any user object makes the target non-empty, whatever its kind.
Status countUserObjects(pg::Connection &conn, RestorePlan &plan)
{
    auto objects = conn.exec(sql::query(QStringLiteral("restore/user_objects"), conn.serverVersionNum()));
    if (!objects)
        return objects.error();
    for (int row = 0; row < objects->rows(); ++row) {
        const QString kind = objects->text(row, 0);
        const int n = int(objects->toInt64(row, 1));
        if (kind == QLatin1String("table"))
            plan.targetTableCount = n;
        plan.targetObjectCount += n;
        plan.targetObjects << describeObjects(kind, n);
    }
    return ok();
}
} // namespace

QString suggestedRestoreName(const QString &database, const QDate &date)
{
    const QString base = database.isEmpty() ? QStringLiteral("restore") : database;
    // Database names are at most 63 bytes; keep the date suffix whole.
    const QString suffix = QStringLiteral("_restore_") + date.toString(QStringLiteral("yyyyMMdd"));
    return base.left(63 - suffix.size()) + suffix;
}

Result<RestorePlan> planRestore(JobContext &ctx, const RestoreRequest &request)
{
    const RestoreOptions &o = request.options;
    using T = RestoreOptions::Target;
    RestorePlan plan;
    if (Status valid = checkOptions(request, plan); !valid)
        return valid.error();

    if (request.readOnlyProfile && o.target != T::Sandbox)
        return Error::of(Tr::tr("The profile is read-only: restoring into its server is refused. Restore into a sandbox, or clear "
                                "\"Read-only\" in the profile's settings."),
                         {}, QStringLiteral("read-only-profile"));
    if (request.productionProfile && o.target == T::ExistingDatabase && !o.liftProductionGuard) {
        return Error::of(Tr::tr("Refusing to restore into the database \"%1\" of a production server; lift the "
                                "production guard for this run to proceed, or restore into a new database")
                             .arg(o.targetDatabase),
                         {}, QStringLiteral("production-guard"));
    }

    plan.targetDatabase = o.targetDatabase;
    if (plan.targetDatabase.isEmpty()) {
        const QString origin = request.source.manifest ? request.source.manifest->database
                                                       : QFileInfo(request.source.originalPath).baseName();
        plan.targetDatabase = suggestedRestoreName(origin, QDate::currentDate());
    }

    if (request.source.isArchive()) {
        Result<TableOfContents> toc = readTableOfContents(ctx, request.source, request.toolsDir);
        if (!toc)
            return toc.error();
        plan.toc = *toc;
        plan.encoding = toc->encoding;
        // pg_restore would stop half way through a cut-short archive, leaving a partial target.
        if (Status whole = checkArchiveComplete(request.source.dumpPath); !whole)
            return whole.error();
        if (!o.selectedEntries.isEmpty() || !o.schemas.isEmpty() || !o.tables.isEmpty()) {
            for (const QString &table : o.tables) {
                if (findTableKey(plan.toc, table).isEmpty()) {
                    const QString qualified = table.contains(QLatin1Char('.')) ? table : QStringLiteral("public.") + table;
                    return Error::of(Tr::tr("The archive holds no table %1").arg(qualified), {}, QStringLiteral("no-such-table"));
                }
            }
            QSet<int> selection = o.selectedEntries;
            selection.unite(entriesForSelection(plan.toc, o.schemas, o.tables));
            if (selection.isEmpty())
                return Error::of(Tr::tr("Nothing in the archive matches the selection"), {}, QStringLiteral("empty-selection"));
            plan.entries = withoutDanglingForeignKeys(plan.toc, selection, &plan.warnings);
        }
    }
    if (ctx.isCanceled())
        return JobContext::canceledError();
    if (o.target == T::Sandbox)
        return plan;

    auto conn = pg::Connection::open(request.spec);
    if (!conn)
        return conn.error();
    auto info = (*conn)->exec(sql::query(QStringLiteral("restore/database_info"), (*conn)->serverVersionNum()),
                              {plan.targetDatabase});
    if (!info)
        return info.error();
    plan.targetExists = info->rows() > 0;

    if (o.target == T::NewDatabase) {
        if (plan.targetExists) {
            return Error::of(Tr::tr("The database \"%1\" exists already; choose a new name or restore into the existing "
                                    "database").arg(plan.targetDatabase),
                             {}, QStringLiteral("target-exists"));
        }
        return plan;
    }

    if (!plan.targetExists) {
        return Error::of(Tr::tr("The database \"%1\" does not exist; restore into a new database to have it created")
                             .arg(plan.targetDatabase),
                         {}, QStringLiteral("target-missing"));
    }
    auto target = pg::Connection::open(request.spec.withDatabase(plan.targetDatabase));
    if (!target)
        return target.error();
    if (Status counted = countUserObjects(**target, plan); !counted)
        return counted.error();
    if (o.clean && request.source.isArchive()) {
        if (Status found = findObjectsToDrop(**target, plan); !found)
            return found.error();
    }
    if (plan.targetObjectCount > 0 && o.confirmName != plan.targetDatabase) {
        return Error::of(Tr::tr("The database \"%1\" is not empty (%2); type its name \"%1\" to confirm "
                                "restoring into it").arg(plan.targetDatabase, plan.targetObjects.join(QStringLiteral(", "))),
                         o.confirmName.isEmpty() ? QString() : Tr::tr("\"%1\" does not match.").arg(o.confirmName),
                         QStringLiteral("confirm-required"));
    }
    return plan;
}

} // namespace pgs
