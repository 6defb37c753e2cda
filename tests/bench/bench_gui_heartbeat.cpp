// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread, measured: the real main window (offscreen) on a private sandbox cluster with the
// demo data, and a heartbeat QTimer on the GUI thread every 5 ms recording the gaps between its
// ticks while these phases run one after the other: idle (overview shown), a backup (the wizard's
// job: runBackup on the JobRunner, the Jobs panel and the backups tab showing it), a restore test
// (verifyBackup at the restore level, as the catalog's Verify does), the dashboard's live
// sampling at its shortest interval, an activity refresh of a few hundred real sessions, and
// 5,000 sessions in the activity model (made from the real ones, as bench_gui_activity does).
// Prints per phase the ticks and the p50 / p99 / max gap (goal: p99 < 16 ms, max < 50 ms), and for
// the longest gaps the GUI thread's own CPU time in them (little: the machine was busy elsewhere).
//   PGSTEWARD_BENCH_SCALE (demo data scale, default 1), PGSTEWARD_BENCH_SESSIONS (default 300),
//   PGSTEWARD_BENCH_PHASES (e.g. "dashboard,activity"; default all)
#include "backup/backupjob.h"
#include "backup/backupsettings.h"
#include "backup/verify.h"
#include "benchsupport.h"
#include "guitestenv.h"
#include "jobs/jobspanel.h"
#include "monitor/activity/activityfilterbar.h"
#include "monitor/activity/activityview.h"
#include "monitor/activity/sessiontablemodel.h"
#include "monitor/dashboard/dashboardview.h"
#include "monitor/serverview.h"
#include "pg/connection.h"
#include "sandbox/demodata.h"
#include "sandbox/sandboxprofile.h"
#include "shell/appcontext.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using namespace pgs;
using test::say;

namespace {

constexpr int kBeatMsecs = 5;
constexpr double kGoalP99 = 16, kGoalMax = 50;

// The CPU time this thread has used: a long gap with little of it is the machine's scheduler (other
// processes on the 2 cores), one full of it is work on the GUI thread.
qint64 threadCpuNsecs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Events the GUI thread spent long in (top level only, so a nested send is not counted twice):
// what the longest gaps were made of.
struct SlowEvent
{
    qint64 endNs; // on the same clock as the heartbeat
    double ms;
    QString what; // "Paint -> pgs::TimeChartView dashboardChart3"
};

class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    static inline QElapsedTimer clock;
    static inline QList<SlowEvent> slow;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = clock.nsecsElapsed();
        const int type = event->type(); // the event may be gone after delivery
        const QString name = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ') + receiver->objectName();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 end = clock.nsecsElapsed();
        --m_depth;
        if (end - start >= 3'000'000)
            slow.append({end, (end - start) / 1e6, QStringLiteral("event %1 -> %2").arg(type).arg(name)});
        return handled;
    }

private:
    int m_depth = 0;
};

struct SlowGap
{
    double atMs;  // since the phase began
    double gapMs;
    double cpuMs; // the GUI thread's CPU time within the gap
    QStringList events; // the slow events that ended within it
};

// Ticks every kBeatMsecs on the GUI thread; while a phase records, each tick appends the time since
// the previous one. A gap well above kBeatMsecs is the GUI thread busy with something else.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kBeatMsecs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        m_timer.start();
    }
    void record(QList<double> *gaps)
    {
        m_gaps = gaps;
        m_last = -1;
    }
    // The slowest gaps of the phase: where (ms since the phase began) and how long.
    QList<SlowGap> slowest() const { return m_slow; }
    void clearSlow() { m_slow.clear(); m_phaseStart = m_clock.nsecsElapsed(); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNsecs();
        if (m_gaps && m_last >= 0) {
            const double gap = (now - m_last) / 1e6;
            m_gaps->append(gap);
            if (gap >= kGoalP99) {
                QStringList events;
                for (const SlowEvent &e : std::as_const(TimingApplication::slow))
                    if (e.endNs > m_last && e.endNs <= now)
                        events << QStringLiteral("%1 ms %2").arg(e.ms, 0, 'f', 0).arg(e.what);
                m_slow.append({(m_last - m_phaseStart) / 1e6, gap, (cpu - m_lastCpu) / 1e6, events});
            }
            TimingApplication::slow.clear();
        }
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer &m_clock = TimingApplication::clock;
    qint64 m_last = -1;
    qint64 m_lastCpu = 0;
    qint64 m_phaseStart = 0;
    QList<double> *m_gaps = nullptr;
    QList<SlowGap> m_slow;
};

