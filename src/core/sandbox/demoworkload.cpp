// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demoworkload.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <random>
#include <thread>
#include <vector>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::DemoWorkload)
};

struct Bounds
{
    qint64 customers = 1, events = 1, tickets = 1, venues = 1;
};

// What the clients share: counters, the stop flag, the first real error, and the cancellers
// of every client connection so that Cancel interrupts a running query at once.
struct Shared
{
    std::atomic_bool stop{false};
    std::atomic<qint64> transactions{0};
    std::atomic<qint64> rollbacks{0};
    std::mutex mutex;
    std::optional<Error> error;
    std::vector<std::shared_ptr<pg::Canceller>> cancellers;

    void fail(const Error &e)
    {
        {
            std::lock_guard lock(mutex);
            if (!error)
                error = e;
        }
        stopAll();
    }
    void stopAll()
    {
        stop = true;
        std::lock_guard lock(mutex);
        for (auto &c : cancellers)
            c->cancel();
    }
};

// A statement failed: either the transaction is rolled back and we go on (conflicts, or we are
// stopping), or it is a real error.
struct Abort
{
    Error error;
};

class Client
{
public:
    Client(Shared &shared, const Bounds &bounds, unsigned seed) : m_shared(shared), m_bounds(bounds), m_random(seed) {}

    void run(const ConnectionSpec &spec)
    {
        auto opened = pg::Connection::open(spec);
        if (!opened) {
            m_shared.fail(opened.error());
            return;
        }
        m_conn = std::move(opened).value();
        {
            std::lock_guard lock(m_shared.mutex);
            m_shared.cancellers.push_back(m_conn->canceller());
            if (m_shared.stop)
                return;
        }
        while (!m_shared.stop) {
            try {
                oneUnitOfWork();
            } catch (const Abort &abort) {
                (void)m_conn->exec(QStringLiteral("ROLLBACK"));
                if (m_shared.stop)
                    break;
                const QString code = abort.error.code;
                // Serialization failures and deadlocks are part of life under concurrency.
                if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
                    ++m_shared.rollbacks;
                else
                    m_shared.fail(abort.error);
            }
            pause();
        }
    }

private:
    pg::QueryResult exec(const char *name, const QVariantList &params = {})
    {
        auto r = m_conn->exec(sql::query(QLatin1String("demo/") + QLatin1String(name)), params);
        if (!r)
            throw Abort{r.error()};
        return r.value();
    }
    // Transaction control carries no data and cannot be PREPAREd, so it is not in the catalog.
    void control(const char *statement)
    {
        auto r = m_conn->exec(QString::fromLatin1(statement));
        if (!r)
            throw Abort{r.error()};
    }
    void rollback()
    {
        control("ROLLBACK");
        ++m_shared.rollbacks;
    }
    void commit()
    {
        control("COMMIT");
        ++m_shared.transactions;
    }
    qint64 pick(qint64 max) { return std::uniform_int_distribution<qint64>(1, std::max<qint64>(1, max))(m_random); }
    int percent() { return std::uniform_int_distribution<int>(0, 99)(m_random); }

