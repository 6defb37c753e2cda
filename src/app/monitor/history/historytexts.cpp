// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/historytexts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace pgs::historyTexts {

namespace {

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::HistoryTexts)
};

QString when(const QDateTime &t) { return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat); }

// Without %n: plain counts keep pgsteward_en.ts free of plural forms for these (one and many
// are all English and German need).
QString spanText(qint64 secs)
{
    if (secs < 7200) {
        const qint64 minutes = std::max<qint64>(1, secs / 60);
        return minutes == 1 ? Tr::tr("1 minute") : Tr::tr("%1 minutes").arg(minutes);
    }
    if (secs < 172800)
        return Tr::tr("%1 hours").arg(secs / 3600);
    return Tr::tr("%1 days").arg(secs / 86400);
}

} // namespace

QString noHistoryYet()
{
    return Tr::tr("No history yet for this server: the dashboard records a sample every minute while it is open, "
                  "or schedule `pgsteward-cli sample`.");
}

QString noSamplesInRange(const QDateTime &lastSampleAt)
{
    return Tr::tr("No samples in this range; the last one is from %1").arg(when(lastSampleAt));
}

QString historyExtent(int samples, const QDateTime &first, const QDateTime &last)
{
    const QDateTime local = first.toLocalTime();
    const QString since = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                               : when(first);
    if (samples == 1)
        return Tr::tr("History: 1 sample, at %1.").arg(since);
    const QString span = spanText(std::max<qint64>(0, first.secsTo(last)));
    if (samples <= 0)
        return Tr::tr("History over %1, since %2.").arg(span, since);
    return Tr::tr("History: %1 samples over %2, since %3.").arg(QLocale().toString(samples), span, since);
}

QString rangeSummary(SeriesResolution resolution, const QDateTime &lastSampleAt)
{
    return resolution == SeriesResolution::Hourly
               ? Tr::tr("One point per hour (hourly roll-ups). Last sample: %1.").arg(when(lastSampleAt))
               : Tr::tr("Every sample. Last sample: %1.").arg(when(lastSampleAt));
}

} // namespace pgs::historyTexts
