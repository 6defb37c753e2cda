// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/planner.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::Planner)
};

MigrationStatus statusOf(const MigrationFile &file, State state)
{
    MigrationStatus s;
    s.version = file.version;
    s.name = file.name;
    s.state = state;
    s.file = file;
    return s;
}

MigrationStatus missing(const HistoryRow &row)
{
    MigrationStatus s;
    s.version = row.version;
    s.name = row.name;
    s.state = State::MissingFile;
    s.applied = row;
    s.note = Tr::tr("Recorded as applied but no file for it in the folder");
    return s;
}

QString label(const MigrationStatus &s)
{
    return s.version.isEmpty() ? s.name : s.name.isEmpty() ? s.version : s.version + QStringLiteral(" ") + s.name;
}

// golang-migrate: one current version; Alembic: the head(s) and their ancestors.
QList<MigrationStatus> planCurrentVersion(const MigrationFolder &folder, const QList<HistoryRow> &history)
{
    QList<MigrationStatus> out;
    QSet<QString> applied;
    if (folder.format == Format::Alembic) {
        QHash<QString, QStringList> parents;
        for (const MigrationFile &f : folder.files)
            parents.insert(f.version, f.parents);
        QStringList todo;
        for (const HistoryRow &row : history)
            todo << row.version;
        while (!todo.isEmpty()) {
            const QString rev = todo.takeLast();
            if (!applied.contains(rev)) {
                applied.insert(rev);
                todo << parents.value(rev);
            }
        }
    }
    const HistoryRow *current = history.isEmpty() ? nullptr : &history.first();
    bool currentFound = false;
    for (const MigrationFile &f : folder.files) {
        if (folder.format == Format::Alembic) {
            out << statusOf(f, applied.contains(f.version) ? State::Applied : State::Pending);
            if (out.last().state == State::Pending)
                out.last().note = Tr::tr("Apply it with Alembic (alembic upgrade); pgsteward shows Alembic's state only");
            continue;
        }
        const int c = current ? compareVersions(f.version, current->version) : 1;
        MigrationStatus s = statusOf(f, c <= 0 ? State::Applied : State::Pending);
        if (c == 0) {
            currentFound = true;
            s.applied = *current;
            if (!current->success) {
                s.state = State::Failed;
                s.note = Tr::tr("golang-migrate left version %1 dirty: check what of it ran, fix the database by "
                                "hand, then set the version clean (migrate force %1, or force the previous version "
                                "to run it again)")
                             .arg(f.version);
            }
        }
        out << s;
    }
    for (const HistoryRow &row : history) {
        const bool known = folder.format == Format::Alembic
                               ? std::any_of(folder.files.cbegin(), folder.files.cend(),
                                             [&](const MigrationFile &f) { return f.version == row.version; })
                               : currentFound;
        if (!known) {
            MigrationStatus s = missing(row);
            if (!row.success)
                s.state = State::Failed;
            out << s;
        }
    }
    if (folder.format != Format::Alembic)
        std::stable_sort(out.begin(), out.end(),
                         [](const MigrationStatus &a, const MigrationStatus &b) { return compareVersions(a.version, b.version) < 0; });
    return out;
}
} // namespace