    void audit(const QString &action, const QString &entity, qint64 id, double amount)
    {
        const QJsonObject payload{{QStringLiteral("source"), QStringLiteral("demo-workload")},
                                  {QStringLiteral("amount"), amount},
                                  {QStringLiteral("request_id"), QString::number(m_random(), 16)}};
        exec("workload_insert_audit", {QStringLiteral("web"), action, entity, id,
                                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    }

    void oneUnitOfWork()
    {
        const int p = percent();
        if (p < 35)
            buyTickets(false);
        else if (p < 40)
            buyTickets(true);
        else if (p < 60)
            topUp();
        else if (p < 88)
            scanTicket();
        else
            report();
    }

    void buyTickets(bool abandon)
    {
        const qint64 customer = pick(m_bounds.customers);
        const int count = int(pick(3));
        control("BEGIN");
        const pg::QueryResult event = exec("workload_pick_event");
        if (event.rows() == 0)
            return rollback();
        const qint64 eventId = event.toInt64(0, 0);
        const pg::QueryResult seats = exec("workload_reserve_seats", {eventId, count});
        if (seats.rows() == 0 || abandon) // sold out meanwhile, or the customer walked away
            return rollback();
        const double price = seats.toDouble(0, 0);
        const QString total = QString::number(price * count, 'f', 2);
        const qint64 order = exec("workload_insert_order", {customer, eventId, total}).toInt64(0, 0);
        exec("workload_insert_tickets", {order, eventId, QString::number(price, 'f', 2), count});
        const pg::QueryResult wallet = exec("workload_debit_wallet", {customer, total});
        if (wallet.rows() == 0) // not enough money in the wallet
            return rollback();
        exec("workload_insert_transaction", {wallet.toInt64(0, 0), order, QStringLiteral("purchase"), QString(QLatin1Char('-') + total)});
        audit(QStringLiteral("order.created"), QStringLiteral("order"), order, price * count);
        commit();
    }

    void topUp()
    {
        static const int amounts[] = {10, 20, 25, 50, 100};
        const qint64 customer = pick(m_bounds.customers);
        const int amount = amounts[pick(5) - 1];
        control("BEGIN");
        const pg::QueryResult wallet = exec("workload_credit_wallet", {customer, amount});
        if (wallet.rows() == 0)
            return rollback();
        exec("workload_insert_transaction", {wallet.toInt64(0, 0), QVariant(), QStringLiteral("top_up"), amount});
        audit(QStringLiteral("wallet.top_up"), QStringLiteral("wallet"), wallet.toInt64(0, 0), amount);
        commit();
    }

    void scanTicket()
    {
        exec("workload_scan_ticket", {pick(m_bounds.tickets)});
        ++m_shared.transactions;
    }

    void report()
    {
        switch (pick(3)) {
        case 1: exec("workload_report_event_sales", {pick(m_bounds.venues)}); break;
        case 2: exec("workload_report_daily_revenue", {QStringLiteral("7 days")}); break;
        default: exec("workload_customer_orders", {pick(m_bounds.customers)}); break;
        }
        ++m_shared.transactions;
    }

    // Think time: a client is a person, not a benchmark. Sliced so that a stop is seen quickly.
    void pause()
    {
        int msecs = std::uniform_int_distribution<int>(40, 160)(m_random);
        while (msecs > 0 && !m_shared.stop) {
            QThread::msleep(std::min(msecs, 20));
            msecs -= 20;
        }
    }

    Shared &m_shared;
    Bounds m_bounds;
    std::mt19937_64 m_random;
    std::unique_ptr<pg::Connection> m_conn;
};

Result<Bounds> loadBounds(const ConnectionSpec &spec)
{
    auto conn = pg::Connection::open(spec);
    if (!conn)
        return conn.error();
    auto r = (*conn)->exec(sql::query(QStringLiteral("demo/workload_bounds")));
    if (!r)
        return Error::of(Tr::tr("The demo data is not loaded in this database"), r.error().message, QStringLiteral("no-demo-data"));
    Bounds b;
    b.customers = r->toInt64(0, "customers", 1);
    b.events = r->toInt64(0, "events", 1);
    b.tickets = r->toInt64(0, "tickets", 1);
    b.venues = r->toInt64(0, "venues", 1);
    return b;
}
} // namespace

JobResult runDemoWorkload(JobContext &ctx, const ConnectionSpec &demoDbSpec, int clients, int seconds)
{
    auto bounds = loadBounds(demoDbSpec);
    if (!bounds)
        return bounds.error();

    Shared shared;
    auto hook = ctx.onCancel([&shared] { shared.stopAll(); });
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<std::thread> threads;
    std::random_device seeder;
    for (int i = 0; i < std::max(1, clients); ++i) {
        // Named apart from the app's own sessions in the Activity view.
        ConnectionSpec clientSpec = demoDbSpec;
        clientSpec.set(QStringLiteral("application_name"), QStringLiteral("pgsteward demo workload %1").arg(i + 1));
        threads.emplace_back([&shared, b = bounds.value(), seed = seeder(), clientSpec] {
            Client(shared, b, seed).run(clientSpec);
        });
    }
    ctx.log(Tr::tr("Demo workload: %1 clients on %2").arg(std::max(1, clients)).arg(demoDbSpec.describe()));

    while (!shared.stop) {
        QThread::msleep(100);
        const double secs = elapsed.elapsed() / 1000.0;
        if (seconds > 0 && secs >= seconds)
            shared.stopAll();
        ctx.progress(seconds > 0 ? std::min(1.0, secs / seconds) : -1.0,
                     Tr::tr("%1 transactions, %2 rollbacks").arg(shared.transactions.load()).arg(shared.rollbacks.load()));
    }
    for (auto &t : threads)
        t.join();

    const double secs = elapsed.elapsed() / 1000.0;
    const qint64 tx = shared.transactions.load();
    const qint64 rb = shared.rollbacks.load();
    ctx.log(Tr::tr("Demo workload finished: %1 transactions (%2 per second), %3 rollbacks in %4 s")
                .arg(tx).arg(secs > 0 ? tx / secs : 0.0, 0, 'f', 1).arg(rb).arg(secs, 0, 'f', 1));
    if (shared.error)
        return *shared.error;
    return QVariant(QVariantMap{{QStringLiteral("transactions"), tx},
                                {QStringLiteral("rollbacks"), rb},
                                {QStringLiteral("seconds"), secs}});
}

} // namespace pgs
