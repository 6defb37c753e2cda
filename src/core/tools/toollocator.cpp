// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toollocator.h"

#include "tools/toolversioncache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ToolLocator)
};

struct CachedVersion
{
    int major = 0;
    QString full;
};

// "<tool> --version" costs a process start; the answer for one binary never changes (see
// toolversioncache.h for the copy kept between runs).
CachedVersion versionOf(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, CachedVersion> cache;
    {
        QMutexLocker lock(&mutex);
        auto it = cache.constFind(path);
        if (it != cache.constEnd())
            return *it;
    }
    CachedVersion v;
    if (const std::optional<ToolVersion> known = cachedToolVersion(path)) {
        v.major = known->major;
        v.full = known->full;
    } else {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(path, {QStringLiteral("--version")});
        if (process.waitForStarted(5000) && process.waitForFinished(10000))
            v.major = ToolLocator::parseMajorVersion(QString::fromLocal8Bit(process.readAll()), &v.full);
        else
            process.kill();
        rememberToolVersion(path, {v.major, v.full});
    }
    QMutexLocker lock(&mutex);
    cache.insert(path, v);
    return v;
}

// Directories matching a glob-like pattern with one '*' in one path component, newest first.
QStringList expandPattern(const QString &pattern)
{
    const int star = pattern.indexOf(QLatin1Char('*'));
    if (star < 0)
        return {pattern};
    const int slashBefore = pattern.lastIndexOf(QLatin1Char('/'), star);
    const int slashAfter = pattern.indexOf(QLatin1Char('/'), star);
    const QString parent = pattern.left(slashBefore);
    const QString component = pattern.mid(slashBefore + 1, (slashAfter < 0 ? pattern.size() : slashAfter) - slashBefore - 1);
    const QString rest = slashAfter < 0 ? QString() : pattern.mid(slashAfter);
    QDir dir(parent);
    QStringList entries = dir.entryList({component}, QDir::Dirs | QDir::NoDotAndDotDot);
    // Version-aware order: "17" before "9.6".
    std::sort(entries.begin(), entries.end(), [](const QString &a, const QString &b) {
        static const QRegularExpression digits(QStringLiteral("(\\d+(?:\\.\\d+)?)"));
        const double va = digits.match(a).captured(1).toDouble();
        const double vb = digits.match(b).captured(1).toDouble();
        return va != vb ? va > vb : a > b;
    });
    QStringList out;
    for (const QString &e : entries)
        out.append(parent + QLatin1Char('/') + e + rest);
    return out;
}
} // namespace

ToolLocator::ToolLocator(QString overrideDir) : m_overrideDir(std::move(overrideDir)) {}

QStringList ToolLocator::searchDirectories(const QString &overrideDir)
{
    QStringList dirs;
    if (!overrideDir.isEmpty())
        dirs.append(overrideDir);
    const QString path = qEnvironmentVariable("PATH");
    dirs.append(path.split(QDir::listSeparator(), Qt::SkipEmptyParts));
    const QStringList patterns = {
        QStringLiteral("/usr/lib/postgresql/*/bin"),
        QStringLiteral("/usr/pgsql-*/bin"),
        QStringLiteral("/usr/local/pgsql/bin"),
        QStringLiteral("/opt/homebrew/opt/postgresql@*/bin"),
        QStringLiteral("/usr/local/opt/postgresql@*/bin"),
        QStringLiteral("/Applications/Postgres.app/Contents/Versions/*/bin"),
    };
    for (const QString &p : patterns)
        dirs.append(expandPattern(p));
    dirs.removeDuplicates();
    return dirs;
}

int ToolLocator::parseMajorVersion(const QString &versionOutput, QString *fullVersion)
{
    // "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)", "psql (PostgreSQL) 17beta1", "pg_ctl ... 9.6.24"
    static const QRegularExpression re(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)((?:\\.\\d+)*)([A-Za-z]+\\d*)?"));
    const QRegularExpressionMatch m = re.match(versionOutput);
    if (!m.hasMatch())
        return 0;
    if (fullVersion)
        *fullVersion = m.captured(1) + m.captured(2) + m.captured(3);
    const int first = m.captured(1).toInt();
    // Before 10 the major version had two parts (9.6); we report its first part, 9.
    return first;
}

QList<ToolInfo> ToolLocator::candidates(const QString &tool) const
{
    QList<ToolInfo> found;
    QSet<QString> seen;
    const QStringList dirs = searchDirectories(m_overrideDir);
    for (const QString &dir : dirs) {
        const QFileInfo info(QDir(dir).filePath(tool));
        if (!info.exists() || !info.isExecutable() || info.isDir())
            continue;
        const QString canonical = info.canonicalFilePath();
        // Debian's /usr/bin/pg_dump is a link to the pg_wrapper script, which picks a version
        // by its own rules; the real binaries in /usr/lib/postgresql/N/bin are found anyway.
        // (A link from an override directory to a real binary keeps its target's name.)
        if (QFileInfo(canonical).fileName() != tool)
            continue;
        if (seen.contains(canonical))
            continue;
        seen.insert(canonical);
        const CachedVersion v = versionOf(canonical);
        if (v.major <= 0)
            continue;
        ToolInfo t;
        t.name = tool;
        t.path = info.absoluteFilePath();
        t.majorVersion = v.major;
        t.version = v.full;
        found.append(t);
    }
    // Newest first; stable so that the override directory wins among equal versions.
    std::stable_sort(found.begin(), found.end(),
                     [](const ToolInfo &a, const ToolInfo &b) { return a.majorVersion > b.majorVersion; });
    return found;
}

Result<ToolInfo> ToolLocator::find(const QString &tool, int minMajor) const
{
    const QList<ToolInfo> all = candidates(tool);
    if (!m_overrideDir.isEmpty()) {
        // An explicit directory is the user's choice: use it whenever it is new enough.
        for (const ToolInfo &t : all) {
            if (QFileInfo(t.path).absolutePath() == QFileInfo(m_overrideDir).absoluteFilePath()
                && t.majorVersion >= minMajor)
                return t;
        }
    }
    const ToolInfo *best = nullptr;
    for (const ToolInfo &t : all) {
        if (t.majorVersion < minMajor)
            continue;
        // minMajor 0 asks for the newest; otherwise the closest version that can handle the server.
        if (!best || (minMajor > 0 ? t.majorVersion < best->majorVersion : t.majorVersion > best->majorVersion))
            best = &t;
    }
    if (best)
        return *best;

    QStringList versions;
    for (const ToolInfo &t : all)
        versions.append(QStringLiteral("%1 (%2)").arg(t.version, t.path));
    const QString foundText = versions.isEmpty() ? Tr::tr("none") : versions.join(QStringLiteral(", "));
    const QString message = minMajor > 0
        ? Tr::tr("No %1 of version %2 or newer was found (the server is version %2). Found: %3. "
             "Install the PostgreSQL %2 client tools or set the tools directory in the profile.")
              .arg(tool, QString::number(minMajor), foundText)
        : Tr::tr("%1 was not found. Install the PostgreSQL client tools or set the tools directory in the profile.")
              .arg(tool);
    return Error::of(message, searchDirectories(m_overrideDir).join(QLatin1Char('\n')),
                     QStringLiteral("tool-not-found"));
}

} // namespace pgs
