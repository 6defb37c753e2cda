// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditReport)
};

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

const char *kTable = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                     "style=\"border-color:#c8d0da; border-collapse:collapse\">\n";

QString color(Severity s)
{
    return s == Severity::Critical ? QStringLiteral("#b00020") : s == Severity::Warning ? QStringLiteral("#b45309") : QStringLiteral("#1d2733");
}

QString findingRows(const QList<Finding> &findings)
{
    QString rows = QStringLiteral("<tr bgcolor=\"#e8edf3\"><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                                  "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>\n")
                       .arg(Tr::tr("Severity"), Tr::tr("Code"), Tr::tr("Object"), Tr::tr("Detail"), Tr::tr("Fix"));
    for (const Finding &f : findings)
        rows += QStringLiteral("<tr><td><b style=\"color:%1\">%2</b></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(color(f.severity), esc(severityLabel(f.severity)), esc(f.code), esc(f.object), esc(f.detail),
                         f.fixSql.isEmpty() ? esc(f.advice) : QStringLiteral("<pre>%1</pre>").arg(esc(f.fixSql)));
    return rows;
}

QString list(const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1 (%2)</h3>\n<ul>\n").arg(esc(title)).arg(items.size());
    for (const QString &i : items.mid(0, 500))
        html += QStringLiteral("<li>%1</li>\n").arg(esc(i));
    if (items.size() > 500)
        html += QStringLiteral("<li>%1</li>\n").arg(esc(Tr::tr("… and %1 more").arg(items.size() - 500)));
    return html + QStringLiteral("</ul>\n");
}

} // namespace

QString auditReportHtml(const AuditSnapshot &s, const AuditComparison *comparison)
{
    const QLocale locale;
    QList<Finding> sorted = s.findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    const QString title = Tr::tr("Security audit: %1").arg(s.server);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body { font-family: sans-serif; font-size: 10pt; color: #1d2733; }"
                                  " h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 16pt; }"
                                  " .muted { color: #5b6673; } td, th { font-size: 9pt; } pre { margin: 0; }"
                                  " th, td { border: 1px solid #c8d0da; }</style></head><body>\n")
                       .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"muted\">%2</p>\n")
                .arg(esc(title),
                     esc(Tr::tr("Taken %1 as %2 (%3), server version %4; %5 roles, %6 grants, %7 databases.")
                             .arg(locale.toString(s.takenAt.toLocalTime(), QLocale::ShortFormat), s.connectedAs,
                                  s.superuser ? Tr::tr("superuser") : Tr::tr("not a superuser"))
                             .arg(s.serverVersionNum)
                             .arg(s.roles.size())
                             .arg(s.grants.size())
                             .arg(s.databases.size())));
    if (!s.notChecked.isEmpty())
        html += list(Tr::tr("Not checked"), s.notChecked);
    html += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Findings"));
    html += sorted.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("No findings.")))
                             : QString::fromLatin1(kTable) + findingRows(sorted) + QStringLiteral("</table>\n");
    if (comparison) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Changes since the previous audit"));
        if (comparison->isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("Nothing changed.")));
        html += list(Tr::tr("Roles added"), comparison->rolesAdded) + list(Tr::tr("Roles removed"), comparison->rolesRemoved)
                + list(Tr::tr("Grants added"), comparison->grantsAdded) + list(Tr::tr("Grants removed"), comparison->grantsRemoved);
        if (!comparison->findingsNew.isEmpty())
            html += QStringLiteral("<h3>%1</h3>\n").arg(Tr::tr("New findings")) + QString::fromLatin1(kTable)
                    + findingRows(comparison->findingsNew) + QStringLiteral("</table>\n");
        if (!comparison->findingsResolved.isEmpty())
            html += QStringLiteral("<h3>%1</h3>\n").arg(Tr::tr("Resolved findings")) + QString::fromLatin1(kTable)
                    + findingRows(comparison->findingsResolved) + QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Roles"));
    html += QString::fromLatin1(kTable)
            + QStringLiteral("<tr bgcolor=\"#e8edf3\"><th align=\"left\">%1</th><th>%2</th><th>%3</th><th align=\"left\">%4</th>"
                             "<th align=\"left\">%5</th><th align=\"left\">%6</th></tr>\n")
                  .arg(Tr::tr("Role"), Tr::tr("Login"), Tr::tr("Superuser"), Tr::tr("Password"), Tr::tr("Valid until"), Tr::tr("Member of"));
    int shown = 0;
    for (const AuditRole &r : s.roles) {
        if (r.predefined)
            continue;
        if (++shown > 2000) {
            html += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>\n").arg(esc(Tr::tr("… the JSON and CSV exports list every role")));
            break;
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(esc(r.name), r.login ? Tr::tr("yes") : QString(), r.superuser ? Tr::tr("yes") : QString(),
                         esc(r.passwordMethod.isEmpty() ? Tr::tr("not checked") : r.passwordMethod), esc(r.validUntil),
                         esc(r.memberOf.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

QByteArray auditFindingsCsv(const AuditSnapshot &s)
{
    QString out = QStringLiteral("code,severity,object,detail,fix_sql,advice,database\r\n");
    for (const Finding &f : s.findings)
        out += QStringList{csvField(f.code), csvField(severityName(f.severity)), csvField(f.object), csvField(f.detail),
                           csvField(f.fixSql), csvField(f.advice), csvField(s.databaseOf(f))}
                   .join(QLatin1Char(','))
               + QStringLiteral("\r\n");
    return out.toUtf8();
}

QJsonObject auditJson(const AuditSnapshot &s, const AuditComparison *comparison)
{
    QJsonArray findings, roles;
    for (const Finding &f : s.findings) {
        QJsonObject o = f.toJson();
        o.insert(QStringLiteral("database"), s.databaseOf(f));
        findings.append(o);
    }
    for (const AuditRole &r : s.roles)
        roles.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("login"), r.login},
                                 {QStringLiteral("superuser"), r.superuser},
                                 {QStringLiteral("member_of"), QJsonArray::fromStringList(r.memberOf)},
                                 {QStringLiteral("password_method"), r.passwordMethod.isEmpty() ? QJsonValue() : QJsonValue(r.passwordMethod)}});
    QJsonObject o{{QStringLiteral("server"), s.server}, {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("findings"), findings}, {QStringLiteral("roles"), roles},
                  {QStringLiteral("grants"), s.grants.size()},
                  {QStringLiteral("not_checked"), QJsonArray::fromStringList(s.notChecked)}};
    if (comparison)
        o.insert(QStringLiteral("comparison"), comparison->toJson());
    return o;
}

std::optional<AuditExportFormat> auditExportFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("html"))
        return AuditExportFormat::Html;
    if (n == QLatin1String("pdf"))
        return AuditExportFormat::Pdf;
    if (n == QLatin1String("csv"))
        return AuditExportFormat::Csv;
    if (n == QLatin1String("json"))
        return AuditExportFormat::Json;
    return std::nullopt;
}

} // namespace pgs
