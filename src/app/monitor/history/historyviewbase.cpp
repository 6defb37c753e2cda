// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/historyviewbase.h"

#include "charts/timechartview.h"
#include "jobs/jobrunner.h"
#include "monitor/history/historyloader.h"
#include "monitor/history/historytexts.h"
#include "monitor/history/historytoolbar.h"
#include "shell/appcontext.h"

#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QTimer>

namespace pgs {

HistoryViewBase::HistoryViewBase(AppContext *app, const ConnectionProfile &profile, const QString &rangeKey,
                                 QWidget *parent)
    : QWidget(parent),
      m_app(app),
      m_profile(profile),
      m_toolbar(new HistoryToolbar(app->settings(), rangeKey, this)),
      m_status(new QLabel(this)),
      m_autoRefresh(new QTimer(this))
{
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    connect(m_toolbar, &HistoryToolbar::rangeChanged, this, &HistoryViewBase::refresh);
    connect(m_toolbar, &HistoryToolbar::refreshRequested, this, &HistoryViewBase::refresh);
}

HistoryViewBase::~HistoryViewBase()
{
    if (m_job)
        m_job->cancel();
}

void HistoryViewBase::startAutoRefresh()
{
    // New samples arrive every minute while the dashboard runs; only a shown view reloads.
    m_autoRefresh->setInterval(60'000);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_autoRefresh->start();
    refresh();
}

QString HistoryViewBase::statusText() const { return m_status->text(); }

void HistoryViewBase::setProfile(const ConnectionProfile &profile)
{
    const bool other = profile.id != m_profile.id;
    m_profile = profile;
    if (other) {
        profileSwitched();
        refresh();
    }
}

void HistoryViewBase::setConnection(const ConnectionSpec &)
{
    refresh();
}

void HistoryViewBase::refresh()
{
    if (m_job) {
        m_refreshAgain = true;
        return;
    }
    const QDateTime to = QDateTime::currentDateTimeUtc();
    startLoad(m_toolbar->rangeStart(to), to);
}

void HistoryViewBase::runLoad(const QString &title, JobFunction function, std::function<void(const JobOutcome &)> done)
{
    m_toolbar->setBusy(true);
    m_job = m_app->jobs().startRead(title, std::move(function), this, [this, done = std::move(done)](const JobOutcome &outcome) {
        m_job.clear();
        m_toolbar->setBusy(false);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        if (!outcome.canceled())
            done(outcome);
    });
}

bool HistoryViewBase::fitRangeToHistory(const HistoryPresence &presence)
{
    if (m_fitted || !presence.firstSampleAt || !presence.lastSampleAt)
        return false; // no history yet: the first samples may come while the tab is open
    m_fitted = true;
    if (m_toolbar->rangeChosen())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HistoryRange current = m_toolbar->range();
    auto shows = [&](HistoryRange range, const QDateTime &t) { return now.addSecs(-historyRangeSeconds(range)) <= t; };
    const HistoryRange all[] = {HistoryRange::Hour, HistoryRange::Day, HistoryRange::Week, HistoryRange::Month,
                                HistoryRange::Year};
    std::optional<HistoryRange> pick;
    for (HistoryRange range : all) {
        if (shows(range, *presence.firstSampleAt)) { // the shortest with all of it
            if (int(range) < int(current))
                pick = range;
            break;
        }
    }
    if (!pick && !shows(current, *presence.lastSampleAt)) { // none of it: the shortest with the latest
        for (HistoryRange range : all) {
            if (shows(range, *presence.lastSampleAt)) {
                pick = range;
                break;
            }
        }
    }
    if (!pick || *pick == current)
        return false;
    m_toolbar->showRange(*pick); // loads it (rangeChanged)
    return true;
}

void HistoryViewBase::setStatus(const QString &text, const HistoryPresence &presence)
{
    if (!presence.firstSampleAt || !presence.lastSampleAt) {
        m_status->setText(text);
        return;
    }
    // Older samples than the raw retention are hourly roll-ups: their number is not the samples'.
    const bool allRaw = presence.firstSampleAt->secsTo(QDateTime::currentDateTimeUtc()) < HistoryRetention{}.rawSeconds;
    const QString extent =
        historyTexts::historyExtent(allRaw ? presence.sampleCount : 0, *presence.firstSampleAt, *presence.lastSampleAt);
    m_status->setText(text.isEmpty() ? extent : text + QLatin1Char(' ') + extent);
}

void HistoryViewBase::markSparsePoints(TimeChartView *chart)
{
    for (QAbstractSeries *series : chart->chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            line->setPointsVisible(line->count() <= 3);
}

} // namespace pgs
