// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/verify.h"

#include "catalog/backupfolder.h"
#include "catalog/bundle.h"
#include "catalog/filecheck.h"
#include "backup/plaindump.h"
#include "backup/restoretest.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupVerifier)
};

using Level = BackupManifest::VerifyLevel;

bool isBundle(const QString &path)
{
    const QString lower = path.toLower();
    return QFileInfo(path).isFile()
           && (lower.endsWith(QLatin1String(".tar.zst")) || lower.endsWith(QLatin1String(".tar.gz"))
               || lower.endsWith(QLatin1String(".tgz")));
}

// One verification run over an unpacked backup folder; the plain dump scan is shared by levels 2
// and 3 so the file is decompressed once.
class Verifier
{
public:
    Verifier(JobContext &ctx, QString dir, const BackupManifest &m, QString toolsDir)
        : m_ctx(ctx), m_dir(std::move(dir)), m_m(m), m_toolsDir(std::move(toolsDir))
    {}

    // Problems of one level; an Error when it could not be checked at all (canceled ...).
    Result<QStringList> run(Level level, VerifyReport &report)
    {
        switch (level) {
        case Level::Checksums:
            return checkFiles(m_ctx, m_dir, m_m);
        case Level::Contents:
            return isPlainScript() ? plainContents() : pgRestore(level);
        case Level::Readable:
            return isPlainScript() ? plainReadable() : pgRestore(level);
        case Level::Restore:
            return restore(report);
        case Level::None:
            break;
        }
        return QStringList();
    }

private:
    QString dumpPath() const { return QDir(m_dir).filePath(m_m.dumpName); }
    // pg_dumpall (globals, whole cluster) writes SQL whatever format the options name.
    bool isPlainScript() const
    {
        return m_m.options.format == DumpFormat::Plain || m_m.options.source != BackupOptions::Source::Database;
    }

    int toolMajor() const
    {
        const int tool = m_m.toolVersion.section(QLatin1Char('.'), 0, 0).toInt();
        return std::max(tool, m_m.serverVersionNum / 10000);
    }

    // 2: pg_restore --list parses the table of contents; 3: pg_restore -f /dev/null reads and
    // decompresses every data block.
    Result<QStringList> pgRestore(Level level)
    {
        Result<ToolInfo> tool = ToolLocator(m_toolsDir).find(QStringLiteral("pg_restore"), toolMajor());
        if (!tool)
            return tool.error();
        ToolRun run;
        run.program = tool->path;
        if (level == Level::Contents) {
            run.arguments = {QStringLiteral("--list"), dumpPath()};
        } else {
            run.arguments = {QStringLiteral("-f"), QStringLiteral("/dev/null")};
            if (m_m.options.format == DumpFormat::Directory && m_m.options.jobs > 1)
                run.arguments << QStringLiteral("-j") << QString::number(m_m.options.jobs);
            run.arguments << dumpPath();
        }
        Result<ToolOutput> out = runTool(m_ctx, run);
        if (!out) {
            if (m_ctx.isCanceled())
                return out.error();
            return QStringList{Tr::tr("%1: %2").arg(m_m.dumpName, out.error().message)};
        }
        if (level == Level::Contents) {
            int entries = 0;
            for (const QByteArray &line : out->standardOutput.split('\n')) {
                if (!line.trimmed().isEmpty() && !line.startsWith(';'))
                    ++entries;
            }
            m_ctx.log(Tr::tr("%1: %n table of contents entries", nullptr, entries).arg(m_m.dumpName));
            if (entries == 0)
                return QStringList{Tr::tr("%1: the table of contents is empty").arg(m_m.dumpName)};
        }
        return QStringList();
    }

    Result<PlainDumpScan> scan()
    {
        if (!m_scan) {
            Result<PlainDumpScan> scanned = scanPlainDump(m_ctx, dumpPath());
            if (!scanned)
                return scanned;
            m_scan = *scanned;
        }
        return *m_scan;
    }

    Result<QStringList> plainContents()
    {
        Result<PlainDumpScan> s = scan();
        if (!s)
            return m_ctx.isCanceled() ? Result<QStringList>(s.error())
                                      : QStringList{s.error().message};
        QStringList problems;
        if (!s->hasHeader)
            problems << Tr::tr("%1: does not start like a pg_dump SQL script").arg(m_m.dumpName);
        if (!s->isComplete)
            problems << Tr::tr("%1: the \"dump complete\" line at its end is missing (truncated?)").arg(m_m.dumpName);
        return problems;
    }

