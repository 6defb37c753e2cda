// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/pgpass.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace pgs {

namespace {

// Debian's libpq is built with DEFAULT_PGSOCKET_DIR "/var/run/postgresql" (pg_config_manual.h);
// libpq treats exactly that socket directory, and an empty host, as "localhost" in pgpass.
constexpr auto kDefaultSocketDir = "/var/run/postgresql";
constexpr auto kDefaultPort = "5432"; // DEF_PGPORT_STR

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::PgpassFile)
};

// Splits on unescaped ':' and removes the escaping backslashes, like pwdfMatchesString.
QStringList splitFields(QStringView line)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == QLatin1Char(':')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

QString escapeField(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (QChar c : field) {
        if (c == QLatin1Char(':') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// One physical line of the file: the raw bytes (terminator included) and, when it is an entry,
// its parsed form. Rewrites only ever touch the lines they mean to.
struct RawLine
{
    QByteArray bytes;
    std::optional<PgpassEntry> entry;
};

std::optional<PgpassEntry> parseLine(QString line)
{
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
        return std::nullopt;
    const QStringList fields = splitFields(line);
    if (fields.size() < 5)
        return std::nullopt; // libpq never finds the ':' ending the user field: the line is skipped
    return PgpassEntry{fields[0], fields[1], fields[2], fields[3], fields[4]};
}

QList<RawLine> splitRaw(const QByteArray &data)
{
    QList<RawLine> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        RawLine line{data.mid(start, end - start), std::nullopt};
        QByteArray content = line.bytes;
        if (content.endsWith('\n'))
            content.chop(1);
        line.entry = parseLine(QString::fromUtf8(content));
        lines << line;
        start = end;
    }
    return lines;
}

QByteArray terminatorOf(const QByteArray &bytes)
{
    if (bytes.endsWith("\r\n"))
        return "\r\n";
    if (bytes.endsWith('\n'))
        return "\n";
    return {};
}

bool sameTarget(const PgpassEntry &e, const QString &host, const QString &port, const QString &database,
                const QString &user)
{
    return e.host == host && e.port == port && e.database == database && e.user == user;
}

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read the password file %1: %2").arg(path, file.errorString()), {},
                         QStringLiteral("io"));
    return file.readAll();
}

Status writeBytes(const QString &path, const QByteArray &data)
{
    // libpq ignores a pgpass file that the group or others can read.
    return writeFileAtomically(path, data, kPrivateFile, Tr::tr("the password file"));
}

} // namespace

bool PgpassEntry::matches(const QString &h, const QString &p, const QString &d, const QString &u) const
{
    auto field = [](const QString &pattern, const QString &value) {
        return pattern == QLatin1String("*") || pattern == value;
    };
    return field(host, h) && field(port, p) && field(database, d) && field(user, u);
}

QString PgpassEntry::toLine() const
{
    return escapeField(host) + QLatin1Char(':') + escapeField(port) + QLatin1Char(':') + escapeField(database)
        + QLatin1Char(':') + escapeField(user) + QLatin1Char(':') + escapeField(password);
}

QString PgpassFile::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("PGPASSFILE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::homePath() + QStringLiteral("/.pgpass");
}

QString PgpassFile::pgpassHost(const QString &host)
{
    if (host.isEmpty() || host == QLatin1String(kDefaultSocketDir))
        return QStringLiteral("localhost");
    return host;
}

QList<PgpassEntry> PgpassFile::parse(const QString &text)
{
    QList<PgpassEntry> entries;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (auto entry = parseLine(line))
            entries << *entry;
    }
    return entries;
}

Result<QList<PgpassEntry>> PgpassFile::read(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(QString::fromUtf8(*bytes));
}

QString PgpassFile::lookup(const QList<PgpassEntry> &entries, QString host, QString port, const QString &database,
                           const QString &user)
{
    // libpq does not look at the file without a database and a user name.
    if (database.isEmpty() || user.isEmpty())
        return {};
    host = pgpassHost(host);
    if (port.isEmpty())
        port = QLatin1String(kDefaultPort);
    for (const PgpassEntry &entry : entries) {
        if (entry.matches(host, port, database, user))
            return entry.password;
    }
    return {};
}

Status PgpassFile::upsert(const QString &path, const PgpassEntry &entry)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    QList<RawLine> lines = splitRaw(*bytes);
    qsizetype exact = -1, firstMatch = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto &parsed = lines[i].entry;
        if (!parsed)
            continue;
        if (firstMatch < 0 && parsed->matches(entry.host, entry.port, entry.database, entry.user))
            firstMatch = i;
        if (exact < 0 && sameTarget(*parsed, entry.host, entry.port, entry.database, entry.user))
            exact = i;
    }
    const QByteArray newLine = entry.toLine().toUtf8();
    if (exact >= 0 && exact == firstMatch) {
        lines[exact].bytes = newLine + terminatorOf(lines[exact].bytes);
    } else {
        // libpq takes the first matching line: a new or shadowed line goes right before the
        // wildcard line that would otherwise win, or it would never be used.
        QByteArray terminator = "\n";
        if (exact >= 0) {
            if (!terminatorOf(lines[exact].bytes).isEmpty())
                terminator = terminatorOf(lines[exact].bytes);
            lines.removeAt(exact);
        }
        if (firstMatch >= 0) {
            lines.insert(firstMatch, RawLine{newLine + terminator, entry});
        } else {
            if (!lines.isEmpty() && terminatorOf(lines.last().bytes).isEmpty())
                lines.last().bytes += '\n';
            lines.append(RawLine{newLine + '\n', entry});
        }
    }
    QByteArray out;
    for (const RawLine &line : lines)
        out += line.bytes;
    return writeBytes(path, out);
}

Status PgpassFile::remove(const QString &path, const QString &host, const QString &port, const QString &database,
                          const QString &user)
{
    if (!QFile::exists(path))
        return ok();
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    QByteArray out;
    bool removed = false;
    for (const RawLine &line : splitRaw(*bytes)) {
        if (line.entry && sameTarget(*line.entry, host, port, database, user))
            removed = true;
        else
            out += line.bytes;
    }
    return removed ? writeBytes(path, out) : ok();
}

} // namespace pgs
