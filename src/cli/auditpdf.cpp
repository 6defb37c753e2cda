// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pgs::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::AuditCommand)
};

} // namespace

Status writeHtmlAsPdf(const QString &html, const QString &title, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::of(Tr::tr("PDF export is not available in this process"));
    QTextDocument document;
    document.setHtml(html);
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
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return Error::of(Tr::tr("Could not write %1").arg(path));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error::of(Tr::tr("Could not write %1").arg(path));
    }
    return ok();
}

} // namespace pgs::cli
