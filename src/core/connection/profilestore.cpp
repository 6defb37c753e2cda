// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profilestore.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>

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
    QString problem; // translated; empty when the document is usable
};

Parsed parseDocument(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, Tr::tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return {{}, Tr::tr("the top level is not a JSON object")};
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("schema_version"));
    if (!version.isUndefined() && !version.isDouble())
        return {{}, Tr::tr("\"schema_version\" is not a number")};
    const int schema = version.toInt(1);
    if (schema > ProfileStore::kSchemaVersion)
        return {{}, Tr::tr("schema version %1 is newer than this version of pgsteward understands (%2)")
                        .arg(schema)
                        .arg(ProfileStore::kSchemaVersion)};
    const QJsonValue list = root.value(QStringLiteral("profiles"));
    if (!list.isArray())
        return {{}, Tr::tr("there is no \"profiles\" array")};

    Parsed parsed;
    QSet<QString> ids;
    for (const QJsonValue &item : list.toArray()) {
        if (!item.isObject())
            return {{}, Tr::tr("an entry of \"profiles\" is not a JSON object")};
        ConnectionProfile profile = ConnectionProfile::fromJson(item.toObject());
        if (profile.id.isEmpty() || ids.contains(profile.id))
            profile.id = newId(); // ids key keychain entries: they must be unique
        ids.insert(profile.id);
        parsed.profiles << profile;
    }
    return parsed;
}

// profiles.json.corrupt-20260131-142501, then ...-2, ...-3 when that name is taken.
QString corruptName(const QString &filePath)
{
    const QString base = filePath + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace

ProfileStore::ProfileStore(QString filePath)
    : m_filePath(std::move(filePath))
{}

Status ProfileStore::load()
{
    m_profiles.clear();
    m_loadWarning.clear();
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
        return ok();
    }
    // Never overwrite what we could not read: the user may want to repair it by hand.
    const QString keptAs = corruptName(m_filePath);
    if (!QFile::rename(m_filePath, keptAs))
        return Error::of(Tr::tr("The profiles file %1 is damaged (%2) and could not be moved aside.")
                             .arg(m_filePath, parsed.problem),
                         {}, QStringLiteral("io"));
    m_loadWarning = Tr::tr("The profiles file could not be read (%1). It was kept as %2 and pgsteward "
                       "started with an empty profile list.")
                        .arg(parsed.problem, QDir::toNativeSeparators(keptAs));
    return ok();
}

Status ProfileStore::save() const
{
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
