// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/offsitecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteCopy)
};
} // namespace

qint64 OffsiteCopyManifest::storedBytes() const
{
    qint64 total = 0;
    for (const File &f : files)
        total += f.storedSize;
    return total;
}

QJsonObject OffsiteCopyManifest::toJson() const
{
    QJsonArray array;
    for (const File &f : files)
        array.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), f.sha256},
                                 {QStringLiteral("stored_name"), f.storedName},
                                 {QStringLiteral("stored_size"), f.storedSize},
                                 {QStringLiteral("stored_sha256"), f.storedSha256},
                                 {QStringLiteral("stored_md5"), f.storedMd5}});
    return QJsonObject{{QStringLiteral("pgsteward_copy"), kSchemaVersion},
                       {QStringLiteral("folder"), folder},
                       {QStringLiteral("encrypted"), encrypted},
                       {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
                       {QStringLiteral("copied_at"), copiedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("backup"), backup},
                       {QStringLiteral("files"), array},
                       {QStringLiteral("stored_bytes"), storedBytes()}};
}

Result<OffsiteCopyManifest> OffsiteCopyManifest::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("pgsteward_copy")).toInt() != kSchemaVersion)
        return Error::of(Tr::tr("Not a pgsteward copy manifest (or one of a newer version)"));
    OffsiteCopyManifest m;
    m.folder = o.value(QStringLiteral("folder")).toString();
    m.encrypted = o.value(QStringLiteral("encrypted")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray())
        m.recipients << v.toString();
    m.copiedAt = QDateTime::fromString(o.value(QStringLiteral("copied_at")).toString(), Qt::ISODateWithMs);
    m.backup = o.value(QStringLiteral("backup")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        File file{f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("size")).toInteger(),
                  f.value(QStringLiteral("sha256")).toString(), f.value(QStringLiteral("stored_name")).toString(),
                  f.value(QStringLiteral("stored_size")).toInteger(), f.value(QStringLiteral("stored_sha256")).toString(),
                  f.value(QStringLiteral("stored_md5")).toString()};
        // A name from a remote file decides where we write when fetching: no way out of the folder.
        if (file.name.isEmpty() || file.storedName.isEmpty() || QDir::isAbsolutePath(file.name)
            || file.name.split(QLatin1Char('/')).contains(QStringLiteral(".."))
            || file.storedName.split(QLatin1Char('/')).contains(QStringLiteral("..")) || QDir::isAbsolutePath(file.storedName))
            return Error::of(Tr::tr("The copy manifest names a file outside its folder: %1").arg(file.name));
        m.files << file;
    }
    if (m.folder.isEmpty() || m.folder.contains(QLatin1Char('/')) || m.files.isEmpty())
        return Error::of(Tr::tr("The copy manifest is incomplete"));
    return m;
}

} // namespace pgs