// Runs the event loop until done() (polled) or timeoutMs, never blocking the GUI thread.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(20);
    if (!done())
        loop.exec();
    return done();
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p * sorted.size())) - 1, 0, sorted.size() - 1);
    return sorted[i];
}

// start() begins the phase's work; the phase lasts until done() or timeoutMs.
void phase(Heartbeat &beat, const QString &name, const std::function<void()> &start,
           const std::function<bool()> &done, int timeoutMs)
{
    QList<double> gaps;
    QElapsedTimer wall;
    wall.start();
    beat.clearSlow();
    beat.record(&gaps);
    start();
    const bool finished = spinUntil(done, timeoutMs);
    beat.record(nullptr);
    std::sort(gaps.begin(), gaps.end());
    const double p50 = percentile(gaps, 0.5), p99 = percentile(gaps, 0.99), max = gaps.isEmpty() ? 0 : gaps.last();
    const bool meets = p99 < kGoalP99 && max < kGoalMax;
    say(QStringLiteral("%1 %2 s, %3 ticks: p50 %4 ms, p99 %5 ms, max %6 ms, %7 gaps >= 16 ms -> %8%9")
            .arg(name.leftJustified(36), 0)
            .arg(wall.elapsed() / 1000.0, 5, 'f', 1)
            .arg(gaps.size(), 5)
            .arg(p50, 0, 'f', 1)
            .arg(p99, 0, 'f', 1)
            .arg(max, 0, 'f', 1)
            .arg(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g >= kGoalP99; }))
            .arg(meets ? QStringLiteral("meets the goal") : QStringLiteral("MISSES the goal"))
            .arg(finished ? QString() : QStringLiteral(" (timed out)")));
    QList<SlowGap> slow = beat.slowest();
    std::sort(slow.begin(), slow.end(), [](const SlowGap &a, const SlowGap &b) { return a.gapMs > b.gapMs; });
    QStringList where;
    for (qsizetype i = 0; i < std::min<qsizetype>(slow.size(), 5); ++i)
        where << QStringLiteral("%1 ms at +%2 s (cpu %3)").arg(slow[i].gapMs, 0, 'f', 0).arg(slow[i].atMs / 1000.0, 0, 'f', 2).arg(slow[i].cpuMs, 0, 'f', 0);
    const auto busiest = std::max_element(slow.begin(), slow.end(), [](const SlowGap &a, const SlowGap &b) { return a.cpuMs < b.cpuMs; });
    if (!where.isEmpty())
        say(QStringLiteral("    longest: ") + where.join(QStringLiteral(", ")));
    if (busiest != slow.end()) {
        say(QStringLiteral("    most GUI-thread CPU in one gap: %1 ms (a %2 ms gap at +%3 s)")
                .arg(busiest->cpuMs, 0, 'f', 1).arg(busiest->gapMs, 0, 'f', 0).arg(busiest->atMs / 1000.0, 0, 'f', 2));
        if (!busiest->events.isEmpty())
            say(QStringLiteral("      events in it: ") + busiest->events.join(QStringLiteral("; ")));
    }
}

