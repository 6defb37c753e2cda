// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migrationrunner.h"

#include "migrations/folderreader.h"
#include "migrations/historyadapter.h"
#include "migrations/migrationlock.h"
#include "migrations/preflight.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::MigrationRunner)
};

// One migration (or rollback) to run: its SQL and how to record it.
struct Work
{
    MigrationFile file;
    QString sql;
    int firstLine = 1;
    bool transactional = true;
    QString previousVersion; // down
};

class Executor
{
public:
    Executor(pg::Connection &conn, const RunRequest &request, RunOutcome &outcome)
        : m_conn(conn), m_request(request), m_outcome(outcome)
    {}

    Status step(const SqlStep &s)
    {
        if (m_request.dryRun) {
            m_outcome.dryRunSql += s.rendered(m_conn) + QStringLiteral(";\n");
            return ok();
        }
        auto r = m_conn.exec(s.sql, s.params);
        if (!r)
            return r.error();
        return ok();
    }
    Status steps(const QList<SqlStep> &list)
    {
        for (const SqlStep &s : list) {
            if (Status st = step(s); !st)
                return st;
        }
        return ok();
    }
    Status plain(const QString &sql) { return step(SqlStep{sql, {}}); }
    void comment(const QString &text)
    {
        if (m_request.dryRun)
            m_outcome.dryRunSql += QStringLiteral("-- ") + text + QLatin1Char('\n');
    }

    // The migration's own statements, one at a time so that a failure names its line.
    Status statements(const Work &w)
    {
        for (const Statement &st : splitStatements(w.sql, w.firstLine)) {
            if (m_request.dryRun) {
                m_outcome.dryRunSql += st.text + QStringLiteral(";\n");
                continue;
            }
            if (Status s = m_conn.execScript(st.text); !s) {
                m_outcome.failed = FailedStatement{w.file.version, migrationLabel(w.file), st.text, st.line,
                                                   s.error().message};
                const QString first = st.text.section(QLatin1Char('\n'), 0, 0).left(120);
                return Error::of(Tr::tr("Migration %1 (%2) failed at line %3 (%4): %5")
                                     .arg(migrationLabel(w.file), w.file.script, QString::number(st.line), first,
                                          s.error().message),
                                 s.error().detail, s.error().code);
            }
        }
        return ok();
    }

private:
    pg::Connection &m_conn;
    const RunRequest &m_request;
    RunOutcome &m_outcome;
};

bool downIsTransactional(const MigrationFile &file)
{
    const QString first = file.downSql.trimmed().section(QLatin1Char('\n'), 0, 0);
    return !first.startsWith(QLatin1String(kPgstewardNoTransaction)) && !first.startsWith(QLatin1String("-- no-transaction"));
}

Status runOne(Executor &ex, const HistoryAdapter &history, const Work &w, Direction direction, qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    auto record = [&](qint64 ms) {
        return direction == Direction::Up ? history.recordApplied(w.file, ms) : history.recordReverted(w.file, w.previousVersion);
    };
    if (w.transactional) {
        if (Status s = ex.plain(QStringLiteral("BEGIN")); !s)
            return s;
        Status s = ex.statements(w);
        if (s)
            s = ex.steps(record(timer.elapsed()));
        if (s)
            s = ex.plain(QStringLiteral("COMMIT"));
        if (!s) {
            (void)ex.plain(QStringLiteral("ROLLBACK"));
            return s;
        }
    } else {
        ex.comment(Tr::tr("runs outside a transaction (marked non-transactional)"));
        if (direction == Direction::Up) {
            if (Status s = ex.steps(history.recordStarted(w.file)); !s)
                return s;
        }
        Status s = ex.statements(w);
        if (!s) {
            if (direction == Direction::Up)
                (void)ex.steps(history.recordFailed(w.file, timer.elapsed()));
            return s;
        }
        if (Status r = ex.steps(record(timer.elapsed())); !r)
            return r;
    }
    *elapsedMs = timer.elapsed();
    return ok();
}
} // namespace

