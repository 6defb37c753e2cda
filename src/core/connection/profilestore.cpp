// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profilestore.h"

#include "util/atomicfile.h"
#include "util/setaside.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace pgs {

namespace {

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ProfileStore)
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Parsed
{
    QList<ConnectionProfile> profiles;
    QString problem;     // translated; empty when the document is usable
    QStringList skipped; // translated, one per entry left out: "profiles[2]: ..."
};

// Why one entry of "profiles" cannot become a profile, or empty. Every field that picks the
// server or the credentials must have its type: a {"name": 5} or a "port": "5433" read with
// defaults would become a nameless localhost:5432 profile pointing at the wrong server.
QString entryProblem(const QJsonValue &item)
{
    if (!item.isObject())
        return Tr::tr("not a JSON object");
    const QJsonObject o = item.toObject();
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (name.isUndefined() || name.isNull())
        return Tr::tr("no \"name\"");
    if (!name.isString())
        return Tr::tr("\"name\" is not a string");
    if (name.toString().trimmed().isEmpty())
        return Tr::tr("\"name\" is empty");
    for (const char *field : {"id", "group", "host", "database", "user", "sslmode", "sslrootcert", "sslcert", "sslkey",
                              "application_name", "service", "production_color", "tools_dir", "password_storage"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isString())
            return Tr::tr("\"%1\" is not a string").arg(QLatin1String(field));
    }
    auto wholeNumberIn = [](const QJsonValue &v, double min, double max) {
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= min && v.toDouble() <= max;
    };
    if (const QJsonValue port = o.value(QStringLiteral("port")); !port.isUndefined() && !wholeNumberIn(port, 1, 65535))
        return Tr::tr("\"port\" is %1, not a number from 1 to 65535")
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{port}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    if (const QJsonValue t = o.value(QStringLiteral("connect_timeout")); !t.isUndefined() && !wholeNumberIn(t, 0, 86400))
        return Tr::tr("\"connect_timeout\" is not a number of seconds");
    if (const QJsonValue c = o.value(QStringLiteral("volume_capacity_bytes"));
        !c.isUndefined() && !wholeNumberIn(c, 0, 9.0e18))
        return Tr::tr("\"volume_capacity_bytes\" is not a number of bytes");
    if (const QJsonValue p = o.value(QStringLiteral("production")); !p.isUndefined() && !p.isBool())
        return Tr::tr("\"production\" is not true or false");
    return {};
}

Parsed parseDocument(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, Tr::tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()), {}};
    if (!doc.isObject())
        return {{}, Tr::tr("the top level is not a JSON object"), {}};
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("schema_version"));
    if (!version.isUndefined() && !version.isDouble())
        return {{}, Tr::tr("\"schema_version\" is not a number"), {}};
    const int schema = version.toInt(1);
    if (schema > ProfileStore::kSchemaVersion)
        return {{},
                Tr::tr("schema version %1 is newer than this version of pgsteward understands (%2)")
                    .arg(schema)
                    .arg(ProfileStore::kSchemaVersion),
                {}};
    const QJsonValue list = root.value(QStringLiteral("profiles"));
    if (!list.isArray())
        return {{}, Tr::tr("there is no \"profiles\" array"), {}};

    Parsed parsed;
    QSet<QString> ids;
    QHash<QString, int> names; // name -> index of the entry that has it
    const QJsonArray entries = list.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QString problem = entryProblem(entries[i]);
        const QString name = entries[i].toObject().value(QStringLiteral("name")).toString().trimmed();
        if (problem.isEmpty() && names.contains(name))
            problem = Tr::tr("the name \"%1\" is already used by profiles[%2]").arg(name).arg(names.value(name));
        if (!problem.isEmpty()) {
            parsed.skipped << Tr::tr("profiles[%1]: %2").arg(i).arg(problem);
            continue;
        }
        names.insert(name, i);
        ConnectionProfile profile = ConnectionProfile::fromJson(entries[i].toObject());
        profile.name = name;
        if (profile.id.isEmpty() || ids.contains(profile.id))
            profile.id = newId(); // ids key keychain entries: they must be unique
        ids.insert(profile.id);
        parsed.profiles << profile;
    }
    return parsed;
}

// A copy of the file as it was, unless an earlier load kept the same bytes already (the CLI
// loads on every run and must not leave a copy each time). Empty with *error set on failure.
QString keepCopy(const QString &filePath, const QByteArray &data, QString *error)
{
    const QFileInfo info(filePath);
    const QString pattern = info.fileName() + QStringLiteral(".corrupt-*");
    for (const QFileInfo &kept : info.dir().entryInfoList({pattern}, QDir::Files, QDir::Name)) {
        QFile f(kept.filePath());
        if (kept.size() == data.size() && f.open(QIODevice::ReadOnly) && f.readAll() == data)
            return kept.filePath();
    }
    const QString copy = setAsideName(filePath);
    if (Status st = writeFileAtomically(copy, data, kPrivateFile, Tr::tr("the copy of the profiles file")); !st) {
        *error = st.error().message;
        return {};
    }
    return copy;
}

} // namespace

