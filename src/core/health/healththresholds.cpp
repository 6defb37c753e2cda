// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healththresholds.h"

#include "util/atomicfile.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Thresholds)
};

QString keyOf(const QString &code, const QString &name)
{
    return code + QLatin1Char('.') + name;
}

} // namespace

double Thresholds::value(const CheckDef &check, const QString &name) const
{
    const auto it = m_values.constFind(keyOf(check.code, name));
    if (it != m_values.constEnd())
        return *it;
    const ThresholdDef *def = check.threshold(name);
    return def ? def->defaultValue : 0;
}

QList<double> Thresholds::sqlParameters(const CheckDef &check) const
{
    QList<double> params;
    for (const ThresholdDef &t : check.thresholds)
        if (t.inSql)
            params << value(check, t.name);
    return params;
}

Status Thresholds::set(const QString &code, const QString &name, double value)
{
    const CheckDef *check = findCheck(code);
    if (!check)
        return Error::of(Tr::tr("unknown check '%1' (one of: %2)").arg(code, checkCodes().join(QLatin1String(", "))),
                         {}, QStringLiteral("unknown-check"));
    if (!check->threshold(name)) {
        QStringList names;
        for (const ThresholdDef &t : check->thresholds)
            names << t.name;
        return Error::of(names.isEmpty() ? Tr::tr("check '%1' has no thresholds (asked for '%2')").arg(code, name)
                                         : Tr::tr("check '%1' has no threshold '%2' (it has: %3)")
                                               .arg(code, name, names.join(QLatin1String(", "))),
                         {}, QStringLiteral("unknown-threshold"));
    }
    if (!std::isfinite(value) || value < 0)
        return Error::of(Tr::tr("threshold %1.%2 must be a number of at least 0").arg(code, name), {},
                         QStringLiteral("bad-threshold"));
    m_values.insert(keyOf(code, name), value);
    return ok();
}

void Thresholds::reset(const QString &code, const QString &name)
{
    m_values.remove(keyOf(code, name));
}

Status Thresholds::parseOverride(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([a-z0-9-]+)\\.([a-z0-9_]+)=(.+)$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return Error::of(Tr::tr("a threshold is written CODE.NAME=VALUE, e.g. idle-in-transaction.seconds=60 (got '%1')")
                             .arg(text),
                         {}, QStringLiteral("bad-threshold"));
    bool isNumber = false;
    const double value = m.captured(3).toDouble(&isNumber);
    if (!isNumber)
        return Error::of(Tr::tr("threshold %1.%2: '%3' is not a number").arg(m.captured(1), m.captured(2), m.captured(3)),
                         {}, QStringLiteral("bad-threshold"));
    return set(m.captured(1), m.captured(2), value);
}

void Thresholds::apply(const Thresholds &other)
{
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it)
        m_values.insert(it.key(), it.value());
}

QJsonObject Thresholds::toJson() const
{
    QJsonObject object;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Result<Thresholds> Thresholds::fromJson(const QJsonObject &object)
{
    Thresholds out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const qsizetype dot = it.key().indexOf(QLatin1Char('.'));
        if (dot <= 0 || !it.value().isDouble())
            return Error::of(Tr::tr("bad threshold entry '%1'").arg(it.key()));
        if (Status st = out.set(it.key().left(dot), it.key().mid(dot + 1), it.value().toDouble()); !st)
            return st.error();
    }
    return out;
}

QString healthFileKey(const QString &key)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (safe.match(key).hasMatch())
        return key;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QString thresholdsPath(const QString &key)
{
    return paths::dataDir() + QStringLiteral("/health/") + healthFileKey(key) + QStringLiteral("-thresholds.json");
}

Result<Thresholds> loadThresholds(const QString &key)
{
    QFile file(thresholdsPath(key));
    if (!file.exists())
        return Thresholds();
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read the health thresholds %1").arg(file.fileName()), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::of(Tr::tr("The health thresholds file %1 is not valid JSON").arg(file.fileName()),
                         parseError.errorString());
    return Thresholds::fromJson(doc.object().value(QStringLiteral("thresholds")).toObject());
}

Status saveThresholds(const QString &key, const Thresholds &thresholds)
{
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("thresholds"), thresholds.toJson()}};
    return writeFileAtomically(thresholdsPath(key), QJsonDocument(root).toJson(), kPrivateFile,
                               Tr::tr("the health thresholds"));
}

} // namespace pgs::health