QList<MigrationStatus> planStatus(const MigrationFolder &folder, const QList<HistoryRow> &history,
                                  bool currentVersionOnly)
{
    if (currentVersionOnly)
        return planCurrentVersion(folder, history);
    QHash<QString, HistoryRow> byVersion; // by canonicalVersion()
    QHash<QString, HistoryRow> repeatables;
    QString highest;
    for (const HistoryRow &row : history) {
        if (row.version.isEmpty()) {
            repeatables.insert(row.name, row);
            continue;
        }
        byVersion.insert(canonicalVersion(row.version), row);
        if (row.success && (highest.isEmpty() || compareVersions(row.version, highest) > 0))
            highest = row.version;
    }
    QList<MigrationStatus> versioned, repeatable;
    for (const MigrationFile &f : folder.files) {
        if (f.repeatable) {
            const auto it = repeatables.constFind(f.name);
            MigrationStatus s = statusOf(f, State::Pending);
            if (it != repeatables.cend()) {
                s.applied = *it;
                if (!it->success)
                    s.state = State::Failed;
                else if (it->checksum == f.checksum)
                    s.state = State::Applied;
                else
                    s.note = Tr::tr("Changed since it last ran: re-applied by the next run");
                repeatables.erase(repeatables.find(f.name));
            }
            repeatable << s;
            continue;
        }
        const auto it = byVersion.find(canonicalVersion(f.version));
        if (it == byVersion.end()) {
            MigrationStatus s = statusOf(f, State::Pending);
            if (!highest.isEmpty() && compareVersions(f.version, highest) < 0) {
                s.state = State::OutOfOrder;
                s.note = Tr::tr("Lower than the highest applied version %1: applying it needs the explicit "
                                "out-of-order option")
                             .arg(highest);
            }
            versioned << s;
            continue;
        }
        MigrationStatus s = statusOf(f, State::Applied);
        s.applied = *it;
        if (!it->success) {
            s.state = State::Failed;
            s.note = Tr::tr("Recorded as failed: check what of it ran and fix the database by hand, then remove "
                            "or correct its history row");
        } else if (!it->checksum.isEmpty() && !f.checksum.isEmpty() && it->checksum != f.checksum) {
            s.state = State::Changed;
            s.note = Tr::tr("The file differs from what was applied (checksum %1 applied, %2 now)")
                         .arg(it->checksum.left(16), f.checksum.left(16));
        }
        versioned << s;
        byVersion.erase(it);
    }
    // The files come sorted; only rows without a file need placing among them.
    for (const HistoryRow &row : std::as_const(byVersion))
        versioned << missing(row);
    for (const HistoryRow &row : std::as_const(repeatables))
        repeatable << missing(row);
    if (!byVersion.isEmpty())
        std::stable_sort(versioned.begin(), versioned.end(),
                         [](const MigrationStatus &a, const MigrationStatus &b) { return compareVersions(a.version, b.version) < 0; });
    return versioned + repeatable;
}

Result<QList<MigrationStatus>> selectUp(const QList<MigrationStatus> &status, const UpOptions &options)
{
    QStringList failed, outOfOrder;
    QList<MigrationStatus> run;
    for (const MigrationStatus &s : status) {
        if (s.state == State::Failed)
            failed << label(s);
        const bool pending = s.state == State::Pending || s.state == State::OutOfOrder;
        if (!pending || !s.file)
            continue;
        if (!options.target.isEmpty() && (s.version.isEmpty() || compareVersions(s.version, options.target) > 0))
            continue;
        if (s.state == State::OutOfOrder && !options.allowOutOfOrder)
            outOfOrder << label(s);
        run << s;
    }
    if (!failed.isEmpty())
        return Error::of(Tr::tr("Not applying: %1 failed earlier and must be fixed first").arg(failed.join(QStringLiteral(", "))),
                         {}, QStringLiteral("failed-migration"));
    if (!outOfOrder.isEmpty())
        return Error::of(Tr::tr("Not applying: %1 is lower than the highest applied version (out of order); allow "
                                "it explicitly with --allow-out-of-order")
                             .arg(outOfOrder.join(QStringLiteral(", "))),
                         {}, QStringLiteral("out-of-order"));
    return run;
}

Result<QList<Rollback>> selectDown(const QList<MigrationStatus> &status, const DownOptions &options)
{
    QList<const MigrationStatus *> applied;
    for (const MigrationStatus &s : status) {
        if (!s.version.isEmpty() && (s.state == State::Applied || s.state == State::Changed))
            applied << &s;
    }
    QList<Rollback> out;
    for (qsizetype i = applied.size() - 1; i >= 0; --i) {
        const MigrationStatus &s = *applied[i];
        if (options.target.isEmpty() ? out.size() >= options.steps : compareVersions(s.version, options.target) <= 0)
            break;
        if (!s.file || !s.file->hasDown)
            return Error::of(Tr::tr("Cannot roll back %1: there is no down (undo) script for it").arg(label(s)), {},
                             QStringLiteral("no-down-script"));
        out << Rollback{s, i > 0 ? applied[i - 1]->version : QString()};
    }
    return out;
}

QStringList validationProblems(const QList<MigrationStatus> &status)
{
    QStringList out;
    for (const MigrationStatus &s : status) {
        if (s.state == State::Applied || s.state == State::Pending)
            continue;
        out << QStringLiteral("%1: %2%3").arg(label(s), stateName(s.state),
                                             s.note.isEmpty() ? QString() : QStringLiteral(" (") + s.note + QLatin1Char(')'));
    }
    return out;
}

} // namespace pgs::migrations
