// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/sqlcatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace pgs::sql {

namespace {
const QString kRoot = QStringLiteral(":/sql/");

QString load(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(kRoot + name + QStringLiteral(".sql"));
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll()).trimmed();
    while (text.endsWith(QLatin1Char(';')))
        text.chop(1);
    cache.insert(name, text);
    return text;
}
} // namespace

QString query(const QString &name, int serverVersionNum)
{
    const int major = serverVersionNum / 10000;
    for (int v = major; serverVersionNum > 0 && v >= 9; --v) {
        const QString text = load(name + QStringLiteral(".pg") + QString::number(v));
        if (!text.isEmpty())
            return text;
    }
    const QString text = load(name);
    Q_ASSERT_X(!text.isEmpty(), "sql::query", qPrintable(name));
    return text;
}

QStringList allNames()
{
    QStringList names;
    QDirIterator it(kRoot, {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString path = it.next().mid(kRoot.size());
        path.chop(4);
        names.append(path);
    }
    names.sort();
    return names;
}

} // namespace pgs::sql
