// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/pgservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace pgs {

namespace {
// Debian's libpq is configured with --sysconfdir=/etc/postgresql-common.
constexpr auto kDefaultSysconfDir = "/etc/postgresql-common";
} // namespace

QStringList PgServiceFile::searchPaths()
{
    QString userFile = qEnvironmentVariable("PGSERVICEFILE");
    if (userFile.isEmpty())
        userFile = QDir::homePath() + QStringLiteral("/.pg_service.conf");
    QString sysconfDir = qEnvironmentVariable("PGSYSCONFDIR");
    if (sysconfDir.isEmpty())
        sysconfDir = QLatin1String(kDefaultSysconfDir);
    return {userFile, sysconfDir + QStringLiteral("/pg_service.conf")};
}

QList<ServiceEntry> PgServiceFile::parse(const QString &text, const QString &sourceFile)
{
    QList<ServiceEntry> entries;
    QSet<QString> seen;
    ServiceEntry *current = nullptr;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            const QString name = (close < 0 ? line.mid(1) : line.mid(1, close - 1)).trimmed();
            // libpq stops at the first section of a name inside one file: later ones are dead.
            if (name.isEmpty() || seen.contains(name)) {
                current = nullptr;
                continue;
            }
            seen.insert(name);
            entries.append(ServiceEntry{name, {}, sourceFile});
            current = &entries.last();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!current || eq <= 0)
            continue; // outside a section or not key=value: libpq would reject it, we skip it
        const QString key = line.left(eq).trimmed();
        if (!current->values.contains(key))
            current->values.insert(key, line.mid(eq + 1).trimmed());
    }
    return entries;
}

Result<QList<ServiceEntry>> PgServiceFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::of(QCoreApplication::translate("pgs::PgServiceFile", "Cannot read the service file %1: %2")
                             .arg(path, file.errorString()),
                         {}, QStringLiteral("io"));
    }
    return parse(QString::fromUtf8(file.readAll()), path);
}

QList<ServiceEntry> PgServiceFile::discover()
{
    QList<ServiceEntry> all;
    QSet<QString> names;
    for (const QString &path : searchPaths()) {
        if (!QFile::exists(path))
            continue;
        auto entries = read(path);
        if (!entries)
            continue; // an unreadable system file must not hide the user's services
        for (const ServiceEntry &entry : *entries) {
            if (names.contains(entry.name))
                continue;
            names.insert(entry.name);
            all << entry;
        }
    }
    return all;
}

ConnectionProfile PgServiceFile::toProfile(const ServiceEntry &entry, bool *passwordFound)
{
    const auto &v = entry.values;
    auto text = [&v](const char *key) { return v.value(QLatin1String(key)); };
    auto number = [&v](const char *key, int fallback) {
        bool ok = false;
        const int n = v.value(QLatin1String(key)).toInt(&ok);
        return ok && n >= 0 ? n : fallback;
    };

    ConnectionProfile p;
    p.name = entry.name;
    p.group = QStringLiteral("Imported");
    p.service = entry.name;
    p.host = text("host").isEmpty() ? text("hostaddr") : text("host");
    p.port = number("port", p.port);
    p.database = text("dbname");
    p.user = text("user");
    if (v.contains(QStringLiteral("sslmode")))
        p.sslMode = text("sslmode");
    p.sslRootCert = text("sslrootcert");
    p.sslCert = text("sslcert");
    p.sslKey = text("sslkey");
    p.connectTimeoutSeconds = number("connect_timeout", p.connectTimeoutSeconds);
    if (v.contains(QStringLiteral("application_name")))
        p.applicationName = text("application_name");
    if (passwordFound)
        *passwordFound = v.contains(QStringLiteral("password"));
    return p;
}

} // namespace pgs