Status runMigrations(pg::Connection &conn, JobContext &ctx, const RunRequest &request, RunOutcome &outcome)
{
    conn.setNoticeHandler([&ctx](const QString &notice) { ctx.log(notice.trimmed()); });
    ctx.progress(-1, Tr::tr("Reading the folder and the history table"));
    // The table name decides the lock; it is known once the format is.
    auto first = inspectMigrations(conn, request.source, false);
    if (!first)
        return first.error();
    const auto history = historyAdapter(first->format);
    if (!history->canWrite())
        return Error::of(Tr::tr("%1 migrations are shown, not applied: run them with %1 itself")
                             .arg(formatName(first->format)),
                         {}, QStringLiteral("status-only"));
    std::unique_ptr<MigrationLock> lock;
    if (!request.dryRun) {
        auto locked = MigrationLock::acquire(conn, ctx, history->table(), request.lockTimeoutSeconds);
        if (!locked)
            return locked.error();
        lock = std::move(locked).value();
    }
    // Read again under the lock: a run that waited proceeds on the state the other one left.
    MigrationSource source = request.source;
    source.format = first->format;
    auto report = inspectMigrations(conn, source, true);
    if (!report)
        return report.error();
    outcome.before = report.value();
    Executor ex(conn, request, outcome);
    if (request.dryRun)
        ex.comment(Tr::tr("pgsteward dry run (%1, database %2): the SQL a run would execute, in order; nothing "
                          "was changed")
                       .arg(formatName(report->format), conn.database()));
    if (!report->historyExists) {
        ex.comment(Tr::tr("the history table %1 does not exist yet and is created as %2 creates it")
                       .arg(history->table(), formatName(report->format)));
        if (Status s = ex.steps(history->createSteps()); !s)
            return s;
    }

    QList<Work> work;
    if (request.direction == Direction::Up) {
        auto selected = selectUp(report->migrations, UpOptions{request.target, request.allowOutOfOrder});
        if (!selected)
            return selected.error();
        QStringList blocking;
        for (const MigrationStatus &s : selected.value()) {
            for (const Finding &f : report->preflight) {
                if (f.severity == Severity::Critical && f.object.startsWith(migrationLabel(*s.file) + QStringLiteral(" (")))
                    blocking << f.object + QStringLiteral(": ") + f.detail + QStringLiteral(". ") + f.advice;
            }
            work << Work{*s.file, s.file->upSql, s.file->upFirstLine, s.file->transactional, {}};
        }
        if (!blocking.isEmpty())
            return Error::of(Tr::tr("Pre-flight refused the run: %1").arg(blocking.join(QStringLiteral("; "))), {},
                             QStringLiteral("preflight"));
    } else {
        auto selected = selectDown(report->migrations, DownOptions{request.target, request.steps});
        if (!selected)
            return selected.error();
        for (const Rollback &r : selected.value())
            work << Work{*r.migration.file, r.migration.file->downSql, 1, downIsTransactional(*r.migration.file),
                         r.previousVersion};
    }
    if (work.isEmpty()) {
        ex.comment(Tr::tr("nothing to do"));
        ctx.progress(1, Tr::tr("Nothing to do: the database is up to date"));
        return ok();
    }
    for (qsizetype i = 0; i < work.size(); ++i) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const Work &w = work[i];
        const QString label = migrationLabel(w.file);
        ctx.progress(double(i) / double(work.size()),
                     request.direction == Direction::Up ? Tr::tr("Applying %1").arg(label) : Tr::tr("Rolling back %1").arg(label));
        ex.comment(QStringLiteral("%1 (%2)").arg(label, request.direction == Direction::Up ? w.file.script
                                                                                             : QFileInfo(w.file.downPath).fileName()));
        qint64 ms = 0;
        if (Status s = runOne(ex, *history, w, request.direction, &ms); !s) {
            if (!outcome.failed)
                outcome.failed = FailedStatement{w.file.version, label, {}, 0, s.error().message};
            ctx.log(s.error().message);
            return s;
        }
        outcome.done << label;
        if (!request.dryRun)
            ctx.log(request.direction == Direction::Up ? Tr::tr("Applied %1 in %2 ms").arg(label).arg(ms)
                                                       : Tr::tr("Rolled back %1 in %2 ms").arg(label).arg(ms));
    }
    ctx.progress(1, request.dryRun ? Tr::tr("Dry run of %n migration(s) done", "", int(work.size()))
                                   : request.direction == Direction::Up ? Tr::tr("Applied %n migration(s)", "", int(work.size()))
                                                                        : Tr::tr("Rolled back %n migration(s)", "", int(work.size())));
    return ok();
}

} // namespace pgs::migrations
