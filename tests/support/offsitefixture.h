// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the off-site tests: the tools they need, a scratch database, age keys, the copy
// status the catalog lists, file scans, and a CLI run that watches its children (to read rclone's
// command line from /proc, or to kill -9 the CLI in the middle of an upload).

#include "testcluster.h"

#include "pg/connection.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <signal.h>

namespace pgs::test {

// "" when rclone, age and age-keygen are installed, else what is missing (for QSKIP).
inline QString missingOffsiteTools()
{
    for (const char *tool : {"rclone", "age", "age-keygen"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QStringLiteral("%1 is not installed (apt-get install rclone age)").arg(QString::fromLatin1(tool));
    return {};
}

// A scratch database on the test cluster (see createScratchDatabase) filled by sql; "" on failure.
inline QString createFilledDatabase(const QString &prefix, const QString &sql)
{
    const QString db = createScratchDatabase(prefix);
    if (db.isEmpty())
        return {};
    auto conn = pg::Connection::open(clusterSpec(db));
    if (!conn.ok() || !(*conn)->execScript(sql).ok()) {
        dropScratchDatabase(db);
        return {};
    }
    return db;
}

// The catalog's "offsite_copies" of one backup folder (pgsteward-cli backups list --json).
inline QJsonArray copyStatusOf(const QString &catalog, const QString &folder, const QProcessEnvironment &env)
{
    const CliRun run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"), catalog,
                               QStringLiteral("--json")},
                              env);
    for (const QJsonValue &v : QJsonDocument::fromJson(run.standardOutput).array())
        if (QFileInfo(v.toObject().value(QStringLiteral("folder")).toString()).fileName() == folder)
            return v.toObject().value(QStringLiteral("offsite_copies")).toArray();
    return {};
}

// "copied", "failed", "pending" or "none" for one destination; *error gets the recorded why.
inline QString stateAt(const QJsonArray &copies, const QString &destination, QString *error = nullptr)
{
    for (const QJsonValue &v : copies) {
        if (v.toObject().value(QStringLiteral("destination")).toString() == destination) {
            if (error)
                *error = v.toObject().value(QStringLiteral("error")).toString();
            return v.toObject().value(QStringLiteral("state")).toString();
        }
    }
    return QStringLiteral("none");
}

struct AgeKey
{
    QString file;
    QString recipient;
    QByteArray secret;
};

inline AgeKey makeAgeKey(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("age-keygen"), {QStringLiteral("-o"), file});
    p.waitForFinished(30000);
    AgeKey key{file, {}, {}};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return key;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("# public key: "))
            key.recipient = QString::fromLatin1(line.mid(14).trimmed());
        if (line.startsWith("AGE-SECRET-KEY-"))
            key.secret = line.trimmed();
    }
    return key;
}

// What every off-site test starts from: an isolated home for the CLI (made by makeEnv, usually
// isolatedCliEnvironment), a scratch database filled by sql, and an age key pair in the home.
struct OffsiteTestHome
{
    QTemporaryDir home;
    QProcessEnvironment env;
    QString db;
    AgeKey key;

    // "" when ready, else why not; *skip is set when a tool is missing (a skip, not a failure).
    QString prepare(QProcessEnvironment (*makeEnv)(const QTemporaryDir &), const QString &dbPrefix, const QString &sql,
                    bool *skip)
    {
        *skip = false;
        if (!clusterAvailable())
            return QStringLiteral("the test cluster is not running");
        if (const QString missing = missingOffsiteTools(); !missing.isEmpty()) {
            *skip = true;
            return missing;
        }
        if (!home.isValid())
            return QStringLiteral("no temporary home");
        env = makeEnv(home);
        db = createFilledDatabase(dbPrefix, sql);
        if (db.isEmpty())
            return QStringLiteral("cannot create the scratch database %1").arg(dbPrefix);
        key = makeAgeKey(home.filePath(QStringLiteral("key.txt")));
        if (!key.recipient.startsWith(QLatin1String("age1")) || key.secret.isEmpty())
            return QStringLiteral("age-keygen gave no key");
        return {};
    }
    void tearDown()
    {
        if (!db.isEmpty())
            dropScratchDatabase(std::exchange(db, {}));
    }
};

// Files below dir whose bytes contain needle.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

// The pids whose parent is pid, with their command lines (NUL separated as in /proc).
inline QList<QPair<qint64, QByteArray>> childrenOf(qint64 pid)
{
    QList<QPair<qint64, QByteArray>> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toLongLong() != pid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(child));
        if (cmdline.open(QIODevice::ReadOnly))
            children.append({child, cmdline.readAll()});
    }
    return children;
}

// Runs pgsteward-cli, looking at its children every 20 ms: every command line seen lands in
// *seen; onChild(pid, cmdline) returning true kills the CLI with SIGKILL right there (and the
// child too, as a power cut would). exitCode -2 then.
inline CliRun runCliWatched(const QStringList &args, const QProcessEnvironment &env, QList<QByteArray> *seen,
                            const std::function<bool(qint64, const QByteArray &)> &onChild = {}, int timeoutMsecs = 300000)
{
    CliRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForStarted(10000))
        return run;
    QElapsedTimer timer;
    timer.start();
    bool killed = false;
    while (p.state() == QProcess::Running && timer.elapsed() < timeoutMsecs) {
        for (const auto &[pid, cmdline] : childrenOf(p.processId())) {
            if (seen && !seen->contains(cmdline))
                seen->append(cmdline);
            if (!killed && onChild && onChild(pid, cmdline)) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ::kill(pid_t(pid), SIGKILL);
                killed = true;
            }
        }
        p.waitForFinished(20);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.standardOutput = p.readAllStandardOutput();
    run.standardError = p.readAllStandardError();
    run.exitCode = killed ? -2 : (p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1);
    return run;
}

} // namespace pgs::test