    Result<QStringList> plainReadable()
    {
        Result<PlainDumpScan> s = scan();
        if (!s)
            return m_ctx.isCanceled() ? Result<QStringList>(s.error())
                                      : QStringList{s.error().message};
        m_ctx.log(Tr::tr("%1: %2 bytes of SQL").arg(m_m.dumpName).arg(s->bytes));
        return QStringList();
    }

    Result<QStringList> restore(VerifyReport &report)
    {
        Result<RestoreTestResult> tested = runRestoreTest(m_ctx, m_dir, m_m, m_toolsDir);
        if (!tested)
            return tested.error();
        report.rowComparison = tested->rowComparison;
        if (!tested->note.isEmpty())
            m_ctx.log(tested->note);
        return tested->problems;
    }

    JobContext &m_ctx;
    QString m_dir;
    const BackupManifest &m_m;
    QString m_toolsDir;
    std::optional<PlainDumpScan> m_scan;
};

// Appends the outcome to the manifest on disk (re-read first: another verification may have
// recorded a level meanwhile).
void record(JobContext &ctx, const QString &dir, const BackupManifest::Verification &v)
{
    Result<BackupManifest> current = BackupManifest::load(dir);
    if (!current) {
        ctx.log(Tr::tr("Could not record the verification: %1").arg(current.error().message));
        return;
    }
    current->verifications.append(v);
    Status saved = current->save(dir);
    if (!saved)
        ctx.log(Tr::tr("Could not record the verification: %1").arg(saved.error().message));
}
} // namespace

Result<VerifyReport> verifyBackup(JobContext &ctx, const QString &backupDirOrBundle, Level level, const QString &toolsDir)
{
    std::optional<QTemporaryDir> unpacked;
    QString dir = backupDirOrBundle;
    const bool bundle = isBundle(backupDirOrBundle);
    if (bundle) {
        unpacked.emplace(QDir::tempPath() + QStringLiteral("/pgsteward-verify-XXXXXX"));
        if (!unpacked->isValid())
            return Error::of(Tr::tr("Cannot create a temporary folder"), unpacked->errorString());
        ctx.progress(-1, Tr::tr("Unpacking %1").arg(QFileInfo(backupDirOrBundle).fileName()));
        Result<QString> extracted = extractBundle(ctx, backupDirOrBundle, unpacked->path());
        if (!extracted)
            return extracted.error();
        dir = *extracted;
    } else if (!QFileInfo(dir).isDir()) {
        return Error::of(Tr::tr("No backup folder or bundle at %1").arg(dir), {}, QStringLiteral("not-found"));
    }

    Result<BackupManifest> manifest = BackupManifest::load(dir);
    if (!manifest)
        return manifest.error();
    VerifyReport report;
    report.requested = level;
    // A folder still under its ".partial-" name never finished, whatever its manifest says yet.
    if (QFileInfo(dir).fileName().startsWith(BackupFolder::partialPrefix())) {
        const WriterLock::Holder writer = WriterLock::inspect(QDir(dir).filePath(BackupFolder::lockFileName()));
        report.problems << (writer.held ? Tr::tr("The backup is still being written by %1: it cannot be verified yet")
                                              .arg(writer.describe())
                                        : Tr::tr("The backup was interrupted before it was finished: nothing to verify"));
        return report;
    }
    if (!manifest->isGood()) {
        report.problems << Tr::tr("The backup is %1, not complete: nothing to verify").arg(toString(manifest->status));
        return report;
    }

    Verifier verifier(ctx, dir, *manifest, toolsDir);
    for (int l = int(Level::Checksums); l <= int(level); ++l) {
        const Level current = Level(l);
        ctx.log(Tr::tr("Verifying: %1").arg(toString(current)));
        Result<QStringList> problems = verifier.run(current, report);
        if (!problems)
            return problems.error();
        const BackupManifest::Verification v{current, QDateTime::currentDateTime(), problems->isEmpty(), *problems};
        if (!bundle)
            record(ctx, dir, v);
        if (!problems->isEmpty()) {
            report.problems = *problems;
            return report;
        }
        report.reached = current;
    }
    report.passed = true;
    return report;
}

} // namespace pgs
