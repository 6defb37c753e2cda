// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// How tests reach the per-run test cluster (started by the ctest fixture "cluster", see
// tests/support/testcluster_main.cpp) and the built executables.
namespace pgs::test {

// $PGSTEWARD_TEST_CLUSTER_DIR: the fixture's directory holding cluster.json.
QString clusterDir();

// A superuser connection to a database of the test cluster. Empty (no keywords) when the
// cluster is not there, so tests can QVERIFY2(!spec.keywords().isEmpty(), ...) or skip.
ConnectionSpec clusterSpec(const QString &database = QStringLiteral("postgres"));
bool clusterAvailable();

// The demo database the fixture loads (scale 0.1).
inline QString demoDatabase() { return QStringLiteral("pgsteward_demo"); }

// $PGSTEWARD_BIN_DIR/pgsteward-cli
QString cliPath();

// Creates a database with a unique name starting with prefix on the test cluster and returns
// its name (empty on failure, with a warning). The test drops it with dropScratchDatabase().
QString createScratchDatabase(const QString &prefix);
bool dropScratchDatabase(const QString &name);

struct CliRun
{
    int exitCode = -1;             // -1: did not start or timed out
    QByteArray standardOutput;
    QByteArray standardError;
    QString out() const { return QString::fromUtf8(standardOutput); }
    QString err() const { return QString::fromUtf8(standardError); }
};

// Runs pgsteward-cli with args (120 s timeout). env: the child's environment (empty: ours).
CliRun runCli(const QStringList &args, const QProcessEnvironment &env = {}, const QByteArray &stdinData = {});

} // namespace pgs::test
