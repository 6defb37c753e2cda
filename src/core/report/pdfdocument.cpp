// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextCursor>
#include <QUrl>

#include <cmath>
#include <cstdio>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::PdfDocument)
};

int pageOf(double y, double pageHeight) { return int(std::floor(y / pageHeight)); }
} // namespace

int keepHeadingsWithNext(QTextDocument &document)
{
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int moved = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid())
            break;
        // Bounding rects force the layout up to here, so earlier moves are accounted for.
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF following = layout->blockBoundingRect(next);
        if (pageOf(following.top(), pageHeight) <= pageOf(heading.top(), pageHeight))
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
        ++moved;
    }
    return moved;
}

QString writeHtmlPdf(const QString &html, const QList<PdfImage> &images, const QString &title, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Tr::tr("PDF export is not available in this process.");
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("pgsteward"));

        QTextDocument document;
        for (const PdfImage &image : images)
            document.addResource(QTextDocument::ImageResource, QUrl(image.name), image.image);
        document.setHtml(html);
        // Laid out on the writer itself (its fonts, its 150 dpi, its printable area) so the
        // headings are checked against the very page breaks the print will make.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        keepHeadingsWithNext(document);
        document.print(&writer);
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // reports name roles, hosts, sizes
    QFileInfo written(partial);
    if (!written.exists() || written.size() == 0) {
        QFile::remove(partial);
        return Tr::tr("Could not write %1.").arg(path);
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return Tr::tr("Could not write %1.").arg(path);
    }
    return {};
}

} // namespace pgs
