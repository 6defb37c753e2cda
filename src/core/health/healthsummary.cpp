// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthsummary.h"

#include "health/healthhistory.h"

#include <QCoreApplication>
#include <QLocale>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Summary)
};

} // namespace

QString RunSummary::text(const QDateTime &now) const
{
    QStringList parts;
    // One and many spelled out: the English plural forms live in a .ts file this helper does
    // not own, and "1 warnings" reads badly.
    if (critical > 0)
        parts << Tr::tr("%1 critical").arg(critical);
    if (warnings > 0)
        parts << (warnings == 1 ? Tr::tr("1 warning") : Tr::tr("%1 warnings").arg(warnings));
    if (infos > 0)
        parts << (infos == 1 ? Tr::tr("1 note") : Tr::tr("%1 notes").arg(infos));
    if (parts.isEmpty())
        parts << Tr::tr("no findings");
    const QDateTime local = takenAt.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date()
                             ? local.toString(QStringLiteral("HH:mm"))
                             : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    parts << Tr::tr("checked %1").arg(when);
    return parts.join(QStringLiteral(", "));
}

RunSummary summarizeRun(const HealthRun &run)
{
    RunSummary s;
    s.takenAt = run.takenAt;
    for (const HealthFinding &h : run.findings) {
        switch (h.finding.severity) {
        case Severity::Critical: ++s.critical; break;
        case Severity::Warning: ++s.warnings; break;
        case Severity::Info: ++s.infos; break;
        }
    }
    s.worst = worstSeverity(run.plainFindings());
    return s;
}

std::optional<RunSummary> lastRunSummary(const QString &key)
{
    auto runs = loadRuns(key);
    if (!runs || runs->isEmpty())
        return std::nullopt;
    return summarizeRun(runs->last());
}

} // namespace pgs::health
