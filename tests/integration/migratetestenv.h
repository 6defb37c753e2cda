// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tst_migrate* tests: a scratch database per test, migration folders written
// from a map of file name -> content, `pgsteward-cli migrate ...` runs, and direct queries.

#include "clitestenv.h"

#include "pg/connection.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

namespace pgs::test {

class MigrateTestEnv
{
public:
    bool init()
    {
        if (!m_tmp.isValid() || !clusterAvailable())
            return false;
        m_env = isolatedCliEnvironment(m_tmp);
        return true;
    }
    ~MigrateTestEnv()
    {
        for (const QString &db : std::as_const(m_databases))
            dropScratchDatabase(db);
    }

    // A new scratch database; its conninfo for --db.
    QString newDatabase(const QString &prefix)
    {
        const QString db = createScratchDatabase(prefix);
        if (db.isEmpty())
            return {};
        m_databases << db;
        m_current = db;
        return conninfoOf(clusterSpec(db));
    }
    QString database() const { return m_current; }

    // Writes files into a new folder below the temporary directory.
    QString folder(const QString &name, const QMap<QString, QByteArray> &files)
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writeFile(dir + QLatin1Char('/') + it.key(), it.value());
        return dir;
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
    }

    CliRun migrate(const QString &sub, const QString &conninfo, const QString &dir, const QStringList &more = {})
    {
        return runCli(QStringList{QStringLiteral("migrate"), sub, QStringLiteral("--db"), conninfo, QStringLiteral("--dir"), dir}
                          + more,
                      m_env);
    }
    QProcessEnvironment environment() const { return m_env; }

    // {version: state} from `migrate status --json`.
    QMap<QString, QString> states(const QString &conninfo, const QString &dir, const QStringList &more = {})
    {
        const CliRun run = migrate(QStringLiteral("status"), conninfo, dir, more + QStringList{QStringLiteral("--json")});
        QMap<QString, QString> out;
        for (const QJsonValue &m : jsonObjectOf(run).value(QStringLiteral("migrations")).toArray())
            out.insert(m[QStringLiteral("version")].toString(), m[QStringLiteral("state")].toString());
        return out;
    }

    // The rows of a query on the current scratch database, each row's columns joined by '|'.
    QStringList rows(const QString &sql)
    {
        auto conn = pg::Connection::open(clusterSpec(m_current));
        if (!conn)
            return {QStringLiteral("connect failed: ") + conn.error().message};
        auto r = (*conn)->exec(sql);
        if (!r)
            return {QStringLiteral("error: ") + r.error().message};
        QStringList out;
        for (int i = 0; i < r->rows(); ++i) {
            QStringList cols;
            for (int c = 0; c < r->columns(); ++c)
                cols << (r->isNull(i, c) ? QStringLiteral("NULL") : r->text(i, c));
            out << cols.join(QLatin1Char('|'));
        }
        return out;
    }
    QString value(const QString &sql) { return rows(sql).value(0); }

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QStringList m_databases;
    QString m_current;
};

} // namespace pgs::test
