// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditexport.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditExport)
};

QString writePdf(const QString &html, const QString &title, const QString &path)
{
    QTextDocument document;
    document.setHtml(html);
    // Written beside the target and renamed: a failed print never leaves half a PDF under its name.
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("pgsteward"));
        document.print(&writer);
    }
    QFile::setPermissions(partial, kPrivateFile);
    if (QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return Tr::tr("Could not write %1.").arg(path);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Tr::tr("Could not write %1.").arg(path);
    }
    return {};
}

} // namespace

QString writeAuditExport(const AuditSnapshot &s, const AuditComparison *comparison, AuditExportFormat format, const QString &path)
{
    QByteArray data;
    switch (format) {
    case AuditExportFormat::Pdf:
        return writePdf(auditReportHtml(s, comparison), Tr::tr("Security audit: %1").arg(s.server), path);
    case AuditExportFormat::Html: data = auditReportHtml(s, comparison).toUtf8(); break;
    case AuditExportFormat::Csv: data = auditFindingsCsv(s); break;
    case AuditExportFormat::Json: data = QJsonDocument(auditJson(s, comparison)).toJson(); break;
    }
    if (Status st = writeFileAtomically(path, data, kPrivateFile, Tr::tr("the audit report")); !st)
        return st.error().message;
    return {};
}

} // namespace pgs
