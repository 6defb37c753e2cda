// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoretools.h"

#include "backup/pgdumpprogress.h"
#include "backup/plaindump.h"
#include "restore/restoreprogress.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RestoreJob)
};

constexpr double kToolStart = 0.03; // the share before the tool (plan, create database)
constexpr double kToolShare = 0.92;
constexpr qint64 kReportMsecs = 200;

bool isDataType(const QString &type)
{
    return type == QLatin1String("TABLE DATA") || type == QLatin1String("SEQUENCE SET")
           || type == QLatin1String("BLOBS") || type == QLatin1String("BLOB") || type == QLatin1String("LARGE OBJECT")
           || type == QLatin1String("MATERIALIZED VIEW DATA");
}

// A conninfo holding only the database name: the rest of the connection comes from PG* variables.
QString dbnameConninfo(const QString &database)
{
    QString escaped = database;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("dbname='") + escaped + QLatin1Char('\'');
}
} // namespace

QStringList pgRestoreArguments(const RestoreOptions &o, const QString &targetDatabase, const QString &listFile,
                               const QString &dumpPath)
{
    QStringList args = {QStringLiteral("--verbose"), QStringLiteral("--dbname=") + dbnameConninfo(targetDatabase)};
    if (!listFile.isEmpty())
        args << QStringLiteral("--use-list=") + listFile;
    if (o.jobs > 1)
        args << QStringLiteral("--jobs=%1").arg(o.jobs);
    if (o.noOwner)
        args << QStringLiteral("--no-owner");
    if (o.noPrivileges)
        args << QStringLiteral("--no-privileges");
    if (!o.role.isEmpty())
        args << QStringLiteral("--role=") + o.role;
    if (o.dataOnly)
        args << QStringLiteral("--data-only");
    if (o.schemaOnly)
        args << QStringLiteral("--schema-only");
    if (o.singleTransaction)
        args << QStringLiteral("--single-transaction");
    if (o.exitOnError)
        args << QStringLiteral("--exit-on-error");
    if (o.disableTriggers)
        args << QStringLiteral("--disable-triggers");
    if (o.clean && o.target == RestoreOptions::Target::ExistingDatabase)
        args << QStringLiteral("--clean") << QStringLiteral("--if-exists");
    args << dumpPath;
    return args;
}

QSet<int> entriesInScope(const TableOfContents &toc, const QSet<int> &selection, const RestoreOptions &o)
{
    QSet<int> scope;
    for (const TocEntry &e : toc.entries) {
        if (!selection.isEmpty() && !selection.contains(e.id))
            continue;
        if ((o.dataOnly && !isDataType(e.type)) || (o.schemaOnly && isDataType(e.type)))
            continue;
        if (o.noPrivileges && (e.type == QLatin1String("ACL") || e.type == QLatin1String("DEFAULT ACL")))
            continue;
        scope.insert(e.id);
    }
    return scope;
}

bool orderConstraintsForClean(TableOfContents &toc)
{
    QSet<int> constraints;
    for (const TocEntry &e : std::as_const(toc.entries)) {
        if (e.type == QLatin1String("CONSTRAINT"))
            constraints.insert(e.id);
    }
    QHash<int, int> parentOf; // a partition's constraint -> the parent constraint it belongs to
    for (const TocEntry &e : std::as_const(toc.entries)) {
        if (e.type != QLatin1String("CONSTRAINT"))
            continue;
        for (int dep : e.dependencies) {
            if (dep != e.id && constraints.contains(dep)) {
                parentOf.insert(e.id, dep);
                break;
            }
        }
    }
    if (parentOf.isEmpty())
        return false;
    auto depth = [&parentOf](int id) {
        int d = 0;
        for (int at = id; parentOf.contains(at) && d < 64; at = parentOf.value(at))
            ++d;
        return d;
    };
    QList<TocEntry> parents;
    QList<TocEntry> rest;
    const QSet<int> parentIds(parentOf.cbegin(), parentOf.cend());
    for (const TocEntry &e : std::as_const(toc.entries))
        (parentIds.contains(e.id) ? parents : rest).append(e);
    // Deepest first (a sub-partitioned partition's own constraint before the top parent's).
    std::stable_sort(parents.begin(), parents.end(), [&](const TocEntry &a, const TocEntry &b) { return depth(a.id) > depth(b.id); });
    for (const TocEntry &parent : std::as_const(parents)) {
        qsizetype last = -1;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (parentOf.value(rest[i].id) == parent.id)
                last = i;
        }
        rest.insert(last + 1, parent);
    }
    toc.entries = rest;
    return true;
}

