// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

#include <cmath>

using namespace pgs;

namespace {

// Filler paragraphs, then a heading with a tall block after it: the report's shape.
QString reportHtml(int fillers)
{
    QString html = QStringLiteral("<h1>Review</h1>");
    for (int i = 0; i < fillers; ++i)
        html += QStringLiteral("<p>Filler paragraph %1 with a little text in it.</p>").arg(i);
    html += QStringLiteral("<h2>Size of pgsteward_demo</h2><p><img src=\"chart.png\" width=\"680\" height=\"260\"></p>");
    return html;
}

QImage chart()
{
    QImage image(680, 260, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    return image;
}

struct Placement
{
    int headingPage = -1;
    int nextPage = -1;
};

// Where the heading and the block after it fall, on the same pages writeHtmlPdf lays out.
Placement place(QTextDocument &document)
{
    const double height = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        auto *layout = document.documentLayout();
        return {int(std::floor(layout->blockBoundingRect(block).top() / height)),
                int(std::floor(layout->blockBoundingRect(block.next()).top() / height))};
    }
    return {};
}

void layOut(QTextDocument &document, QPdfWriter &writer, int fillers)
{
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart.png")), chart());
    document.setHtml(reportHtml(fillers));
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
}

} // namespace

class TestPdfDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headingNeverEndsAPage()
    {
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("probe.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        // Find a filler count that strands the heading at the bottom of a page.
        int stranding = -1;
        for (int fillers = 1; fillers < 120 && stranding < 0; ++fillers) {
            QTextDocument document;
            layOut(document, writer, fillers);
            const Placement p = place(document);
            if (p.nextPage > p.headingPage)
                stranding = fillers;
        }
        QVERIFY2(stranding > 0, "no filler count puts the heading at a page's end");

        QTextDocument document;
        layOut(document, writer, stranding);
        QCOMPARE(keepHeadingsWithNext(document), 1);
        const Placement after = place(document);
        QCOMPARE(after.headingPage, after.nextPage);
        QCOMPARE(keepHeadingsWithNext(document), 0); // nothing left to move

        // The same report through writeHtmlPdf: a real PDF, no partial file left behind.
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(writeHtmlPdf(reportHtml(stranding), {{QStringLiteral("chart.png"), chart()}}, QStringLiteral("Review"), path),
                 QString());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void unwritableTargetIsAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/dir/report.pdf"));
        QVERIFY(!writeHtmlPdf(reportHtml(1), {}, QStringLiteral("Review"), path).isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