ProfileStore::ProfileStore(QString filePath)
    : m_filePath(std::move(filePath))
{}

Status ProfileStore::load()
{
    m_profiles.clear();
    m_loadWarning.clear();
    m_unsavedOriginal.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return ok();
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read the profiles file %1: %2").arg(m_filePath, file.errorString()), {},
                         QStringLiteral("io"));
    const QByteArray data = file.readAll();
    file.close();

    Parsed parsed = parseDocument(data);
    if (parsed.problem.isEmpty()) {
        m_profiles = parsed.profiles;
        if (!parsed.skipped.isEmpty())
            keepSkippedEntries(data, parsed.skipped);
        return ok();
    }
    // Never overwrite what we could not read: the user may want to repair it by hand.
    const QString keptAs = setAsideName(m_filePath);
    if (!QFile::rename(m_filePath, keptAs))
        return Error::of(Tr::tr("The profiles file %1 is damaged (%2) and could not be moved aside.")
                             .arg(m_filePath, parsed.problem),
                         {}, QStringLiteral("io"));
    m_loadWarning = Tr::tr("The profiles file could not be read (%1). It was kept as %2 and pgsteward "
                       "started with an empty profile list.")
                        .arg(parsed.problem, QDir::toNativeSeparators(keptAs));
    return ok();
}

void ProfileStore::keepSkippedEntries(const QByteArray &original, const QStringList &skipped)
{
    // The next save() writes the valid profiles only: the skipped ones live on in the copy.
    QString copyError;
    const QString copy = keepCopy(m_filePath, original, &copyError);
    if (copy.isEmpty())
        m_unsavedOriginal = original; // save() tries again before it overwrites anything
    const QString what = Tr::tr("Entries of the profiles file %1 were skipped: %2.")
                             .arg(QDir::toNativeSeparators(m_filePath), skipped.join(QStringLiteral("; ")));
    m_loadWarning = copy.isEmpty()
        ? Tr::tr("%1 A copy of the file could not be kept (%2): the file is left as it is until a copy can be made.")
              .arg(what, copyError)
        : Tr::tr("%1 The file as it was is kept as %2.").arg(what, QDir::toNativeSeparators(copy));
}

Status ProfileStore::save()
{
    if (!m_unsavedOriginal.isEmpty()) {
        QString copyError;
        if (keepCopy(m_filePath, m_unsavedOriginal, &copyError).isEmpty())
            return Error::of(Tr::tr("The profiles file %1 was not saved: it holds entries that were skipped, and a copy "
                                    "of it could not be kept (%2).")
                                 .arg(QDir::toNativeSeparators(m_filePath), copyError),
                             {}, QStringLiteral("io"));
        m_unsavedOriginal.clear();
    }
    QJsonArray list;
    for (const ConnectionProfile &profile : m_profiles)
        list.append(profile.toJson());
    const QJsonObject root{{QStringLiteral("schema_version"), kSchemaVersion}, {QStringLiteral("profiles"), list}};
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // Host names, users and certificate paths are nobody else's business.
    return writeFileAtomically(m_filePath, data, kPrivateFile, Tr::tr("the profiles file"));
}

const ConnectionProfile *ProfileStore::find(const QString &idOrName) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.id == idOrName)
            return &profile;
    }
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.name == idOrName)
            return &profile;
    }
    return nullptr;
}

QStringList ProfileStore::groups() const
{
    QStringList groups;
    for (const ConnectionProfile &profile : m_profiles) {
        if (!profile.group.isEmpty() && !groups.contains(profile.group))
            groups << profile.group;
    }
    std::sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return groups;
}

Result<ConnectionProfile> ProfileStore::upsert(ConnectionProfile profile)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        return Error::of(Tr::tr("A profile needs a name."), {}, QStringLiteral("empty-name"));
    for (const ConnectionProfile &other : m_profiles) {
        if (other.name == profile.name && other.id != profile.id)
            return Error::of(Tr::tr("A profile named \"%1\" already exists.").arg(profile.name), {},
                             QStringLiteral("duplicate-name"));
    }
    if (profile.id.isEmpty())
        profile.id = newId();
    auto existing = std::find_if(m_profiles.begin(), m_profiles.end(),
                                 [&](const ConnectionProfile &p) { return p.id == profile.id; });
    if (existing != m_profiles.end())
        *existing = profile;
    else
        m_profiles << profile;
    return profile;
}

bool ProfileStore::remove(const QString &id)
{
    return m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; }) > 0;
}

ConnectionProfile ProfileStore::duplicateOf(const ConnectionProfile &profile) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                           [&](const ConnectionProfile &p) { return p.name == name; });
    };
    ConnectionProfile copy = profile;
    copy.id = newId();
    copy.name = Tr::tr("%1 (copy)").arg(profile.name);
    for (int n = 2; taken(copy.name); ++n)
        copy.name = Tr::tr("%1 (copy %2)").arg(profile.name).arg(n);
    return copy;
}

} // namespace pgs
