// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit of a cluster with 20,000 roles and 100,000 grants (goal: under 1 s of our own time,
// i.e. CPU time of this process; the wall time including the server's work is printed too),
// and the roles view model filled with those roles (goal: under 100 ms).
#include "benchsupport.h"

#include "audit/auditcollector.h"
#include "audit/effectiveprivileges.h"
#include "audit/rolesmodel.h"
#include "jobs/connectedjob.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace pgs;
using namespace pgs::test;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// 20,000 roles in 100 groups, 2,000 tables each granted to 50 roles: 100,000 grants. In batches
// of separate transactions: one transaction creating all tables runs out of lock slots.
QStringList setupStatements()
{
    QStringList out{QStringLiteral(R"SQL(
DO $$
BEGIN
  FOR g IN 1..100 LOOP EXECUTE format('CREATE ROLE %I', 'bench group ' || g); END LOOP;
  FOR i IN 1..19900 LOOP
    EXECUTE format('CREATE ROLE %I %s IN ROLE %I', 'bench role ' || i, CASE WHEN i % 3 = 0 THEN 'LOGIN' ELSE '' END,
                   'bench group ' || (i % 100 + 1));
  END LOOP;
END $$)SQL"), QStringLiteral("CREATE SCHEMA bench")};
    for (int batch = 0; batch < 20; ++batch)
        out << QStringLiteral(R"SQL(
DO $$
BEGIN
  FOR t IN %1..%2 LOOP
    EXECUTE format('CREATE TABLE bench.t%s (id int)', t);
    EXECUTE format('GRANT SELECT ON bench.t%s TO %s', t,
                   (SELECT string_agg(quote_ident('bench role ' || ((t * 50 + k) % 19900 + 1)), ', ') FROM generate_series(1, 50) k));
  END LOOP;
END $$)SQL").arg(batch * 100 + 1).arg(batch * 100 + 100);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    ScopedSandbox sandbox(dir.filePath(QStringLiteral("cluster")));
    if (!sandbox.started())
        return 1;
    const ConnectionSpec spec = sandbox.cluster().connectionSpec();
    {
        auto conn = pg::Connection::open(spec);
        if (!conn) {
            say(conn.error().message);
            return 1;
        }
        QElapsedTimer setup;
        setup.start();
        for (const QString &statement : setupStatements()) {
            if (auto r = (*conn)->exec(statement); !r) {
                say(QStringLiteral("setup failed: ") + r.error().message);
                return 1;
            }
        }
        say(QStringLiteral("setup: 20,000 roles, 100,000 grants in %1 s").arg(setup.elapsed() / 1000.0, 0, 'f', 1));
    }
    QList<double> wall, own;
    std::shared_ptr<AuditSnapshot> last;
    for (int run = 0; run < 3; ++run) {
        auto conn = pg::Connection::open(spec);
        if (!conn)
            return 1;
        JobContext ctx;
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        auto s = collectAudit(**conn, spec, ctx);
        own << cpuSeconds() - cpu0;
        wall << timer.elapsed() / 1000.0;
        if (!s) {
            say(s.error().message);
            return 1;
        }
        last = std::make_shared<AuditSnapshot>(std::move(s).value());
    }
    say(QStringLiteral("audit: %1 roles, %2 grants, %3 findings").arg(last->roles.size()).arg(last->grants.size()).arg(last->findings.size()));
    say(QStringLiteral("audit own time (CPU of this process), median of 3: %1 s (goal < 1 s); wall incl. server: %2 s")
            .arg(median(own), 0, 'f', 3)
            .arg(median(wall), 0, 'f', 3));

    QElapsedTimer privileges;
    privileges.start();
    const MembershipGraph graph(*last);
    const qint64 someone = last->roleNamed(QStringLiteral("bench role 300"))->oid;
    const int count = int(privilegesOfRole(*last, graph, someone).size());
    const int who = int(accessToObject(*last, graph, QStringLiteral("postgres"), QStringLiteral("table"), QStringLiteral("bench"),
                                       QStringLiteral("t7")).size());
    say(QStringLiteral("effective privileges of one role (%1) and of one table (%2 entries): %3 ms")
            .arg(count).arg(who).arg(privileges.elapsed()));

    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.resize(1000, 700);
    RolesModel model;
    view.setModel(&model);
    view.show();
    QList<double> fill;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        model.setSnapshot(last);
        view.viewport()->repaint();
        fill << timer.nsecsElapsed() / 1e6;
        model.setSnapshot(nullptr);
    }
    say(QStringLiteral("roles view filled with %1 roles and painted, median of 3: %2 ms (goal < 100 ms)")
            .arg(last->roles.size()).arg(median(fill), 0, 'f', 1));
    return 0;
}
