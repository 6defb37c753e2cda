// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/copystatus.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteCopyStatus)
};
} // namespace

QString toString(OffsiteCopyStatus::State state)
{
    switch (state) {
    case OffsiteCopyStatus::State::Pending: return QStringLiteral("pending");
    case OffsiteCopyStatus::State::Copied: return QStringLiteral("copied");
    case OffsiteCopyStatus::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString copyStatusFileName()
{
    return QStringLiteral("offsite-copies.json");
}

QJsonObject OffsiteCopyStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("destination"), destination},
                  {QStringLiteral("state"), toString(state)},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (storedBytes > 0)
        o.insert(QStringLiteral("stored_bytes"), storedBytes);
    if (!remotePath.isEmpty())
        o.insert(QStringLiteral("remote_path"), remotePath);
    return o;
}

OffsiteCopyStatus OffsiteCopyStatus::fromJson(const QJsonObject &o)
{
    OffsiteCopyStatus s;
    s.destination = o.value(QStringLiteral("destination")).toString();
    const QString state = o.value(QStringLiteral("state")).toString();
    s.state = state == QLatin1String("copied") ? State::Copied
              : state == QLatin1String("failed") ? State::Failed
                                                  : State::Pending;
    s.error = o.value(QStringLiteral("error")).toString();
    s.storedBytes = o.value(QStringLiteral("stored_bytes")).toInteger();
    s.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
    s.remotePath = o.value(QStringLiteral("remote_path")).toString();
    return s;
}

QList<OffsiteCopyStatus> loadCopyStatus(const QString &backupDir)
{
    QList<OffsiteCopyStatus> list;
    QFile f(QDir(backupDir).filePath(copyStatusFileName()));
    if (!f.open(QIODevice::ReadOnly))
        return list;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("copies")).toArray())
        list << OffsiteCopyStatus::fromJson(v.toObject());
    return list;
}

Status recordCopyStatus(const QString &backupDir, const OffsiteCopyStatus &status)
{
    QLockFile lock(QDir(backupDir).filePath(copyStatusFileName() + QStringLiteral(".lock")));
    if (!lock.tryLock(10000))
        return Error::of(Tr::tr("Cannot lock the copy status of %1").arg(backupDir));
    QList<OffsiteCopyStatus> list = loadCopyStatus(backupDir);
    list.removeIf([&](const OffsiteCopyStatus &s) { return s.destination == status.destination; });
    list.append(status);
    QJsonArray array;
    for (const OffsiteCopyStatus &s : std::as_const(list))
        array.append(s.toJson());
    return writeFileAtomically(QDir(backupDir).filePath(copyStatusFileName()),
                               QJsonDocument(QJsonObject{{QStringLiteral("copies"), array}}).toJson(),
                               Tr::tr("the copy status"));
}

} // namespace pgs
