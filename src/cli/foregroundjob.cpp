// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foregroundjob.h"

#include "clicontext.h"
#include "passwordprompt.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace pgs::cli {

namespace {

constexpr char kInterrupted = 'i';
constexpr char kTerminated = 't';
constexpr char kFinished = 'f';
// After SIGTERM a job gets this long to stop cleanly (cancel its query, mark its backup
// canceled); one that cannot (blocked in a system call) must not keep a service manager waiting.
constexpr int kTermGraceMsecs = 10000;

// Self-pipe: the signal handler may only write(2); the main thread reads and cancels.
int g_wakeFds[2] = {-1, -1};
volatile sig_atomic_t g_interrupts = 0;

extern "C" void onInterrupt(int signo)
{
    g_interrupts = g_interrupts + 1;
    if (g_interrupts > 1) {
        ::signal(signo, SIG_DFL); // the job did not stop: let the second Ctrl-C end the process
        ::raise(signo);
        return;
    }
    const int saved = errno;
    (void)!::write(g_wakeFds[1], signo == SIGTERM ? &kTerminated : &kInterrupted, 1);
    errno = saved;
}

class StderrSink : public JobSink
{
public:
    explicit StderrSink(bool terminal) : m_terminal(terminal) {}
    ~StderrSink() override { endProgressLine(); }

    void jobProgress(double fraction, const QString &text) override
    {
        std::lock_guard lock(m_mutex);
        const int percent = fraction < 0 ? -1 : int(fraction * 100);
        if (percent == m_lastPercent && text == m_lastText)
            return;
        m_lastPercent = percent;
        m_lastText = text;
        const QString line = percent < 0 ? text : QStringLiteral("[%1%] %2").arg(percent, 3).arg(text);
        if (m_terminal) {
            // One line that updates in place; \x1b[K clears what a longer previous text left.
            const QByteArray bytes = QStringLiteral("\r%1\x1b[K").arg(line).toUtf8();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
            m_progressShown = true;
        } else {
            printErr(line);
        }
    }

    void jobLog(const QString &line) override
    {
        std::lock_guard lock(m_mutex);
        endProgressLine();
        printErr(line);
    }

private:
    void endProgressLine()
    {
        if (m_progressShown) {
            std::fputs("\r\x1b[K", stderr);
            std::fflush(stderr);
            m_progressShown = false;
        }
    }

    const bool m_terminal;
    std::mutex m_mutex;
    int m_lastPercent = -2;
    QString m_lastText;
    bool m_progressShown = false;
};

struct SignalGuard
{
    SignalGuard()
    {
        g_interrupts = 0;
        struct sigaction action {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~SignalGuard()
    {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

} // namespace

JobResult runInForeground(const JobFunction &job)
{
    const bool terminal = stderrIsTerminal();
    std::unique_ptr<StderrSink> sink;
    if (isVerbose() || terminal)
        sink = std::make_unique<StderrSink>(terminal);
    JobContext ctx(sink.get());

    if (g_wakeFds[0] < 0 && ::pipe2(g_wakeFds, O_CLOEXEC) != 0)
        return job(ctx); // no pipe, no Ctrl-C handling: still do the work

    SignalGuard interruptHandling;
    std::optional<JobResult> result;
    std::thread worker([&] {
        result.emplace(job(ctx));
        (void)!::write(g_wakeFds[1], &kFinished, 1);
    });
    int waitMsecs = -1;
    for (;;) {
        pollfd wake{g_wakeFds[0], POLLIN, 0};
        const int ready = ::poll(&wake, 1, waitMsecs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0) {
            // Child tools die with us (see ChildGuard); a backup folder left behind is "interrupted".
            printErr(QCoreApplication::translate("pgs::cli::ForegroundJob", "The job did not stop within %1 seconds; quitting.")
                         .arg(kTermGraceMsecs / 1000));
            std::fflush(stderr);
            ::_exit(128 + SIGTERM);
        }
        char c = 0;
        const ssize_t n = ::read(g_wakeFds[0], &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == kFinished)
            break;
        if (c == kInterrupted) {
            printErr(QCoreApplication::translate("pgs::cli::ForegroundJob",
                                                 "Canceling... (press Ctrl-C again to quit at once)"));
            ctx.cancel();
        } else if (c == kTerminated) {
            printErr(QCoreApplication::translate("pgs::cli::ForegroundJob", "Terminated: canceling..."));
            ctx.cancel();
            waitMsecs = kTermGraceMsecs;
        }
    }
    worker.join();
    return std::move(*result);
}

} // namespace pgs::cli
