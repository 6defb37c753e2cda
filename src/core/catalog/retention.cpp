// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/retention.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::Retention)
};

using Group = QList<int>; // indexes into the decisions, newest first

QString groupKey(const BackupManifest &m)
{
    const QString owner = !m.profileName.isEmpty() ? m.profileName : m.profileId;
    return owner + QChar(0x1f) + m.database;
}

QString isoWeekLabel(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

// The first day of the ISO week holding date (a Monday).
QDate weekStart(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

int monthsBetween(const QDate &earlier, const QDate &later)
{
    return (later.year() - earlier.year()) * 12 + later.month() - earlier.month();
}

// Grandfather-father-son over one group's good backups (newest first), in local time.
void applyPolicy(QList<RetentionDecision> &decisions, const Group &good, const RetentionPolicy &policy,
                 const QDate &today)
{
    auto keep = [&](int index, const QString &reason) {
        decisions[index].keep = true;
        decisions[index].reasons.append(reason);
    };
    QSet<QDate> days;
    QSet<QDate> weeks;
    QSet<int> months;
    for (int rank = 0; rank < good.size(); ++rank) {
        const int index = good[rank];
        const QDate day = decisions[index].entry.manifest.startedAt.toLocalTime().date();
        if (rank < policy.keepLast)
            keep(index, Tr::tr("last %1").arg(policy.keepLast));
        if (day > today) {
            keep(index, Tr::tr("dated in the future"));
            continue;
        }
        // Each bucket keeps its newest backup: the first one met, since good is newest first.
        if (day.daysTo(today) < policy.keepDaily && !days.contains(day)) {
            days.insert(day);
            keep(index, Tr::tr("daily %1").arg(day.toString(Qt::ISODate)));
        }
        const QDate week = weekStart(day);
        if (week.daysTo(weekStart(today)) / 7 < policy.keepWeekly && !weeks.contains(week)) {
            weeks.insert(week);
            keep(index, Tr::tr("weekly %1").arg(isoWeekLabel(day)));
        }
        const int month = day.year() * 12 + day.month();
        if (monthsBetween(day, today) < policy.keepMonthly && !months.contains(month)) {
            months.insert(month);
            keep(index, Tr::tr("monthly %1").arg(day.toString(QStringLiteral("yyyy-MM"))));
        }
    }
}

void protectNewestVerified(QList<RetentionDecision> &decisions, const Group &good)
{
    for (int index : good) { // newest first
        const BackupManifest &m = decisions[index].entry.manifest;
        if (m.highestPassedLevel() >= BackupManifest::VerifyLevel::Checksums) {
            decisions[index].keep = true;
            decisions[index].reasons.append(Tr::tr("newest verified"));
            return;
        }
    }
}
} // namespace

QList<RetentionDecision> planRetention(const QList<CatalogEntry> &entries, const RetentionPolicy &policy,
                                       const QDateTime &now)
{
    QList<RetentionDecision> decisions;
    decisions.reserve(entries.size());
    QHash<QString, Group> groups;
    QStringList groupOrder;

    for (const CatalogEntry &entry : entries) {
        RetentionDecision decision;
        decision.entry = entry;
        const BackupManifest &m = entry.manifest;
        const int index = int(decisions.size());
        if (entry.inProgress) {
            decision.keep = true;
            decision.reasons << Tr::tr("being written");
        } else if (m.status == BackupManifest::State::Failed) {
            decision.reasons << Tr::tr("failed backup");
        } else if (m.status == BackupManifest::State::Canceled) {
            decision.reasons << Tr::tr("canceled backup");
        } else if (!m.isGood()) {
            decision.reasons << Tr::tr("incomplete backup");
        } else {
            const QString key = groupKey(m);
            if (!groups.contains(key))
                groupOrder << key;
            groups[key].append(index);
        }
        decisions.append(decision);
    }

    const QDate today = now.toLocalTime().date();
    for (const QString &key : std::as_const(groupOrder)) {
        Group &good = groups[key];
        std::stable_sort(good.begin(), good.end(), [&](int a, int b) {
            return decisions[a].entry.manifest.startedAt > decisions[b].entry.manifest.startedAt;
        });
        if (policy.isEmpty()) {
            for (int index : good) {
                decisions[index].keep = true;
                decisions[index].reasons << Tr::tr("no retention policy");
            }
            continue;
        }
        applyPolicy(decisions, good, policy, today);
        protectNewestVerified(decisions, good);
        // However long the gap since the last backup, a prune never leaves a database with none.
        if (!good.isEmpty() && !decisions[good.first()].keep) {
            decisions[good.first()].keep = true;
            decisions[good.first()].reasons << Tr::tr("newest backup");
        }
        for (int index : good) {
            if (!decisions[index].keep)
                decisions[index].reasons << Tr::tr("outside the retention policy");
        }
    }
    return decisions;
}

Result<QList<RetentionDecision>> prune(JobContext &ctx, const BackupCatalog &catalog, const RetentionPolicy &policy,
                                       bool dryRun)
{
    const QList<RetentionDecision> decisions = planRetention(catalog.list(), policy);
    QStringList failures;
    int done = 0;
    for (const RetentionDecision &d : decisions) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const QString reasons = d.reasons.join(QStringLiteral(", "));
        ctx.progress(decisions.isEmpty() ? 1.0 : double(done++) / decisions.size(), d.entry.folder);
        if (d.keep) {
            ctx.log(Tr::tr("keep %1 (%2)").arg(d.entry.folder, reasons));
            continue;
        }
        if (dryRun) {
            ctx.log(Tr::tr("would delete %1 (%2)").arg(d.entry.folder, reasons));
            continue;
        }
        Status removed = catalog.remove(d.entry);
        if (removed) {
            ctx.log(Tr::tr("deleted %1 (%2)").arg(d.entry.folder, reasons));
        } else {
            ctx.log(Tr::tr("could not delete %1: %2").arg(d.entry.folder, removed.error().message));
            failures << removed.error().message;
        }
    }
    if (!failures.isEmpty()) {
        return Error::of(Tr::tr("%n backup(s) could not be deleted", nullptr, int(failures.size())),
                         failures.join(QLatin1Char('\n')), QStringLiteral("prune-failed"));
    }
    return decisions;
}

} // namespace pgs
