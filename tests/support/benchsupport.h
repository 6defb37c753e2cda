// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxcluster.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

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

} // namespace pgs::test
