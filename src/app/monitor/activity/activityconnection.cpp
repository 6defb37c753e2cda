// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity/activityconnection.h"

namespace pgs {

namespace {
constexpr int kMaxCachedNames = 10'000; // oids are reused after drops: forget now and then
}

Result<ActivitySnapshot> ActivityConnection::load(JobContext &ctx, const ActivityOptions &options)
{
    return run(ctx, [&](pg::Connection &conn) -> Result<ActivitySnapshot> {
        auto snap = loadActivity(conn, options);
        if (snap)
            nameRelations(snap->blocking);
        return snap;
    });
}

void ActivityConnection::nameRelations(QList<BlockingEdge> &edges)
{
    qsizetype cached = 0;
    for (const auto &names : std::as_const(m_relationNames))
        cached += names.size();
    if (cached > kMaxCachedNames)
        m_relationNames.clear();
    const QHash<QString, QList<qint64>> unnamed = unnamedRelations(edges);
    for (auto it = unnamed.begin(); it != unnamed.end(); ++it) {
        QHash<qint64, QString> &known = m_relationNames[it.key()];
        QList<qint64> missing;
        for (qint64 oid : it.value())
            if (!known.contains(oid))
                missing.append(oid);
        if (missing.isEmpty())
            continue;
        // A database we may not enter (datallowconn, pg_hba) leaves the oid shown as such.
        auto conn = pg::Connection::open(m_spec.withDatabase(it.key()));
        if (!conn)
            continue;
        auto names = relationNames(*conn.value(), missing);
        if (names)
            known.insert(names.value());
    }
    applyRelationNames(edges, m_relationNames);
}

} // namespace pgs