Status runArchiveRestore(JobContext &ctx, const RestoreRequest &request, const RestorePlan &plan,
                         const ConnectionSpec &target, int toolMajor, RestoreOutcome &outcome)
{
    Result<ToolInfo> tool = ToolLocator(request.toolsDir).find(QStringLiteral("pg_restore"), toolMajor);
    if (!tool)
        return tool.error();

    // The list orders what --clean drops (see orderConstraintsForClean) as well as what is restored.
    TableOfContents listed = plan.toc;
    const bool reordered = request.options.clean && request.options.target == RestoreOptions::Target::ExistingDatabase
                           && orderConstraintsForClean(listed);
    QSet<int> selection = plan.entries;
    if (selection.isEmpty() && reordered) {
        for (const TocEntry &e : std::as_const(listed.entries))
            selection.insert(e.id);
    }
    QTemporaryFile listFile;
    if (!selection.isEmpty()) {
        if (!listFile.open())
            return Error::of(Tr::tr("Cannot write the restore list file"), listFile.errorString());
        listFile.write(restoreListFile(listed, selection).toUtf8());
        listFile.flush();
    }

    ToolRun run;
    run.program = tool->path;
    run.arguments = pgRestoreArguments(request.options, plan.targetDatabase,
                                       selection.isEmpty() ? QString() : listFile.fileName(), request.source.dumpPath);
    PassFile passFile(target); // the password reaches pg_restore only through this 0600 file
    run.environment = passFile.apply(target, run.environment);
    run.stdoutFile = QStringLiteral("/dev/null");
    ctx.log(QStringLiteral("%1 %2").arg(tool->name, run.arguments.join(QLatin1Char(' '))));

    RestoreProgress progress(plan.toc, entriesInScope(plan.toc, plan.entries, request.options));
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto report = [&] { ctx.progress(kToolStart + progress.fraction() * kToolShare, progress.text()); };
    run.onStderrLine = [&](const QString &line) {
        progress.feedLine(line);
        if (sinceReport.elapsed() >= kReportMsecs) {
            sinceReport.restart();
            report();
        }
    };
    report();
    Result<ToolOutput> out = runTool(ctx, run);
    if (ctx.isCanceled())
        return JobContext::canceledError();
    progress.finish(out.ok() && progress.errors().isEmpty());
    outcome.entriesDone = progress.entriesDone();
    outcome.entriesTotal = progress.entriesTotal();
    const qsizetype before = outcome.errors.size(); // the globals' errors, if any
    outcome.errors += progress.errors();
    if (!out && outcome.errors.size() == before) // failed without an error line of its own (killed, crashed)
        outcome.errors.append({0, {}, out.error().message});
    if (progress.ignoredErrorCount() > 0) {
        outcome.notes << Tr::tr("pg_restore went on after errors: %n error(s) ignored", nullptr,
                                progress.ignoredErrorCount());
    }
    report();
    return ok();
}

Status runPlainRestore(JobContext &ctx, const RestoreRequest &request, const ConnectionSpec &target, int toolMajor,
                       RestoreOutcome &outcome)
{
    Result<ToolInfo> tool = ToolLocator(request.toolsDir).find(QStringLiteral("psql"), toolMajor);
    if (!tool)
        return tool.error();
    auto reader = std::make_shared<PlainDumpReader>(request.source.dumpPath);
    if (Status opened = reader->open(); !opened)
        return opened;

    const RestoreOptions &o = request.options;
    ToolRun run;
    run.program = tool->path;
    run.arguments = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=%1").arg(o.exitOnError ? 1 : 0)};
    if (o.singleTransaction)
        run.arguments << QStringLiteral("--single-transaction");
    run.arguments << QStringLiteral("-f") << QStringLiteral("-");
    PassFile passFile(target);
    run.environment = passFile.apply(target, run.environment);
    run.environment.insert(QStringLiteral("PGDATABASE"), target.value(QStringLiteral("dbname")));
    run.stdoutFile = QStringLiteral("/dev/null");
    run.stdinSource = [reader] { return reader->read(); };
    ctx.log(QStringLiteral("%1 %2 < %3").arg(tool->name, run.arguments.join(QLatin1Char(' ')),
                                             QFileInfo(request.source.dumpPath).fileName()));

    const qint64 size = std::max<qint64>(1, QFileInfo(request.source.dumpPath).size());
    QElapsedTimer sinceReport;
    sinceReport.start();
    run.onPoll = [&] {
        if (sinceReport.elapsed() < kReportMsecs)
            return;
        sinceReport.restart();
        const qint64 read = reader->compressedBytesRead();
        ctx.progress(kToolStart + std::min(1.0, double(read) / double(size)) * kToolShare,
                     Tr::tr("%1 of %2 read").arg(formatBytes(read), formatBytes(size)));
    };
    const qsizetype before = outcome.errors.size(); // the globals' errors, if any
    run.onStderrLine = [&outcome](const QString &line) {
        // "psql:<stdin>:42: ERROR:  relation ... already exists"
        const qsizetype at = line.indexOf(QLatin1String("ERROR:"));
        if (at >= 0)
            outcome.errors.append({0, line.left(at).section(QLatin1Char(':'), 0, -2), line.mid(at).simplified()});
    };
    Result<ToolOutput> out = runTool(ctx, run);
    if (ctx.isCanceled())
        return JobContext::canceledError();
    if (!out && outcome.errors.size() == before)
        outcome.errors.append({0, {}, out.error().message});
    return ok();
}

} // namespace pgs
