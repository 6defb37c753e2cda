// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/queryresult.h"
#include "util/result.h"

#include <QString>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

typedef struct pg_conn PGconn;
typedef struct pg_cancel PGcancel;

namespace pgs {
class ConnectionSpec;
}

namespace pgs::pg {

// Cancels whatever its connection is running. Safe to call from any thread, including after the
// connection is gone (then it does nothing). Two mechanisms, because either alone can miss:
// an atomic flag the running exec() loop checks, and PQcancel() sent to the server.
class Canceller
{
public:
    void cancel();
    bool isCanceled() const { return m_requested.load(); }
    void reset() { m_requested = false; }

private:
    friend class Connection;
    void attach(PGcancel *handle);
    void detach();
    bool sendCancel();

    std::mutex m_mutex;
    PGcancel *m_handle = nullptr;
    std::atomic_bool m_requested{false};
};

// One libpq connection, owned by one thread at a time (the job that opened it).
class Connection
{
public:
    static pgs::Result<std::unique_ptr<Connection>> open(const ConnectionSpec &spec);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // One statement with bound parameters ($1, $2 ...). QVariant() binds NULL.
    pgs::Result<QueryResult> exec(const QString &sql, const QVariantList &params = {});
    // Several statements separated by semicolons, no parameters (scripts, DDL).
    pgs::Status execScript(const QString &sql);

    QString quoteIdentifier(const QString &identifier) const;
    QString quoteLiteral(const QString &literal) const;

    int serverVersionNum() const; // e.g. 150004
    int serverMajorVersion() const { return serverVersionNum() / 10000; }
    int backendPid() const;
    QString database() const;
    QString user() const;
    QString host() const;
    bool usesSsl() const;

    std::shared_ptr<Canceller> canceller() const { return m_canceller; }
    // NOTICE/WARNING messages from the server, delivered on the thread running exec().
    void setNoticeHandler(std::function<void(const QString &)> handler);

    PGconn *native() const { return m_conn; }

private:
    explicit Connection(PGconn *conn);
    pgs::Result<QueryResult> waitForResult();
    bool waitUntilResultReady();
    static void noticeReceiver(void *arg, const struct pg_result *res);

    PGconn *m_conn = nullptr;
    std::shared_ptr<Canceller> m_canceller;
    std::function<void(const QString &)> m_noticeHandler;
};

} // namespace pgs::pg
