// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>

class QTextDocument;

namespace pgs {

struct PdfImage
{
    QString name; // as referenced by <img src="..."> in the HTML
    QImage image;
};

// Lays a report's HTML out on A4 pages (15 mm margins) and writes it as a PDF readable by its
// owner only, atomically: a failed print never leaves half a file under the name. Headings are
// kept with what follows them. Needs a QGuiApplication (fonts): the GUI has one, the CLI makes an
// offscreen one when a command asks for PDF. Returns an empty string on success, else a
// translated message. QtGui only, no widgets: shared by the GUI's and the CLI's exports.
QString writeHtmlPdf(const QString &html, const QList<PdfImage> &images, const QString &title, const QString &path);

// Moves every heading that would end a page (its next block starts on the following page) to the
// top of that page, like a word processor's "keep with next". The document must be paginated
// (a page size set). Returns how many headings moved.
int keepHeadingsWithNext(QTextDocument &document);

} // namespace pgs
