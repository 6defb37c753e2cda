// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionstring.h"

#include "connection/connectionspec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ConnectionString)
};
} // namespace

bool looksLikeConnectionString(const QString &text)
{
    static const QRegularExpression uri(QStringLiteral("^\\s*postgres(ql)?://"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyValue(QStringLiteral("^\\s*[a-z_]+\\s*=\\s*\\S"));
    return uri.match(text).hasMatch() || keyValue.match(text).hasMatch();
}

Result<PastedConnection> applyConnectionString(const ConnectionProfile &base, const QString &text)
{
    Result<ConnectionSpec> spec = ConnectionSpec::fromConninfo(text.trimmed());
    if (!spec)
        return spec.error();
    PastedConnection out{base, spec->password(), {}};
    ConnectionProfile &p = out.profile;
    const auto &keywords = spec->keywords();
    for (auto it = keywords.cbegin(); it != keywords.cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            p.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.section(QLatin1Char(','), 0, 0).toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return Error::of(Tr::tr("The connection string has no valid port: %1").arg(value));
            p.port = port;
        } else if (key == QLatin1String("dbname")) {
            p.database = value;
        } else if (key == QLatin1String("user")) {
            p.user = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!ConnectionProfile::sslModes().contains(value))
                return Error::of(Tr::tr("Unknown SSL mode \"%1\" in the connection string").arg(value));
            p.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            p.sslRootCert = value;
        } else if (key == QLatin1String("sslcert")) {
            p.sslCert = value;
        } else if (key == QLatin1String("sslkey")) {
            p.sslKey = value;
        } else if (key == QLatin1String("connect_timeout")) {
            p.connectTimeoutSeconds = value.toInt();
        } else if (key == QLatin1String("application_name")) {
            p.applicationName = value;
        } else if (key == QLatin1String("service")) {
            p.service = value;
        } else {
            out.ignored << key;
        }
    }
    return out;
}

} // namespace pgs
