// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthhistory.h"

#include "util/atomicfile.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::History)
};

} // namespace

QString runsPath(const QString &key)
{
    return paths::dataDir() + QStringLiteral("/health/") + healthFileKey(key) + QStringLiteral("-runs.json");
}

Result<QList<HealthRun>> loadRuns(const QString &key)
{
    QFile file(runsPath(key));
    if (!file.exists())
        return QList<HealthRun>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read the past health runs %1").arg(file.fileName()), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::of(Tr::tr("The past health runs file %1 is not valid JSON").arg(file.fileName()), parseError.errorString());
    QList<HealthRun> runs;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("runs")).toArray())
        if (auto run = HealthRun::fromJson(v.toObject()))
            runs << *run;
    return runs;
}

Status appendRun(const QString &key, const HealthRun &run, int keep)
{
    auto runs = loadRuns(key);
    QList<HealthRun> list = runs ? *runs : QList<HealthRun>(); // an unreadable file is replaced
    list << run;
    while (list.size() > keep)
        list.removeFirst();
    QJsonArray array;
    for (const HealthRun &r : list)
        array.append(r.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("runs"), array}};
    return writeFileAtomically(runsPath(key), QJsonDocument(root).toJson(QJsonDocument::Compact), kPrivateFile,
                               Tr::tr("the past health runs"));
}

} // namespace pgs::health