// Sessions for the activity phase: idle ones, every tenth in an open transaction.
std::vector<std::unique_ptr<pg::Connection>> openSessions(const ConnectionSpec &spec, int count)
{
    std::vector<std::unique_ptr<pg::Connection>> sessions;
    for (int i = 0; i < count; ++i) {
        auto c = pg::Connection::open(spec);
        if (!c) {
            say(QStringLiteral("session %1 failed: %2").arg(i).arg(c.error().message));
            break;
        }
        (void)c.value()->exec(QStringLiteral("SET application_name = 'bench_%1'").arg(i % 7));
        if (i % 10 == 0)
            (void)c.value()->exec(QStringLiteral("BEGIN; SELECT count(*) FROM pg_class"));
        sessions.push_back(std::move(c).value());
    }
    return sessions;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication::clock.start();
    TimingApplication application(argc, argv);
    const double scale = qEnvironmentVariableIsSet("PGSTEWARD_BENCH_SCALE")
                             ? qEnvironmentVariable("PGSTEWARD_BENCH_SCALE").toDouble() : 1.0;
    const int sessionCount = qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SESSIONS") > 0
                                 ? qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SESSIONS") : 300;
    const QString demoDb = QStringLiteral("pgsteward_demo");
    QTemporaryDir dir;
    std::unique_ptr<AppContext> app = test::isolatedAppContext(dir);

    // The cluster, with room for the sessions, and the demo data (not measured).
    QElapsedTimer setup;
    setup.start();
    test::ScopedSandbox sandbox(dir.filePath(QStringLiteral("cluster")));
    if (!sandbox.started())
        return 1;
    SandboxCluster &cluster = sandbox.cluster();
    JobContext ctx;
    {
        auto admin = pg::Connection::open(cluster.connectionSpec());
        if (!admin || !admin.value()->exec(QStringLiteral("ALTER SYSTEM SET max_connections = %1").arg(sessionCount + 60)))
            return 1;
    }
    if (Status s = cluster.stop(ctx); !s || !(s = cluster.start(ctx))) {
        say(QStringLiteral("restart: ") + s.error().message);
        return 1;
    }
    if (Status s = installDemoData(ctx, cluster.connectionSpec(), demoDb, scale); !s) {
        say(QStringLiteral("demo data: ") + s.error().message);
        return 1;
    }
    say(QStringLiteral("setup: sandbox cluster %1, demo data scale %2 in %3 s")
            .arg(cluster.serverVersion())
            .arg(scale)
            .arg(setup.elapsed() / 1000.0, 0, 'f', 1));

    // The shortest live intervals, and the backups where the backups tab lists them.
    auto profile = ensureSandboxProfile(app->profiles(), cluster, QStringLiteral("Heartbeat"), demoDb);
    if (!profile || !app->saveProfile(*profile, {}))
        return 1;
    const QString catalog = dir.filePath(QStringLiteral("backups"));
    backupsettings::setCatalogDirectory(app->settings(), profile->id, catalog);
    app->settings().setValue(QStringLiteral("dashboard/liveIntervalSeconds"), 2);
    app->settings().setValue(QStringLiteral("activity/refreshSecs"), 2);

    auto window = std::make_unique<MainWindow>(app.get());
    window->resize(1400, 900);
    window->show();
    Heartbeat beat;
    ServerView *view = window->openProfile(profile->id);
    QSignalSpy loaded(view, &ServerView::overviewLoaded);
    if (!loaded.wait(30000)) {
        say(QStringLiteral("the overview did not load"));
        return 1;
    }

    QElapsedTimer clock;
    auto runFor = [&clock](int msecs) { return [&clock, msecs] { return clock.elapsed() >= msecs; }; };
    auto restart = [&clock] { clock.restart(); };

    // PGSTEWARD_BENCH_PHASES: a comma-separated choice of idle, backup (with the restore test),
    // dashboard, activity; default all.
    const QStringList phases = qEnvironmentVariable("PGSTEWARD_BENCH_PHASES").split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wanted = [&phases](const QString &key) { return phases.isEmpty() || phases.contains(key); };

    if (wanted(QStringLiteral("idle")))
        phase(beat, QStringLiteral("idle (overview, 10 s)"), restart, runFor(10000), 15000);

    if (wanted(QStringLiteral("backup"))) {
        QPointer<Job> backup;
        phase(beat, QStringLiteral("backup (runBackup, %1)").arg(demoDb),
              [&] {
                  BackupRequest request;
                  request.spec = cluster.connectionSpec(demoDb);
                  request.profileId = profile->id;
                  request.profileName = profile->name;
                  request.catalogDir = catalog;
                  request.options.database = demoDb;
                  request.options.recordRowCounts = true;
                  backup = app->jobs().start(
                      QStringLiteral("Back up %1").arg(demoDb),
                      [request](JobContext &c) -> JobResult {
                          auto outcome = runBackup(c, request);
                          if (!outcome)
                              return outcome.error();
                          return QVariant::fromValue(outcome.value());
                      },
                      QStringLiteral("backup"));
                  window->jobsPanel()->selectJob(backup); // what the main window does on backupStarted
                  view->showBackups();
              },
              [&] { return !backup || backup->isFinished(); }, 600000);
        if (!backup || backup->state() != Job::State::Succeeded) {
            say(QStringLiteral("the backup failed: ") + (backup ? backup->error().message : QString()));
            return 1;
        }
        const QString folder = backup->result().value<BackupOutcome>().folder;

        QPointer<Job> verify;
        phase(beat, QStringLiteral("restore test (verify level 4)"),
              [&] {
                  verify = app->jobs().start(
                      QStringLiteral("Verify (restore)"),
                      [folder](JobContext &c) -> JobResult {
                          auto report = verifyBackup(c, folder, BackupManifest::VerifyLevel::Restore);
                          if (!report)
                              return report.error();
                          if (!report->passed)
                              return Error::of(report->problems.join(QLatin1Char('\n')));
                          return QVariant(toString(report->reached));
                      },
                      QStringLiteral("verify"));
                  window->jobsPanel()->selectJob(verify);
              },
              [&] { return !verify || verify->isFinished(); }, 900000);
        if (verify && verify->state() != Job::State::Succeeded)
            say(QStringLiteral("    (the restore test failed: %1)").arg(verify->error().message));
    }

    if (wanted(QStringLiteral("dashboard"))) {
        int samplesBefore = 0;
        phase(beat, QStringLiteral("dashboard (live every 2 s, 20 s)"),
              [&] {
                  restart();
                  view->showTab(ServerView::DashboardTab);
                  samplesBefore = view->dashboardView()->liveSampleCount();
              },
              runFor(20000), 25000);
        say(QStringLiteral("    %1 live samples shown; window %2 x %3, dashboard %4 x %5")
                .arg(view->dashboardView()->liveSampleCount() - samplesBefore)
                .arg(window->width()).arg(window->height())
                .arg(view->dashboardView()->width()).arg(view->dashboardView()->height()));

    }

    if (wanted(QStringLiteral("activity"))) {
        auto sessions = openSessions(cluster.connectionSpec(demoDb), sessionCount);
        ActivityView *activity = view->activityView();
        int refreshes = 0;
        QObject::connect(activity, &ActivityView::refreshed, activity, [&refreshes] { ++refreshes; });
        phase(beat, QStringLiteral("activity (%1 sessions, refresh 2 s)").arg(sessions.size()),
              [&] {
                  restart();
                  view->showTab(ServerView::ActivityTab);
              },
              runFor(12000), 15000);
        say(QStringLiteral("    %1 refreshes, %2 rows").arg(refreshes).arg(activity->sessionModel()->rowCount()));

        // 5,000 rows: the real ones repeated with distinct pids, set into the view's model as a
        // refresh does (first fill, in-place updates, a reordered one), every 2 s.
        activity->filterBar()->setRefreshIntervalMsecs(0);
        spinUntil([&] { return !activity->isLoading(); }, 10000);
        const ActivitySnapshot snap = activity->snapshot();
        QList<SessionActivity> big;
        for (int i = 0; !snap.sessions.isEmpty() && big.size() < 5000; ++i) {
            SessionActivity s = snap.sessions[i % snap.sessions.size()];
            s.pid = 100000 + i;
            big.append(s);
        }
        int round = 0;
        QTimer rounds;
        QObject::connect(&rounds, &QTimer::timeout, &rounds, [&] {
            QList<SessionActivity> rows = big;
            if (round % 2) {
                std::reverse(rows.begin(), rows.end());
                rows.removeAt(round);
            }
            activity->sessionModel()->setSessions(rows, snap.serverTime.addSecs(2 * round), snap.ownPid);
            ++round;
        });
        phase(beat, QStringLiteral("activity (5,000 rows in the model)"),
              [&] {
                  restart();
                  rounds.start(2000);
              },
              [&] { return round >= 6; }, 20000);
        rounds.stop();
        say(QStringLiteral("    %1 updates, %2 rows").arg(round).arg(activity->sessionModel()->rowCount()));
    }

    window.reset();
    app.reset(); // waits for the jobs
    return 0;
}
