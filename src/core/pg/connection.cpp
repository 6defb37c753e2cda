// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/connection.h"

#include "connection/connectionspec.h"
#include "connection/connecterror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <libpq-fe.h>
#include <poll.h>

#include <vector>

namespace pgs::pg {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::pg::Connection)
};

QByteArray paramText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool() ? "true" : "false";
    case QMetaType::QByteArray: return v.toByteArray();
    case QMetaType::QDateTime: return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QStringList: {
        // A text[] literal: {"a","b"} with quotes and backslashes escaped.
        QByteArray out = "{";
        const QStringList items = v.toStringList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QByteArray item = items[i].toUtf8();
            item.replace('\\', "\\\\").replace('"', "\\\"");
            out += (i ? ",\"" : "\"") + item + '"';
        }
        return out + '}';
    }
    default: return v.toString().toUtf8();
    }
}

pgs::Error resultError(const PGresult *res, PGconn *conn)
{
    if (!res)
        return pgs::Error::of(QString::fromUtf8(PQerrorMessage(conn)).trimmed(), {}, QStringLiteral("connection"));
    const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
    const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
    const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
    const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    QString message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    QString more = detail ? QString::fromUtf8(detail) : QString();
    if (hint)
        more += (more.isEmpty() ? QString() : QStringLiteral("\n")) + QString::fromUtf8(hint);
    return pgs::Error::of(message, more, state ? QString::fromLatin1(state) : QString());
}
} // namespace

void Canceller::cancel()
{
    m_requested = true;
    sendCancel();
}

void Canceller::attach(PGcancel *handle)
{
    std::lock_guard lock(m_mutex);
    m_handle = handle;
}

void Canceller::detach()
{
    std::lock_guard lock(m_mutex);
    if (m_handle)
        PQfreeCancel(m_handle);
    m_handle = nullptr;
}

bool Canceller::sendCancel()
{
    std::lock_guard lock(m_mutex);
    if (!m_handle)
        return false;
    char errbuf[256];
    return PQcancel(m_handle, errbuf, sizeof errbuf) == 1;
}

pgs::Result<std::unique_ptr<Connection>> Connection::open(const ConnectionSpec &spec)
{
    std::vector<QByteArray> keys, values;
    for (auto it = spec.keywords().cbegin(); it != spec.keywords().cend(); ++it) {
        keys.push_back(it.key().toUtf8());
        values.push_back(it.value().toUtf8());
    }
    // In the startup packet rather than a SET after it: one round trip less on every connection.
    if (!spec.keywords().contains(QStringLiteral("client_encoding"))) {
        keys.push_back("client_encoding");
        values.push_back("UTF8");
    }
    if (spec.hasPassword()) { // last: its copy is wiped below
        keys.push_back("password");
        values.push_back(spec.password().toUtf8());
    }
    std::vector<const char *> k, v;
    for (size_t i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(k.data(), v.data(), 0);
    // Overwrite our copy of the secret as soon as libpq has it.
    if (spec.hasPassword())
        values.back().fill('\0');
    if (!conn)
        return pgs::Error::of(Tr::tr("Out of memory while connecting"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString raw = QString::fromUtf8(PQerrorMessage(conn));
        const bool passwordGiven = spec.hasPassword() || PQconnectionUsedPassword(conn);
        PQfinish(conn);
        return classifyConnectError(raw, spec, passwordGiven);
    }
    if (qstrcmp(pg_encoding_to_char(PQclientEncoding(conn)), "UTF8") != 0)
        PQsetClientEncoding(conn, "UTF8");
    return std::unique_ptr<Connection>(new Connection(conn));
}

Connection::Connection(PGconn *conn) : m_conn(conn), m_canceller(std::make_shared<Canceller>())
{
    m_canceller->attach(PQgetCancel(conn));
    PQsetNoticeReceiver(conn, &Connection::noticeReceiver, this);
}

Connection::~Connection()
{
    m_canceller->detach();
    PQfinish(m_conn);
}

void Connection::noticeReceiver(void *arg, const PGresult *res)
{
    auto *self = static_cast<Connection *>(arg);
    if (self->m_noticeHandler)
        self->m_noticeHandler(QString::fromUtf8(PQresultErrorMessage(res)).trimmed());
}

void Connection::setNoticeHandler(std::function<void(const QString &)> handler)
{
    m_noticeHandler = std::move(handler);
}

pgs::Result<QueryResult> Connection::exec(const QString &sql, const QVariantList &params)
{
    if (m_canceller->isCanceled())
        return pgs::Error::of(Tr::tr("Canceled"), {}, QStringLiteral("canceled"));
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    for (const QVariant &p : params) {
        if (p.isNull()) {
            storage.emplace_back();
            values.push_back(nullptr);
        } else {
            storage.push_back(paramText(p));
            values.push_back(storage.back().constData());
        }
    }
    const QByteArray text = sql.toUtf8();
    if (!PQsendQueryParams(m_conn, text.constData(), int(values.size()), nullptr,
                           values.empty() ? nullptr : values.data(), nullptr, nullptr, 0))
        return pgs::Error::of(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), {}, QStringLiteral("connection"));
    return waitForResult();
}

pgs::Status Connection::execScript(const QString &sql)
{
    if (m_canceller->isCanceled())
        return pgs::Error::of(Tr::tr("Canceled"), {}, QStringLiteral("canceled"));
    if (!PQsendQuery(m_conn, sql.toUtf8().constData()))
        return pgs::Error::of(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), {}, QStringLiteral("connection"));
    auto r = waitForResult();
    if (!r)
        return r.error();
    return pgs::ok();
}

