// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditexport.h"
#include "report/pdfdocument.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditExport)
};

} // namespace

QString writeAuditExport(const AuditSnapshot &s, const AuditComparison *comparison, AuditExportFormat format, const QString &path)
{
    QByteArray data;
    switch (format) {
    case AuditExportFormat::Pdf:
        return writeHtmlPdf(auditReportHtml(s, comparison), {}, Tr::tr("Security audit: %1").arg(s.server), path);
    case AuditExportFormat::Html: data = auditReportHtml(s, comparison).toUtf8(); break;
    case AuditExportFormat::Csv: data = auditFindingsCsv(s); break;
    case AuditExportFormat::Json: data = QJsonDocument(auditJson(s, comparison)).toJson(); break;
    }
    if (Status st = writeFileAtomically(path, data, kPrivateFile, Tr::tr("the audit report")); !st)
        return st.error().message;
    return {};
}

} // namespace pgs
