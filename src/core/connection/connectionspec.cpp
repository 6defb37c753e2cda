// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionspec.h"

#include "connection/profile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

namespace pgs {

namespace {
struct EnvMapping
{
    const char *keyword;
    const char *variable;
};
// The libpq keywords a child tool may need, with the variable libpq reads for each.
constexpr EnvMapping kEnvMappings[] = {
    {"host", "PGHOST"},
    {"hostaddr", "PGHOSTADDR"},
    {"port", "PGPORT"},
    {"dbname", "PGDATABASE"},
    {"user", "PGUSER"},
    {"sslmode", "PGSSLMODE"},
    {"sslrootcert", "PGSSLROOTCERT"},
    {"sslcert", "PGSSLCERT"},
    {"sslkey", "PGSSLKEY"},
    {"sslcrl", "PGSSLCRL"},
    {"connect_timeout", "PGCONNECT_TIMEOUT"},
    {"application_name", "PGAPPNAME"},
    {"service", "PGSERVICE"},
    {"options", "PGOPTIONS"},
    {"target_session_attrs", "PGTARGETSESSIONATTRS"},
    {"gssencmode", "PGGSSENCMODE"},
    {"passfile", "PGPASSFILE"},
};

// libpq quotes parts of a bad conninfo in its error, for a URI even the whole string with the
// password in it. Every password-looking value of the input is blanked out of that text.
QString withoutPasswords(QString message, const QString &conninfo)
{
    static const QRegularExpression keywordValue(
        QStringLiteral(R"(password\s*=\s*('(?:[^'\\]|\\.)*'?|[^\s&#]+))"));
    static const QRegularExpression uriUserinfo(QStringLiteral(R"(^\s*[a-z]+://[^/?#@]*?:([^/?#]*)@)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList secrets;
    for (auto it = keywordValue.globalMatch(conninfo); it.hasNext();)
        secrets << it.next().captured(1);
    if (const auto m = uriUserinfo.match(conninfo); m.hasMatch())
        secrets << m.captured(1);
    for (const QString &secret : std::as_const(secrets)) {
        QString unquoted = secret;
        if (unquoted.startsWith(QLatin1Char('\''))) {
            unquoted.remove(0, 1);
            if (unquoted.endsWith(QLatin1Char('\'')))
                unquoted.chop(1);
            unquoted.replace(QStringLiteral("\\'"), QStringLiteral("'"));
        }
        for (const QString &form : {secret, unquoted, QUrl::fromPercentEncoding(secret.toUtf8())}) {
            if (!form.isEmpty())
                message.replace(form, QStringLiteral("********"));
        }
    }
    return message;
}
} // namespace

QString ConnectionSpec::readOnlyOptions() { return QStringLiteral("-c default_transaction_read_only=on"); }

ConnectionSpec ConnectionSpec::fromProfile(const ConnectionProfile &p)
{
    ConnectionSpec spec;
    spec.set(QStringLiteral("service"), p.service);
    spec.set(QStringLiteral("host"), p.host);
    if (p.port > 0 && (p.service.isEmpty() || p.port != 5432))
        spec.set(QStringLiteral("port"), QString::number(p.port));
    spec.set(QStringLiteral("dbname"), p.database);
    spec.set(QStringLiteral("user"), p.user);
    if (p.service.isEmpty() || p.sslMode != QLatin1String("prefer"))
        spec.set(QStringLiteral("sslmode"), p.sslMode);
    spec.set(QStringLiteral("sslrootcert"), p.sslRootCert);
    spec.set(QStringLiteral("sslcert"), p.sslCert);
    spec.set(QStringLiteral("sslkey"), p.sslKey);
    if (p.connectTimeoutSeconds > 0)
        spec.set(QStringLiteral("connect_timeout"), QString::number(p.connectTimeoutSeconds));
    spec.set(QStringLiteral("application_name"), p.applicationName);
    if (p.readOnly)
        spec.set(QStringLiteral("options"), readOnlyOptions());
    return spec;
}

Result<ConnectionSpec> ConnectionSpec::fromConninfo(const QString &conninfo)
{
    char *errmsg = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (!options) {
        const QString why = withoutPasswords(errmsg ? QString::fromUtf8(errmsg).trimmed() : QString(), conninfo);
        PQfreemem(errmsg);
        return Error::of(QCoreApplication::translate("pgs::ConnectionSpec",
                                                     "Invalid connection string: %1").arg(why),
                         {}, QStringLiteral("bad-conninfo"));
    }
    ConnectionSpec spec;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == QLatin1String("password"))
            spec.m_password = value;
        else
            spec.set(keyword, value);
    }
    PQconninfoFree(options);
    return spec;
}

void ConnectionSpec::set(const QString &keyword, const QString &value)
{
    if (value.isEmpty())
        m_keywords.remove(keyword);
    else
        m_keywords.insert(keyword, value);
}

QString ConnectionSpec::value(const QString &keyword) const
{
    return m_keywords.value(keyword);
}

ConnectionSpec ConnectionSpec::withDatabase(const QString &database) const
{
    ConnectionSpec copy = *this;
    copy.set(QStringLiteral("dbname"), database);
    return copy;
}

QString ConnectionSpec::describe() const
{
    auto pick = [this](const char *keyword, const char *variable, const QString &fallback) {
        QString v = value(QString::fromLatin1(keyword));
        if (v.isEmpty())
            v = qEnvironmentVariable(variable);
        return v.isEmpty() ? fallback : v;
    };
    const QString service = value(QStringLiteral("service"));
    const QString host = pick("host", "PGHOST", QStringLiteral("localhost"));
    const QString port = pick("port", "PGPORT", QStringLiteral("5432"));
    const QString user = pick("user", "PGUSER", QString());
    const QString db = pick("dbname", "PGDATABASE", QString());
    QString text = user.isEmpty() ? QString() : user + QLatin1Char('@');
    text += host + QLatin1Char(':') + port;
    if (!db.isEmpty())
        text += QLatin1Char('/') + db;
    if (!service.isEmpty())
        text += QStringLiteral(" (service %1)").arg(service);
    return text;
}

QProcessEnvironment ConnectionSpec::toolEnvironment(const QProcessEnvironment &base) const
{
    QProcessEnvironment env = base;
    for (const EnvMapping &m : kEnvMappings) {
        const QString v = value(QString::fromLatin1(m.keyword));
        if (!v.isEmpty())
            env.insert(QString::fromLatin1(m.variable), v);
    }
    return env;
}

} // namespace pgs
