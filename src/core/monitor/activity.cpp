// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pgs {

namespace {

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::Activity)
};

QDateTime epochTime(const pg::QueryResult &r, int row, const char *name)
{
    const int c = r.column(name);
    if (r.isNull(row, c))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(r.toDouble(row, c) * 1000), Qt::UTC);
}

QList<int> intArray(const QString &text) // "{12,34}"
{
    QList<int> out;
    const QString inner = text.mid(1, text.size() - 2);
    for (const QString &part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.toInt());
    return out;
}

struct SortName
{
    SessionSort sort;
    const char *key;
};
constexpr SortName kSortNames[] = {
    {SessionSort::Pid, "pid"},
    {SessionSort::Database, "database"},
    {SessionSort::User, "user"},
    {SessionSort::Application, "application"},
    {SessionSort::State, "state"},
    {SessionSort::Duration, "duration"},
    {SessionSort::WaitEvent, "wait_event"},
    {SessionSort::BlockedBy, "blocked_by"},
    {SessionSort::Query, "query"},
    {SessionSort::Client, "client"},
    {SessionSort::QueryStart, "query_start"},
    {SessionSort::XactStart, "xact_start"},
    {SessionSort::BackendStart, "backend_start"},
};

QJsonValue timeJson(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(); }

} // namespace

QString sessionSortKey(SessionSort sort)
{
    for (const SortName &name : kSortNames)
        if (name.sort == sort)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<SessionSort> sessionSortFromKey(const QString &key)
{
    if (key.isEmpty())
        return SessionSort::Default;
    for (const SortName &name : kSortNames)
        if (key == QLatin1String(name.key))
            return name.sort;
    return std::nullopt;
}

QStringList sessionSortKeys()
{
    QStringList keys;
    for (const SortName &name : kSortNames)
        keys << QString::fromLatin1(name.key);
    return keys;
}

Result<ActivitySnapshot> loadActivity(pg::Connection &conn, const ActivityOptions &options)
{
    ActivitySnapshot snap;
    snap.ownPid = conn.backendPid();
    const int v = conn.serverVersionNum();
    auto orNull = [](const QString &filter) { return filter.isEmpty() ? QVariant() : QVariant(filter); };
    auto sessions = conn.exec(sql::query(QStringLiteral("monitor/activity"), v),
                              {options.limit, options.activeOnly, orNull(options.database), orNull(options.user),
                               orNull(options.application), options.offset,
                               orNull(sessionSortKey(options.sort)), options.descending});
    if (!sessions)
        return sessions.error();
    const pg::QueryResult &r = sessions.value();
    for (int row = 0; row < r.rows(); ++row) {
        SessionActivity s;
        s.pid = int(r.toInt64(row, "pid"));
        s.database = r.text(row, "database");
        s.user = r.text(row, "user");
        s.application = r.text(row, "application");
        s.client = r.text(row, "client");
        s.backendStart = epochTime(r, row, "backend_start");
        s.xactStart = epochTime(r, row, "xact_start");
        s.queryStart = epochTime(r, row, "query_start");
        s.stateChange = epochTime(r, row, "state_change");
        s.state = r.text(row, "state");
        s.waitEventType = r.text(row, "wait_event_type");
        s.waitEvent = r.text(row, "wait_event");
        s.blockedBy = intArray(r.text(row, "blocked_by"));
        s.query = r.text(row, "query");
        snap.total = int(r.toInt64(row, "total"));
        snap.serverTime = epochTime(r, row, "server_now");
        snap.sessions.append(s);
    }
    auto edges = conn.exec(sql::query(QStringLiteral("monitor/blocking"), v), {options.blockingLimit});
    if (!edges)
        return edges.error();
    const pg::QueryResult &e = edges.value();
    for (int row = 0; row < e.rows(); ++row) {
        snap.blocking.append({int(e.toInt64(row, "blocked_pid")), int(e.toInt64(row, "blocking_pid")),
                              e.text(row, "locktype"), e.text(row, "wanted_mode"), e.text(row, "held_mode"),
                              e.text(row, "relation"), e.text(row, "blocking_state"), e.text(row, "blocking_query"),
                              e.text(row, "blocked_state"), e.text(row, "blocked_query"),
                              e.isNull(row, e.column("relation_oid")) ? 0 : e.toInt64(row, "relation_oid"),
                              e.text(row, "relation_database")});
        snap.blockingTotal = int(e.toInt64(row, "total"));
    }
    return snap;
}

QJsonObject ActivitySnapshot::toJson() const
{
    QJsonArray list;
    for (const SessionActivity &s : sessions) {
        QJsonArray blockers;
        for (int pid : s.blockedBy)
            blockers.append(pid);
        list.append(QJsonObject{
            {QStringLiteral("pid"), s.pid},
            {QStringLiteral("database"), s.database},
            {QStringLiteral("user"), s.user},
            {QStringLiteral("application"), s.application},
            {QStringLiteral("client"), s.client},
            {QStringLiteral("backend_start"), timeJson(s.backendStart)},
            {QStringLiteral("xact_start"), timeJson(s.xactStart)},
            {QStringLiteral("query_start"), timeJson(s.queryStart)},
            {QStringLiteral("state_change"), timeJson(s.stateChange)},
            {QStringLiteral("state"), s.state},
            {QStringLiteral("wait_event_type"), s.waitEventType},
            {QStringLiteral("wait_event"), s.waitEvent},
            {QStringLiteral("query"), s.query},
            {QStringLiteral("blocked_by"), blockers},
        });
    }
    QJsonArray edges;
    for (const BlockingEdge &e : blocking) {
        edges.append(QJsonObject{{QStringLiteral("blocked_pid"), e.blockedPid},
                                 {QStringLiteral("blocking_pid"), e.blockingPid},
                                 {QStringLiteral("lock_type"), e.lockType},
                                 {QStringLiteral("wanted_mode"), e.wantedMode},
                                 {QStringLiteral("held_mode"), e.heldMode},
                                 {QStringLiteral("relation"), e.relation},
                                 {QStringLiteral("blocking_state"), e.blockingState},
                                 {QStringLiteral("blocking_query"), e.blockingQuery}});
    }
    return QJsonObject{{QStringLiteral("sessions"), list},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("blocking"), edges},
                       {QStringLiteral("blocking_total"), blockingTotal},
                       {QStringLiteral("own_pid"), ownPid}};
}

