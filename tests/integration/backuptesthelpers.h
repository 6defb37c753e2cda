// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tst_backup* tests: run real PostgreSQL tools against the test cluster and read
// what a backup and a restore produced.

#include "testcluster.h"

#include "pg/connection.h"
#include "tools/toollocator.h"

#include <QProcess>
#include <QRegularExpression>

namespace pgs::test {

inline QString toolPath(const QString &name)
{
    auto tool = ToolLocator().find(name, 15);
    return tool ? tool->path : QString();
}

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline ProcessRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    ProcessRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        run.err = p.errorString();
        return run;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.out = p.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(p.readAllStandardError());
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

inline QProcessEnvironment clusterEnv(const QString &database)
{
    QProcessEnvironment env = clusterSpec(database).toolEnvironment(QProcessEnvironment::systemEnvironment());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

inline QString sha256sumOf(const QString &path)
{
    const ProcessRun r = runProcess(QStringLiteral("sha256sum"), {path}, QProcessEnvironment::systemEnvironment());
    return QString::fromLatin1(r.out).section(QLatin1Char(' '), 0, 0);
}

// pg_dump --schema-only of a database without comment lines (the only place names and versions
// of the source would differ).
inline QString schemaOf(const QString &database)
{
    const ProcessRun r = runProcess(toolPath(QStringLiteral("pg_dump")), {QStringLiteral("--schema-only")},
                                    clusterEnv(database));
    if (r.exitCode != 0)
        return QStringLiteral("pg_dump failed: ") + r.err;
    QStringList lines;
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        // pg_dump 15.14+ brackets its output in \restrict/\unrestrict with a random key.
        if (!line.startsWith(QLatin1String("--")) && !line.trimmed().isEmpty()
            && !line.startsWith(QLatin1String("\\restrict ")) && !line.startsWith(QLatin1String("\\unrestrict ")))
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

// Exact row count of "schema.table" in a database; -1 on error.
inline qint64 rowsIn(pg::Connection &conn, const QString &qualified)
{
    const QString schema = qualified.section(QLatin1Char('.'), 0, 0);
    const QString table = qualified.section(QLatin1Char('.'), 1);
    auto r = conn.exec(QStringLiteral("SELECT count(*) FROM %1.%2").arg(conn.quoteIdentifier(schema), conn.quoteIdentifier(table)));
    return r ? r->toInt64(0, 0) : -1;
}

} // namespace pgs::test
