// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditdata.h"
#include "audit/auditstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pgs {

// The exports of an audit. HTML keeps to the subset QTextDocument renders, so the same page
// prints to PDF (as the capacity report does).
QString auditReportHtml(const AuditSnapshot &s, const AuditComparison *comparison = nullptr);
// One row per finding: code,severity,object,detail,fix_sql,advice (RFC 4180 quoting).
QByteArray auditFindingsCsv(const AuditSnapshot &s);
// The machine form scripts rely on: findings [{code,severity,object,detail,fix_sql,...}],
// roles [{name,login,superuser,member_of}], not_checked, and comparison when given.
QJsonObject auditJson(const AuditSnapshot &s, const AuditComparison *comparison = nullptr);

enum class AuditExportFormat { Html, Pdf, Csv, Json };
std::optional<AuditExportFormat> auditExportFormat(const QString &name);

} // namespace pgs