bool Connection::waitUntilResultReady()
{
    // Wait on the socket in short slices so that a cancel request that raced with the send (and
    // so reached the server before our query) is sent again until the query really stops.
    QElapsedTimer sinceCancel;
    while (PQisBusy(m_conn)) {
        if (m_canceller->isCanceled() && (!sinceCancel.isValid() || sinceCancel.elapsed() > 250)) {
            m_canceller->sendCancel();
            sinceCancel.start();
        }
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (fd.fd < 0)
            return false;
        const int ready = ::poll(&fd, 1, 100);
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready > 0 && !PQconsumeInput(m_conn))
            return false;
    }
    return true;
}

pgs::Result<QueryResult> Connection::waitForResult()
{
    PGresult *last = nullptr;
    std::optional<pgs::Error> error;
    while (waitUntilResultReady()) {
        PGresult *res = PQgetResult(m_conn);
        if (!res)
            break;
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE || status == PGRES_NONFATAL_ERROR) {
            if (!error)
                error = resultError(res, m_conn);
            PQclear(res);
            continue;
        }
        if (last)
            PQclear(last);
        last = res;
    }
    if (error) {
        if (last)
            PQclear(last);
        if (error->code == QLatin1String("57014") && m_canceller->isCanceled())
            error->code = QStringLiteral("canceled");
        return *error;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        if (last)
            PQclear(last);
        return pgs::Error::of(Tr::tr("The connection to the server was lost"),
                              QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), QStringLiteral("connection-lost"));
    }
    return QueryResult(last);
}

QString Connection::quoteIdentifier(const QString &identifier) const
{
    const QByteArray in = identifier.toUtf8();
    char *out = PQescapeIdentifier(m_conn, in.constData(), size_t(in.size()));
    const QString quoted = QString::fromUtf8(out);
    PQfreemem(out);
    return quoted;
}

QString Connection::quoteLiteral(const QString &literal) const
{
    const QByteArray in = literal.toUtf8();
    char *out = PQescapeLiteral(m_conn, in.constData(), size_t(in.size()));
    const QString quoted = QString::fromUtf8(out);
    PQfreemem(out);
    return quoted;
}

int Connection::serverVersionNum() const { return PQserverVersion(m_conn); }
int Connection::backendPid() const { return PQbackendPID(m_conn); }
QString Connection::database() const { return QString::fromUtf8(PQdb(m_conn)); }
QString Connection::user() const { return QString::fromUtf8(PQuser(m_conn)); }
QString Connection::host() const { return QString::fromUtf8(PQhost(m_conn)); }
bool Connection::usesSsl() const { return PQsslInUse(m_conn); }

} // namespace pgs::pg
