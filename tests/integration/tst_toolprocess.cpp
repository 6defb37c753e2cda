// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcluster.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace pgs;

namespace {
// Children of parent according to /proc/<pid>/stat ("pid (comm) state ppid ...").
QList<int> childPids(int parent)
{
    QList<int> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool isPid = false;
        const int pid = e.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toInt() == parent)
            pids.append(pid);
    }
    return pids;
}

// Children, grandchildren ... of parent: a tool runs below its guard (see ChildGuard).
QList<int> descendantPids(int parent)
{
    QList<int> all;
    for (int child : childPids(parent))
        all << child << descendantPids(child);
    return all;
}

bool processGone(int pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return true;
    // A zombie has stopped; only nobody has reaped it yet.
    return status.readAll().contains("State:\tZ");
}

QByteArray readProc(int pid, const char *file)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString psqlPath()
{
    auto psql = ToolLocator().find(QStringLiteral("psql"));
    return psql ? psql->path : QString();
}
} // namespace

class TstToolProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::clusterAvailable(), "the test cluster fixture is not running");
        QVERIFY(!psqlPath().isEmpty());
    }

    void passFileFormatModeAndRemoval()
    {
        ConnectionSpec spec = test::clusterSpec();
        spec.setPassword(QStringLiteral("se:cr\\et"));
        QString path;
        int fd = -1;
        {
            PassFile pass(spec);
            QVERIFY(pass.isValid());
            path = pass.path();
            fd = pass.descriptor();
            // In memory, never on a disk: nothing is left behind whatever ends us.
            QCOMPARE(path, QStringLiteral("/proc/self/fd/%1").arg(fd));
            QVERIFY(QFile::symLinkTarget(path).contains(QLatin1String("memfd:pgsteward-pass")));
            QVERIFY(QDir(QDir::tempPath()).entryList({QStringLiteral("pgsteward-pass-*")}, QDir::Files).isEmpty());
            QVERIFY(::fcntl(fd, F_GETFD) & FD_CLOEXEC); // only the tool that is told inherits it
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("*:*:*:*:se\\:cr\\\\et\n"));
            struct stat st;
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
            QVERIFY(S_ISREG(st.st_mode)); // libpq reads only regular passfiles
            QCOMPARE(int(st.st_mode & 0777), 0600);

            QProcessEnvironment base;
            base.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("leaked"));
            const QProcessEnvironment env = pass.apply(spec, base);
            QCOMPARE(env.value(QStringLiteral("PGPASSFILE")), path);
            QCOMPARE(env.value(QStringLiteral("PGHOST")), spec.value(QStringLiteral("host")));
            QVERIFY(!env.contains(QStringLiteral("PGPASSWORD")));
        }
        QVERIFY(!QFile::symLinkTarget(path).contains(QLatin1String("memfd:pgsteward-pass")));

        PassFile none(test::clusterSpec());
        QVERIFY(!none.isValid());
    }

    void onlyNamedDescriptorsAreInherited()
    {
        QTemporaryDir dir;
        const QByteArray marker = QFile::encodeName(dir.filePath(QStringLiteral("marker")));
        const int fd = ::open(marker.constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        QVERIFY(fd > 2);
        auto listFds = [&](const QList<int> &inherit) {
            ToolRun run;
            run.program = QStringLiteral("/bin/sh");
            run.arguments = {QStringLiteral("-c"), QStringLiteral("ls -l /proc/$$/fd")};
            run.inheritFds = inherit;
            JobContext ctx;
            auto result = runTool(ctx, run);
            return result ? QString::fromLocal8Bit(result->standardOutput) : result.error().message;
        };
        QVERIFY(!listFds({}).contains(QString::fromLocal8Bit(marker)));
        QVERIFY(listFds({fd}).contains(QString::fromLocal8Bit(marker)));
        ::close(fd);
    }

    void aSignalIsNamed_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crash") << QStringLiteral("ulimit -c 0; kill -SEGV $$") << QStringLiteral("sh crashed (SIGSEGV)");
        QTest::newRow("file-size limit") << QStringLiteral("ulimit -f 1; exec head -c 100000 /dev/zero > \"$OUT\"")
                                         << QStringLiteral("file-size limit (SIGXFSZ)");
        QTest::newRow("killed") << QStringLiteral("kill -KILL $$") << QStringLiteral("was killed (SIGKILL)");
    }

    void aSignalIsNamed()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        ToolRun run;
        run.program = QStringLiteral("/bin/sh");
        run.arguments = {QStringLiteral("-c"), script};
        run.environment.insert(QStringLiteral("OUT"), dir.filePath(QStringLiteral("big")));
        JobContext ctx;
        auto result = runTool(ctx, run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("tool-crashed"));
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }

    void passwordNeverInArgvOrEnvironment()
    {
        ConnectionSpec spec = test::clusterSpec();
        const QString secret = QStringLiteral("TopSecret%1").arg(QRandomGenerator::global()->generate());
        spec.setPassword(secret);
        PassFile pass(spec);
        QVERIFY(pass.isValid());

        ToolRun run;
        run.program = psqlPath();
        run.arguments = {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-c"), QStringLiteral("select pg_sleep(2), 'slept'")};
        run.environment = pass.apply(spec, QProcessEnvironment::systemEnvironment());

        JobContext ctx;
        Result<ToolOutput> result = Error::of(QStringLiteral("did not run"));
        std::thread worker([&] { result = runTool(ctx, run); });

        int child = 0;
        QElapsedTimer wait;
        wait.start();
        while (!child && wait.elapsed() < 5000) {
            for (int pid : descendantPids(int(::getpid()))) {
                if (readProc(pid, "cmdline").contains("pg_sleep(2)"))
                    child = pid;
            }
            if (!child)
                QThread::msleep(20);
        }
        QByteArray cmdline, environ;
        if (child) {
            cmdline = readProc(child, "cmdline");
            environ = readProc(child, "environ");
        }
        worker.join();
        QVERIFY2(child, "psql child not found in /proc");
        QVERIFY(!cmdline.isEmpty());
        QVERIFY(!environ.isEmpty());
        QVERIFY(!cmdline.contains(secret.toUtf8()));
        QVERIFY(!environ.contains(secret.toUtf8()));
        QVERIFY(environ.contains(QByteArray("PGPASSFILE=" + QFile::encodeName(pass.path()))));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
        QCOMPARE(result->standardOutput.trimmed(), QByteArray("|slept"));
    }

    void stdoutToFileAndStderrLines()
    {
        QTemporaryDir dir;
        ToolRun run;
        run.program = psqlPath();
        run.arguments = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-c"),
                         QStringLiteral("DO $$BEGIN RAISE WARNING 'careful'; END$$; SELECT 42")};
        run.environment = test::clusterSpec().toolEnvironment(QProcessEnvironment::systemEnvironment());
        run.stdoutFile = dir.filePath(QStringLiteral("out.txt"));
        QStringList seen;
        run.onStderrLine = [&seen](const QString &line) { seen.append(line); };
        JobContext ctx;
        auto result = runTool(ctx, run);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QFile out(run.stdoutFile);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll().trimmed(), QByteArray("42"));
        QVERIFY(result->standardOutput.isEmpty());
        QVERIFY2(seen.join(QLatin1Char('\n')).contains(QLatin1String("careful")), qPrintable(seen.join(QLatin1Char('|'))));
    }

    void nonZeroExitIsAnErrorWithStderr()
    {
        ToolRun run;
        run.program = psqlPath();
        run.arguments = {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                         QStringLiteral("-c"), QStringLiteral("SELECT * FROM no_such_table_here")};
        run.environment = test::clusterSpec().toolEnvironment(QProcessEnvironment::systemEnvironment());
        JobContext ctx;
        auto result = runTool(ctx, run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("tool-failed"));
        QVERIFY2(result.error().detail.contains(QLatin1String("no_such_table_here")), qPrintable(result.error().detail));
        QVERIFY(result.error().message.contains(QLatin1String("psql")));
    }

    void missingProgram()
    {
        ToolRun run;
        run.program = QStringLiteral("/nonexistent/pg_dump");
        JobContext ctx;
        auto result = runTool(ctx, run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("tool-start-failed"));
    }

    void cancelKillsTheProcessGroup()
    {
        ToolRun run;
        run.program = QStringLiteral("/bin/sh");
        // The shell's own child must die too: it is in the same process group.
        run.arguments = {QStringLiteral("-c"), QStringLiteral("sleep 60 & sleep 61; wait")};
        JobContext ctx;
        Result<ToolOutput> result = ToolOutput{};
        std::thread worker([&] { result = runTool(ctx, run); });

        int shell = 0;
        QList<int> sleeps;
        QElapsedTimer wait;
        wait.start();
        while (sleeps.size() < 2 && wait.elapsed() < 5000) {
            for (int pid : descendantPids(int(::getpid()))) {
                if (readProc(pid, "cmdline").startsWith("/bin/sh"))
                    shell = pid;
            }
            if (shell)
                sleeps = childPids(shell);
            QThread::msleep(20);
        }
        QElapsedTimer canceled;
        canceled.start();
        ctx.cancel();
        worker.join();
        const qint64 took = canceled.elapsed();
        QVERIFY2(shell && sleeps.size() == 2, "shell and its two sleeps not found");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("canceled"));
        QVERIFY2(took < 1000, qPrintable(QString::number(took)));
        QElapsedTimer reaped;
        reaped.start();
        while (!(processGone(sleeps[0]) && processGone(sleeps[1])) && reaped.elapsed() < 2000)
            QThread::msleep(20);
        QVERIFY(processGone(sleeps[0]));
        QVERIFY(processGone(sleeps[1]));
    }
};

QTEST_GUILESS_MAIN(TstToolProcess)
#include "tst_toolprocess.moc"
