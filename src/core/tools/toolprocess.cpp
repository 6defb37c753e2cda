// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toolprocess.h"

#include "connection/connectionspec.h"
#include "tools/childguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <atomic>
#include <mutex>
#include <optional>

#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ToolProcess)
};

constexpr int kTailLines = 20;
constexpr int kSliceMsecs = 50;
constexpr int kKillGraceMsecs = 3000;
constexpr qint64 kStdinQueueBytes = 4 << 20;

// Splits the child's stderr into lines as it arrives, keeping an unfinished line for later.
class StderrLines
{
public:
    StderrLines(JobContext &ctx, const ToolRun &run) : m_ctx(ctx), m_run(run) {}

    void feed(const QByteArray &bytes)
    {
        m_pending += bytes;
        qsizetype nl;
        while ((nl = m_pending.indexOf('\n')) >= 0) {
            emitLine(m_pending.left(nl));
            m_pending.remove(0, nl + 1);
        }
    }
    void finish()
    {
        if (!m_pending.isEmpty())
            emitLine(std::exchange(m_pending, {}));
    }
    QStringList tail() const { return m_tail; }

private:
    void emitLine(QByteArray raw)
    {
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = QString::fromLocal8Bit(raw);
        if (line.isEmpty())
            return;
        if (m_run.logStderr)
            m_ctx.log(line);
        if (m_run.onStderrLine)
            m_run.onStderrLine(line);
        m_tail.append(line);
        if (m_tail.size() > kTailLines)
            m_tail.removeFirst();
    }

    JobContext &m_ctx;
    const ToolRun &m_run;
    QByteArray m_pending;
    QStringList m_tail;
};

// Signals the child's whole process group (it is its own group leader, see setpgid below), so
// that children of the tool (pg_dump -j workers, a shell's commands) stop with it.
class GroupKiller
{
public:
    explicit GroupKiller(qint64 pid) : m_pid(pid_t(pid)) {}
    void signal(int sig)
    {
        std::lock_guard lock(m_mutex);
        if (m_pid > 0)
            ::kill(-m_pid, sig);
    }
    void forget()
    {
        std::lock_guard lock(m_mutex);
        m_pid = 0;
    }

private:
    std::mutex m_mutex;
    pid_t m_pid;
};
// The descriptors the tool inherits: the run's own and a memory passfile named by PGPASSFILE.
ChildGuardSetup guardSetupFor(const ToolRun &run)
{
    ChildGuardSetup setup;
    setup.parent = ::getpid();
    QList<int> fds = run.inheritFds;
    static const QLatin1String procFd("/proc/self/fd/");
    const QString passFile = run.environment.value(QStringLiteral("PGPASSFILE"));
    if (passFile.startsWith(procFd))
        fds.append(passFile.mid(procFd.size()).toInt());
    for (int fd : std::as_const(fds)) {
        if (fd > 2 && setup.inheritCount < ChildGuardSetup::kMaxInherited)
            setup.inheritFds[setup.inheritCount++] = fd;
    }
    return setup;
}

// How a tool that died by a signal is described: a crash, the file-size limit, a kill.
QString signalEnding(const QString &toolName, int sig)
{
    const char *abbrev = ::sigabbrev_np(sig);
    const QString name = abbrev ? QStringLiteral("SIG") + QLatin1String(abbrev) : QString::number(sig);
    switch (sig) {
    case SIGSEGV:
    case SIGBUS:
    case SIGILL:
    case SIGFPE:
    case SIGABRT:
        return Tr::tr("%1 crashed (%2)").arg(toolName, name);
    case SIGXFSZ:
        return Tr::tr("%1 was stopped because a file reached the file-size limit (%2)").arg(toolName, name);
    case SIGKILL:
        return Tr::tr("%1 was killed (%2), for example by the system running out of memory").arg(toolName, name);
    default:
        return Tr::tr("%1 was stopped by the signal %2").arg(toolName, name);
    }
}
} // namespace