QHash<QString, QList<qint64>> unnamedRelations(const QList<BlockingEdge> &edges)
{
    QHash<QString, QList<qint64>> out;
    for (const BlockingEdge &e : edges)
        if (e.relation.isEmpty() && e.relationOid && !e.relationDatabase.isEmpty()
            && !out.value(e.relationDatabase).contains(e.relationOid))
            out[e.relationDatabase].append(e.relationOid);
    return out;
}

Result<QHash<qint64, QString>> relationNames(pg::Connection &conn, const QList<qint64> &oids)
{
    QStringList list;
    for (qint64 oid : oids)
        list << QString::number(oid);
    auto r = conn.exec(sql::query(QStringLiteral("monitor/activity_relation_names"), conn.serverVersionNum()),
                       {QStringLiteral("{%1}").arg(list.join(QLatin1Char(',')))});
    if (!r)
        return r.error();
    QHash<qint64, QString> names;
    for (int row = 0; row < r->rows(); ++row)
        names.insert(r->toInt64(row, "oid"), r->text(row, "name"));
    return names;
}

void applyRelationNames(QList<BlockingEdge> &edges, const QHash<QString, QHash<qint64, QString>> &names)
{
    for (BlockingEdge &e : edges) {
        if (!e.relation.isEmpty() || !e.relationOid || e.relationDatabase.isEmpty())
            continue;
        e.relation = names.value(e.relationDatabase).value(e.relationOid);
        if (e.relation.isEmpty())
            e.relation = Tr::tr("oid %1 in %2").arg(e.relationOid).arg(e.relationDatabase);
    }
}

qint64 sessionDurationSecs(const SessionActivity &session, const QDateTime &now)
{
    QDateTime since = session.stateChange;
    if (session.state == QLatin1String("active"))
        since = session.queryStart;
    else if (session.state.startsWith(QLatin1String("idle in transaction")))
        since = session.xactStart;
    if (!since.isValid() || !now.isValid())
        return -1;
    return std::max<qint64>(0, since.secsTo(now));
}

Result<QList<SignalOutcome>> signalBackends(pg::Connection &conn, const SignalRequest &request)
{
    const int own = conn.backendPid();
    if (request.pids.contains(own))
        return Error::of(Tr::tr("Refusing to signal our own session (pid %1).").arg(own), {},
                         QStringLiteral("own-backend"));
    if (request.productionProfile && !request.productionOverride)
        return Error::of(Tr::tr("This is a production server: lift the production guard to cancel or terminate "
                                "sessions."),
                         {}, QStringLiteral("production-guard"));
    const QString sql = sql::query(request.signal == BackendSignal::Cancel ? QStringLiteral("monitor/cancel_backend")
                                                                           : QStringLiteral("monitor/terminate_backend"),
                                   conn.serverVersionNum());
    QList<SignalOutcome> outcomes;
    for (int pid : request.pids) {
        auto r = conn.exec(sql, {pid});
        if (!r)
            outcomes.append({pid, false, r.error().message});
        else
            outcomes.append({pid, r->toBool(0, "signalled"), {}});
    }
    return outcomes;
}

} // namespace pgs
