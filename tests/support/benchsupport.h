// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

// What the benchmarks in tests/bench share: printing figures and a private throwaway cluster.
namespace pgs::test {

inline void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// A sandbox cluster in dir, created and started on construction (says why when it fails) and
// dropped on destruction.
class ScopedSandbox
{
public:
    explicit ScopedSandbox(const QString &dir) : m_cluster(dir)
    {
        JobContext ctx;
        Status s = m_cluster.create(ctx);
        if (s)
            s = m_cluster.start(ctx);
        m_started = s.ok();
        if (!s)
            say(QStringLiteral("the sandbox cluster did not start: ") + s.error().message);
    }
    ~ScopedSandbox()
    {
        JobContext ctx;
        (void)m_cluster.drop(ctx);
    }
    ScopedSandbox(const ScopedSandbox &) = delete;
    ScopedSandbox &operator=(const ScopedSandbox &) = delete;

    bool started() const { return m_started; }
    SandboxCluster &cluster() { return m_cluster; }

private:
    SandboxCluster m_cluster;
    bool m_started = false;
};

// Creates database name in the sandbox and connects to it; null (having said why) on failure.
inline std::unique_ptr<pg::Connection> createBenchDatabase(SandboxCluster &cluster, const QString &name = QStringLiteral("bench"))
{
    auto admin = pg::Connection::open(cluster.connectionSpec(QStringLiteral("postgres")));
    if (!admin || !(*admin)->exec(QStringLiteral("CREATE DATABASE ") + name).ok()) {
        say(QStringLiteral("cannot create the database ") + name);
        return nullptr;
    }
    auto conn = pg::Connection::open(cluster.connectionSpec(name));
    if (!conn) {
        say(QStringLiteral("connect failed: ") + conn.error().message);
        return nullptr;
    }
    return std::move(conn).value();
}

// Runs script(from, to) for 1..total in batches, so one transaction does not hold tens of
// thousands of relation locks; false (having said why) on the first failure.
inline bool runInBatches(pg::Connection &db, int total, int batch, const std::function<QString(int, int)> &script)
{
    for (int from = 1; from <= total; from += batch) {
        if (Status s = db.execScript(script(from, std::min(total, from + batch - 1))); !s) {
            say(QStringLiteral("setup failed: ") + s.error().message);
            return false;
        }
    }
    return true;
}

} // namespace pgs::test