Result<ToolOutput> runTool(JobContext &ctx, const ToolRun &run)
{
    if (ctx.isCanceled())
        return JobContext::canceledError();
    const QString toolName = QFileInfo(run.program).fileName();

    // Created here, on the job's thread; waitFor* drive it without an event loop.
    QProcess process;
    process.setProgram(run.program);
    process.setArguments(run.arguments);
    process.setProcessEnvironment(run.environment);
    if (!run.workingDirectory.isEmpty())
        process.setWorkingDirectory(run.workingDirectory);
    if (!run.stdoutFile.isEmpty())
        process.setStandardOutputFile(run.stdoutFile, QIODevice::Truncate);
    if (!run.stdinSource)
        process.setStandardInputFile(run.stdinFile.isEmpty() ? QProcess::nullDevice() : run.stdinFile);
    prepareChildGuard();
    const ChildGuardSetup guard = guardSetupFor(run);
    process.setChildProcessModifier([guard] {
        // Pipes of 1 MiB instead of 64 KiB: 16 times fewer reads and writes on each side when a
        // stream passes through us (age into rclone). Fails harmlessly on what is not a pipe.
        ::fcntl(STDIN_FILENO, F_SETPIPE_SZ, 1 << 20);
        ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
        runChildGuard(guard);
    });

    process.start();
    if (!process.waitForStarted(30000)) {
        return Error::of(Tr::tr("Could not start %1").arg(toolName), process.errorString(),
                         QStringLiteral("tool-start-failed"));
    }

    auto killer = std::make_shared<GroupKiller>(process.processId());
    auto hook = ctx.onCancel([killer] { killer->signal(SIGTERM); });

    StderrLines stderrLines(ctx, run);
    ToolOutput output;
    QElapsedTimer runTime;
    runTime.start();
    QElapsedTimer sinceTerm;
    bool timedOut = false;

    bool outputRejected = false;
    auto takeStdout = [&] {
        if (!run.stdoutFile.isEmpty())
            return;
        if (!run.onStdout) {
            output.standardOutput += process.readAllStandardOutput();
            return;
        }
        const QByteArray chunk = process.readAllStandardOutput();
        if (!chunk.isEmpty() && !outputRejected && !run.onStdout(chunk))
            outputRejected = true;
    };

    std::optional<Error> stdinError;
    bool stdinDone = !run.stdinSource;
    // Keeps a few MiB queued for the child; QProcess writes them while waiting below.
    auto feedStdin = [&] {
        while (!stdinDone && process.bytesToWrite() < kStdinQueueBytes) {
            Result<QByteArray> chunk = run.stdinSource();
            if (!chunk || chunk->isEmpty()) {
                if (!chunk)
                    stdinError = chunk.error();
                stdinDone = true;
                process.closeWriteChannel();
                return;
            }
            process.write(*chunk);
        }
    };

    const bool streamsStdout = run.onStdout && run.stdoutFile.isEmpty();
    while (process.state() != QProcess::NotRunning) {
        feedStdin();
        // Wait for what moves the data (every wait also drains the pipes into QProcess's buffers).
        // Input queued: until some of it is written; waiting for the end instead writes at most
        // one queue-full per slice (80 MiB/s). Output handed over as it comes: until some
        // arrives, so that a chunk is a pipe-full, not a slice's worth held in memory.
        if (!stdinDone && process.bytesToWrite() > 0) {
            process.waitForBytesWritten(kSliceMsecs);
        } else if (streamsStdout) {
            QElapsedTimer waited;
            waited.start();
            if (!process.waitForReadyRead(kSliceMsecs) && waited.elapsed() < 2 && process.state() != QProcess::NotRunning)
                process.waitForFinished(kSliceMsecs); // stdout closed before the end: no busy loop
        } else {
            process.waitForFinished(kSliceMsecs);
        }
        stderrLines.feed(process.readAllStandardError());
        takeStdout();
        if (run.onPoll)
            run.onPoll();

        const bool overTime = run.timeoutMsecs >= 0 && runTime.elapsed() > run.timeoutMsecs;
        if ((ctx.isCanceled() || overTime || outputRejected || stdinError) && !sinceTerm.isValid()) {
            timedOut = overTime && !ctx.isCanceled();
            killer->signal(SIGTERM);
            sinceTerm.start();
        } else if (sinceTerm.isValid() && sinceTerm.elapsed() > kKillGraceMsecs) {
            killer->signal(SIGKILL);
        }
    }
    // The leader is gone; its group may still hold stragglers, which a canceled run must not leave.
    if (sinceTerm.isValid())
        killer->signal(SIGKILL);
    killer->forget();

    stderrLines.feed(process.readAllStandardError());
    stderrLines.finish();
    takeStdout();
    output.stderrTail = stderrLines.tail();
    output.exitCode = process.exitCode();

    if (ctx.isCanceled())
        return JobContext::canceledError();
    const QString detail = output.stderrTail.join(QLatin1Char('\n'));
    if (stdinError)
        return *stdinError;
    if (outputRejected) {
        return Error::of(Tr::tr("The output of %1 could not be stored").arg(toolName), detail,
                         QStringLiteral("tool-output-rejected"));
    }
    if (timedOut) {
        return Error::of(Tr::tr("%1 did not finish within %2 seconds").arg(toolName).arg(run.timeoutMsecs / 1000),
                         detail, QStringLiteral("tool-timeout"));
    }
    if (process.exitStatus() == QProcess::CrashExit)
        return Error::of(signalEnding(toolName, output.exitCode), detail, QStringLiteral("tool-crashed"));
    if (output.exitCode != 0) {
        const QString last = output.stderrTail.isEmpty() ? QString() : output.stderrTail.constLast();
        return Error::of(last.isEmpty() ? Tr::tr("%1 failed with exit code %2").arg(toolName).arg(output.exitCode)
                                        : Tr::tr("%1 failed with exit code %2: %3").arg(toolName).arg(output.exitCode).arg(last),
                         detail, QStringLiteral("tool-failed"));
    }
    return output;
}

namespace {
QByteArray escapePassFileField(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == ':' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}
} // namespace

PassFile::PassFile(const ConnectionSpec &spec)
{
    if (!spec.hasPassword())
        return;
    QByteArray line = "*:*:*:*:" + escapePassFileField(spec.password()) + '\n';
    auto wipe = qScopeGuard([&line] { line.fill('\0'); });
    // libpq reads a passfile only when it is a regular file without group or other access:
    // a memfd is one, once its mode is 0600.
    const int fd = ::memfd_create("pgsteward-pass", MFD_CLOEXEC);
    if (fd >= 0) {
        if (::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && ::write(fd, line.constData(), size_t(line.size())) == line.size()) {
            m_fd = fd;
            m_path = QStringLiteral("/proc/self/fd/%1").arg(fd);
        } else {
            ::close(fd);
        }
        return;
    }
    // QTemporaryFile creates the file with mode 0600 before anything is written to it.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/pgsteward-pass-XXXXXX"));
    file.setAutoRemove(false);
    if (!file.open())
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool written = file.write(line) == line.size() && file.flush();
    const QString path = file.fileName();
    file.close();
    if (written)
        m_path = path;
    else
        QFile::remove(path);
}

PassFile::~PassFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    else if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QProcessEnvironment PassFile::apply(const ConnectionSpec &spec, QProcessEnvironment env) const
{
    env = spec.toolEnvironment(env);
    if (isValid()) {
        // PGPASSWORD would win over the file, and it must not leak in from our own environment.
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), m_path);
    }
    return env;
}

} // namespace pgs
