// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the archive TOC reader (readArchiveToc, tableOfContentsFromArchive, the selection on top
// of it) and checkArchiveComplete with damaged copies of real pg_dump archives. Every case runs
// in a forked child: a crash is a signal, a hang is a child still running after the timeout; both
// are counted and their inputs kept in the output folder to be turned into fixtures.
//
//   fuzz_archive [--cases N] [--seed S] [--timeout-ms T] [--keep DIR] [--time] [--self-test] [ARCHIVE...]
//
// ARCHIVE: custom or tar files, directory-format folders (default: tests/unit/data/archives/names*).
// --time: instead of fuzzing, time checkArchiveComplete and readArchiveToc on each ARCHIVE.
// --self-test: show that the harness counts a crashing and a hanging child.
#include "fuzzmutator.h"

#include "restore/archivecheck.h"
#include "restore/archivetoc.h"
#include "restore/toc.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <csignal>
#include <cstdlib>
#include <functional>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

using namespace pgs;

namespace {

struct Options
{
    int cases = 300;
    quint64 seed = 1;
    int timeoutMs = 5000;
    QString keepDir;
    bool time = false;
    bool selfTest = false;
    QStringList archives;
};

// The child's work; its exit code says how far the damaged archive got.
int runCase(const QString &path)
{
    int outcome = 0;
    Result<ArchiveToc> read = readArchiveToc(path);
    if (read) {
        const TableOfContents toc = tableOfContentsFromArchive(*read);
        for (const QString &table : toc.tables()) {
            QStringList skipped;
            (void)withoutDanglingForeignKeys(toc, entriesForTable(toc, table), &skipped);
            (void)restoreListFile(toc, entriesForSelection(toc, {}, {table}));
        }
    } else {
        outcome |= 1;
    }
    if (!checkArchiveComplete(path))
        outcome |= 2;
    return outcome;
}

enum class Verdict { Ok, Crash, Hang };

Verdict runInChild(const std::function<int()> &work, int timeoutMs, int *outcome)
{
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0)
        _exit(work());
    if (child < 0) {
        std::perror("fork");
        std::exit(3);
    }
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (timer.elapsed() > timeoutMs) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            return Verdict::Hang;
        }
        usleep(1000);
    }
    if (WIFSIGNALED(status))
        return Verdict::Crash;
    *outcome = WEXITSTATUS(status);
    return Verdict::Ok;
}

bool parse(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        auto next = [&]() { return i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString(); };
        if (arg == QLatin1String("--cases"))
            o->cases = next().toInt();
        else if (arg == QLatin1String("--seed"))
            o->seed = next().toULongLong();
        else if (arg == QLatin1String("--timeout-ms"))
            o->timeoutMs = next().toInt();
        else if (arg == QLatin1String("--keep"))
            o->keepDir = next();
        else if (arg == QLatin1String("--time"))
            o->time = true;
        else if (arg == QLatin1String("--self-test"))
            o->selfTest = true;
        else if (arg.startsWith(QLatin1String("--")))
            return false;
        else
            o->archives << arg;
    }
    if (o->archives.isEmpty()) {
        const QDir fixtures(QStringLiteral(PGSTEWARD_ARCHIVE_FIXTURES));
        for (const QString &name : fixtures.entryList({QStringLiteral("names*")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!name.endsWith(QLatin1String(".sql")))
                o->archives << fixtures.filePath(name);
        }
    }
    return o->cases > 0 && o->timeoutMs > 0 && !o->archives.isEmpty();
}

int timeArchives(const Options &o)
{
    for (const QString &path : o.archives) {
        QElapsedTimer timer;
        timer.start();
        Result<ArchiveToc> toc = readArchiveToc(path);
        const qint64 readMs = timer.restart();
        const Status checked = checkArchiveComplete(path);
        std::printf("%s: TOC %s in %lld ms (%lld entries); completeness check %s in %lld ms\n", qPrintable(path),
                    toc ? "read" : qPrintable(toc.error().message), readMs, toc ? qint64(toc->entries.size()) : 0LL,
                    checked ? "passed" : qPrintable(checked.error().message), timer.elapsed());
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    if (!parse(argc, argv, &o)) {
        std::fprintf(stderr, "usage: fuzz_archive [--cases N] [--seed S] [--timeout-ms T] [--keep DIR] [--time] [ARCHIVE...]\n");
        return 2;
    }
    if (o.time)
        return timeArchives(o);
    if (o.selfTest) { // the harness itself: a crash and a hang must be seen as such
        int outcome = 0;
        const bool crashSeen = runInChild([] { std::abort(); return 0; }, o.timeoutMs, &outcome) == Verdict::Crash;
        const bool hangSeen = runInChild([] { for (;;) pause(); return 0; }, 300, &outcome) == Verdict::Hang;
        std::printf("self-test: crash %s, hang %s\n", crashSeen ? "detected" : "MISSED", hangSeen ? "detected" : "MISSED");
        return crashSeen && hangSeen ? 0 : 1;
    }
    QTemporaryDir work;
    if (o.keepDir.isEmpty())
        o.keepDir = QDir::current().filePath(QStringLiteral("fuzz-findings"));
    fuzz::Mutator mutator(o.seed);
    int crashes = 0, hangs = 0, readFailed = 0, checkFailed = 0, whole = 0;
    for (int i = 0; i < o.cases; ++i) {
        const QString &source = o.archives[i % o.archives.size()];
        const QString input = work.filePath(QStringLiteral("case-%1-%2").arg(i).arg(QFileInfo(source).fileName()));
        QString what;
        if (!mutator.mutateArchive(source, input, &what)) {
            std::fprintf(stderr, "cannot write case %d\n", i);
            return 3;
        }
        int outcome = 0;
        const Verdict verdict = runInChild([&input] { return runCase(input); }, o.timeoutMs, &outcome);
        if (verdict != Verdict::Ok) {
            (verdict == Verdict::Crash ? crashes : hangs)++;
            QDir().mkpath(o.keepDir);
            const QString kept = QDir(o.keepDir).filePath(QFileInfo(input).fileName());
            QDir(kept).removeRecursively();
            QFile::rename(input, kept);
            std::printf("%s case %d (%s, %s): kept as %s\n", verdict == Verdict::Crash ? "CRASH" : "HANG", i,
                        qPrintable(QFileInfo(source).fileName()), qPrintable(what), qPrintable(kept));
        } else {
            readFailed += (outcome & 1) ? 1 : 0;
            checkFailed += (outcome & 2) ? 1 : 0;
            whole += outcome == 0 ? 1 : 0;
        }
        if (QFileInfo(input).isDir())
            QDir(input).removeRecursively();
        else
            QFile::remove(input);
    }
    std::printf("cases run: %d (seed %llu, %lld archives)\ncrashes: %d\nhangs (> %d ms): %d\n"
                "TOC read refused: %d; completeness check failed: %d; read and judged whole: %d\n",
                o.cases, static_cast<unsigned long long>(o.seed), qint64(o.archives.size()), crashes, o.timeoutMs, hangs,
                readFailed, checkFailed, whole);
    return crashes + hangs > 0 ? 1 : 0;
}
