// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/historytexts.h"

#include <QCoreApplication>
#include <QLocale>

namespace pgs::historyTexts {

namespace {

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::HistoryTexts)
};

QString when(const QDateTime &t) { return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat); }

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

QString rangeSummary(SeriesResolution resolution, const QDateTime &lastSampleAt)
{
    return resolution == SeriesResolution::Hourly
               ? Tr::tr("One point per hour (hourly roll-ups). Last sample: %1.").arg(when(lastSampleAt))
               : Tr::tr("Every sample. Last sample: %1.").arg(when(lastSampleAt));
}

} // namespace pgs::historyTexts
