// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/destination.h"

#include "util/atomicfile.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteDestination)
};

constexpr int kSchemaVersion = 1;
} // namespace

QString toString(OffsiteDestination::Kind kind)
{
    switch (kind) {
    case OffsiteDestination::Kind::Local: return QStringLiteral("local");
    case OffsiteDestination::Kind::S3: return QStringLiteral("s3");
    case OffsiteDestination::Kind::Sftp: return QStringLiteral("sftp");
    case OffsiteDestination::Kind::Rclone: return QStringLiteral("rclone");
    }
    return {};
}

Result<OffsiteDestination> OffsiteDestination::make(const QString &name, const QString &url)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!validName.match(name).hasMatch())
        return Error::of(Tr::tr("A destination name uses letters, digits, '.', '_' and '-' only: %1").arg(name));
    OffsiteDestination d;
    d.name = name;
    d.url = url;
    if (url.startsWith(QLatin1String("s3://"))) {
        d.kind = Kind::S3;
        if (url.mid(5).section(QLatin1Char('/'), 0, 0).isEmpty())
            return Error::of(Tr::tr("An S3 destination names its bucket: s3://BUCKET/PREFIX"));
    } else if (url.startsWith(QLatin1String("sftp://"))) {
        d.kind = Kind::Sftp;
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return Error::of(Tr::tr("An SFTP destination looks like sftp://USER@HOST/PATH: %1").arg(url));
        if (!parsed.password().isEmpty())
            return Error::of(Tr::tr("A destination URL never holds a password; use ssh-agent or a key file"));
    } else if (url.startsWith(QLatin1String("rclone:"))) {
        d.kind = Kind::Rclone;
        if (!url.mid(7).contains(QLatin1Char(':')))
            return Error::of(Tr::tr("An rclone destination looks like rclone:REMOTE:PATH: %1").arg(url));
    } else {
        d.kind = Kind::Local;
        if (!QDir::isAbsolutePath(url))
            return Error::of(Tr::tr("A local destination is an absolute path: %1").arg(url));
    }
    return d;
}

Status OffsiteDestination::checkOptions() const
{
    if (kind != Kind::S3 && (!s3Endpoint.isEmpty() || !s3Region.isEmpty() || s3PathStyle))
        return Error::of(Tr::tr("The S3 options are for s3:// destinations"));
    for (const QString &r : recipients)
        if (!r.startsWith(QLatin1String("age1")))
            return Error::of(Tr::tr("An age recipient is a public key starting with age1: %1").arg(r));
    return ok();
}

QJsonObject OffsiteDestination::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("url"), url}, {QStringLiteral("kind"), toString(kind)}};
    if (!s3Endpoint.isEmpty())
        o.insert(QStringLiteral("s3_endpoint"), s3Endpoint);
    if (!s3Region.isEmpty())
        o.insert(QStringLiteral("s3_region"), s3Region);
    if (s3PathStyle)
        o.insert(QStringLiteral("s3_path_style"), true);
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(recipients));
    o.insert(QStringLiteral("retention"), QJsonObject{{QStringLiteral("keep_last"), retention.keepLast},
                                                      {QStringLiteral("keep_daily"), retention.keepDaily},
                                                      {QStringLiteral("keep_weekly"), retention.keepWeekly},
                                                      {QStringLiteral("keep_monthly"), retention.keepMonthly}});
    return o;
}

Result<OffsiteDestination> OffsiteDestination::fromJson(const QJsonObject &o)
{
    Result<OffsiteDestination> made = make(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("url")).toString());
    if (!made)
        return made;
    OffsiteDestination d = *made;
    d.s3Endpoint = o.value(QStringLiteral("s3_endpoint")).toString();
    d.s3Region = o.value(QStringLiteral("s3_region")).toString();
    d.s3PathStyle = o.value(QStringLiteral("s3_path_style")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray())
        d.recipients << v.toString();
    const QJsonObject r = o.value(QStringLiteral("retention")).toObject();
    d.retention.keepLast = r.value(QStringLiteral("keep_last")).toInt();
    d.retention.keepDaily = r.value(QStringLiteral("keep_daily")).toInt();
    d.retention.keepWeekly = r.value(QStringLiteral("keep_weekly")).toInt();
    d.retention.keepMonthly = r.value(QStringLiteral("keep_monthly")).toInt();
    return d;
}

DestinationStore::DestinationStore(QString file)
    : m_file(file.isEmpty() ? QDir(paths::configDir()).filePath(QStringLiteral("destinations.json")) : std::move(file))
{
}

Result<QList<OffsiteDestination>> DestinationStore::load() const
{
    QList<OffsiteDestination> list;
    QFile f(m_file);
    if (!f.exists())
        return list;
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1").arg(m_file), f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error::of(Tr::tr("%1 is not a destinations file").arg(m_file), parseError.errorString());
    for (const QJsonValue &v : doc.object().value(QStringLiteral("destinations")).toArray()) {
        Result<OffsiteDestination> d = OffsiteDestination::fromJson(v.toObject());
        if (!d)
            return Error::of(Tr::tr("%1 holds a bad destination").arg(m_file), d.error().message);
        list << *d;
    }
    return list;
}

Result<OffsiteDestination> DestinationStore::find(const QString &name) const
{
    Result<QList<OffsiteDestination>> list = load();
    if (!list)
        return list.error();
    for (const OffsiteDestination &d : *list)
        if (d.name == name)
            return d;
    return Error::of(Tr::tr("No destination named %1").arg(name), {}, QStringLiteral("not-found"));
}

Status DestinationStore::add(const OffsiteDestination &destination)
{
    Result<QList<OffsiteDestination>> list = load();
    if (!list)
        return list.error();
    for (const OffsiteDestination &d : *list)
        if (d.name == destination.name)
            return Error::of(Tr::tr("A destination named %1 exists already").arg(d.name));
    list->append(destination);
    return save(*list);
}

Status DestinationStore::remove(const QString &name)
{
    Result<QList<OffsiteDestination>> list = load();
    if (!list)
        return list.error();
    const qsizetype before = list->size();
    list->removeIf([&](const OffsiteDestination &d) { return d.name == name; });
    if (list->size() == before)
        return Error::of(Tr::tr("No destination named %1").arg(name), {}, QStringLiteral("not-found"));
    return save(*list);
}

Status DestinationStore::save(const QList<OffsiteDestination> &list) const
{
    QJsonArray array;
    for (const OffsiteDestination &d : list)
        array.append(d.toJson());
    const QJsonObject doc{{QStringLiteral("version"), kSchemaVersion}, {QStringLiteral("destinations"), array}};
    return writeFileAtomically(m_file, QJsonDocument(doc).toJson(), kPrivateFile, Tr::tr("the destinations file"));
}

} // namespace pgs
