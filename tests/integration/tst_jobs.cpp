// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>
#include <stdexcept>
#include <thread>

using namespace pgs;

class TstJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsAreCoalescedOnTheOwnerThread()
    {
        constexpr int kLines = 2000;
        JobRunner runner;
        Job *job = runner.start(QStringLiteral("chatty"), [](JobContext &ctx) -> JobResult {
            for (int i = 0; i < kLines; ++i) {
                ctx.log(QStringLiteral("line %1").arg(i));
                ctx.progress(double(i) / kLines, QStringLiteral("step %1").arg(i));
            }
            return QVariant(QStringLiteral("done"));
        });
        QThread *owner = QThread::currentThread();
        QStringList received;
        int logSignals = 0;
        int progressSignals = 0;
        bool wrongThread = false;
        connect(job, &Job::logAppended, this, [&](const QStringList &lines) {
            ++logSignals;
            received += lines;
            wrongThread |= QThread::currentThread() != owner;
        });
        connect(job, &Job::progressChanged, this, [&] {
            ++progressSignals;
            wrongThread |= QThread::currentThread() != owner;
        });
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(!wrongThread);
        QCOMPARE(job->state(), Job::State::Succeeded);
        QCOMPARE(job->result().toString(), QStringLiteral("done"));
        QCOMPARE(received.size(), kLines);
        QCOMPARE(received.first(), QStringLiteral("line 0"));
        QCOMPARE(received.last(), QStringLiteral("line %1").arg(kLines - 1));
        QCOMPARE(job->log(), received);
        // Coalesced: far fewer signals than reports.
        QVERIFY2(logSignals < kLines / 10, qPrintable(QString::number(logSignals)));
        QVERIFY2(progressSignals < kLines / 10, qPrintable(QString::number(progressSignals)));
        QCOMPARE(job->fraction(), 1.0);
    }

    void exceptionMeansFailed()
    {
        JobRunner runner;
        Job *job = runner.start(QStringLiteral("throws"), [](JobContext &) -> JobResult {
            throw std::runtime_error("boom");
        });
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().message, QStringLiteral("boom"));
    }

    void errorMeansFailed()
    {
        JobRunner runner;
        Job *job = runner.start(QStringLiteral("fails"), [](JobContext &) -> JobResult {
            return Error::of(QStringLiteral("nope"), {}, QStringLiteral("x"));
        });
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code, QStringLiteral("x"));
    }

    // A view's own read: the outcome reaches the context, the job leaves the runner's list; a
    // context destroyed meanwhile gets nothing.
    void startReadHandsOverAndDiscards()
    {
        JobRunner runner;
        QObject context;
        std::optional<JobOutcome> seen;
        runner.startRead(QStringLiteral("read"), [](JobContext &) -> JobResult { return QVariant(42); }, &context,
                         [&](const JobOutcome &outcome) { seen = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), 5000);
        QVERIFY(seen->succeeded());
        QCOMPARE(seen->result.toInt(), 42);
        QTRY_VERIFY(runner.jobs().isEmpty());

        bool called = false;
        auto gone = std::make_unique<QObject>();
        Job *job = runner.startRead(QStringLiteral("slow"), [](JobContext &ctx) -> JobResult {
            for (int i = 0; i < 50 && !ctx.isCanceled(); ++i)
                QThread::msleep(10);
            return Error::of(QStringLiteral("failed"));
        }, gone.get(), [&](const JobOutcome &) { called = true; });
        QSignalSpy finished(job, &Job::finished);
        gone.reset();
        QVERIFY(finished.wait(5000));
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void cancelHooksRunOnce()
    {
        JobContext ctx;
        std::atomic_int calls{0};
        auto guard = ctx.onCancel([&calls] { ++calls; });
        std::thread a([&ctx] { ctx.cancel(); });
        std::thread b([&ctx] { ctx.cancel(); });
        ctx.cancel();
        a.join();
        b.join();
        QCOMPARE(calls.load(), 1);
        QVERIFY(ctx.isCanceled());
    }

    void hookAfterCancelRunsImmediately()
    {
        JobContext ctx;
        ctx.cancel();
        int calls = 0;
        auto guard = ctx.onCancel([&calls] { ++calls; });
        QCOMPARE(calls, 1);
    }

    void removedHookDoesNotRun()
    {
        JobContext ctx;
        int calls = 0;
        {
            auto guard = ctx.onCancel([&calls] { ++calls; });
        }
        ctx.cancel();
        QCOMPARE(calls, 0);
    }

    void canceledJobState()
    {
        JobRunner runner;
        Job *job = runner.start(QStringLiteral("loops"), [](JobContext &ctx) -> JobResult {
            while (!ctx.isCanceled())
                QThread::msleep(5);
            return JobContext::canceledError();
        });
        QSignalSpy finished(job, &Job::finished);
        job->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), Job::State::Canceled);
    }
};

QTEST_GUILESS_MAIN(TstJobs)
#include "tst_jobs.moc"
