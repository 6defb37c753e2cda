// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/finding.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

namespace pgs {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::Finding)
};

QString keyOf(const Finding &finding) { return finding.code + QLatin1Char('\x1f') + finding.object; }
} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (severityName(s) == lower)
            return s;
    }
    return std::nullopt;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Tr::tr("Info");
    case Severity::Warning: return Tr::tr("Warning");
    case Severity::Critical: return Tr::tr("Critical");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("object"), object},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("value"), value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue()},
        {QStringLiteral("threshold"), threshold.isValid() ? QJsonValue::fromVariant(threshold) : QJsonValue()},
        {QStringLiteral("fix_sql"), fixSql.isEmpty() ? QJsonValue() : QJsonValue(fixSql)},
        {QStringLiteral("advice"), advice.isEmpty() ? QJsonValue() : QJsonValue(advice)},
    };
}

std::optional<Finding> Finding::fromJson(const QJsonObject &object)
{
    const auto severity = severityFromName(object.value(QStringLiteral("severity")).toString());
    const QString code = object.value(QStringLiteral("code")).toString();
    if (!severity || code.isEmpty())
        return std::nullopt;
    Finding finding;
    finding.code = code;
    finding.severity = *severity;
    finding.object = object.value(QStringLiteral("object")).toString();
    finding.detail = object.value(QStringLiteral("detail")).toString();
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (!value.isNull() && !value.isUndefined())
        finding.value = value.toVariant();
    const QJsonValue threshold = object.value(QStringLiteral("threshold"));
    if (!threshold.isNull() && !threshold.isUndefined())
        finding.threshold = threshold.toVariant();
    finding.fixSql = object.value(QStringLiteral("fix_sql")).toString();
    finding.advice = object.value(QStringLiteral("advice")).toString();
    return finding;
}

std::optional<Severity> worstSeverity(const QList<Finding> &findings)
{
    std::optional<Severity> worst;
    for (const Finding &finding : findings) {
        if (!worst || finding.severity > *worst)
            worst = finding.severity;
    }
    return worst;
}

bool anyAtOrAbove(const QList<Finding> &findings, Severity level)
{
    const auto worst = worstSeverity(findings);
    return worst && *worst >= level;
}

FindingsDiff diffFindings(const QList<Finding> &previous, const QList<Finding> &current)
{
    QSet<QString> before;
    for (const Finding &finding : previous)
        before.insert(keyOf(finding));
    QSet<QString> now;
    for (const Finding &finding : current)
        now.insert(keyOf(finding));
    FindingsDiff diff;
    for (const Finding &finding : current) {
        if (!before.contains(keyOf(finding)))
            diff.added.append(finding);
    }
    for (const Finding &finding : previous) {
        if (!now.contains(keyOf(finding)))
            diff.resolved.append(finding);
    }
    return diff;
}

} // namespace pgs
