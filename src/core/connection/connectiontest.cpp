// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectiontest.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace pgs {

Result<ConnectionTestReport> testConnection(const ConnectionSpec &spec)
{
    ConnectionTestReport report;
    QElapsedTimer timer;
    timer.start();
    auto opened = pg::Connection::open(spec);
    if (!opened)
        return opened.error();
    report.connectMsecs = timer.nsecsElapsed() / 1e6;
    pg::Connection &conn = *opened.value();

    std::vector<double> trips;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto ping = conn.exec(sql::query(QStringLiteral("connection/ping")));
        if (!ping)
            return ping.error();
        trips.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(trips.begin(), trips.end());
    report.roundTripMsecs = trips[trips.size() / 2];

    auto version = conn.exec(QStringLiteral("SHOW server_version"));
    if (!version)
        return version.error();
    report.serverVersion = version->text(0, 0);
    report.serverVersionNum = conn.serverVersionNum();
    report.user = conn.user();
    report.database = conn.database();
    report.host = conn.host();
    report.ssl = conn.usesSsl();
    auto ssl = conn.exec(sql::query(QStringLiteral("connection/ssl"), report.serverVersionNum));
    if (ssl && ssl->rows() > 0) {
        report.ssl = ssl->toBool(0, "ssl");
        report.sslVersion = ssl->text(0, "version");
        report.sslCipher = ssl->text(0, "cipher");
    }
    return report;
}

QString ConnectionTestReport::summary() const
{
    const QString sslText = ssl ? QCoreApplication::translate("pgs::ConnectionTest", "SSL %1 (%2)").arg(sslVersion, sslCipher)
                                : QCoreApplication::translate("pgs::ConnectionTest", "no SSL");
    return QCoreApplication::translate("pgs::ConnectionTest",
                                       "Connected to PostgreSQL %1 as %2, %3; connect %4 ms, round trip %5 ms")
        .arg(serverVersion, user, sslText, QString::number(connectMsecs, 'f', 1),
             QString::number(roundTripMsecs, 'f', 2));
}

QJsonObject ConnectionTestReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("server_version"), serverVersion},
        {QStringLiteral("server_version_num"), serverVersionNum},
        {QStringLiteral("ssl"), ssl},
        {QStringLiteral("ssl_version"), sslVersion},
        {QStringLiteral("ssl_cipher"), sslCipher},
        {QStringLiteral("connect_ms"), connectMsecs},
        {QStringLiteral("round_trip_ms"), roundTripMsecs},
        {QStringLiteral("user"), user},
        {QStringLiteral("database"), database},
        {QStringLiteral("host"), host},
    };
}

} // namespace pgs
