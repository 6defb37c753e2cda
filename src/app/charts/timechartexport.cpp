// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export half of TimeChartView: CSV at full resolution, PNG and report images, the menu.
#include "charts/timechartview.h"

#include "util/atomicfile.h"

#include <QBuffer>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>

namespace pgs {

QString TimeChartView::toCsv() const
{
    QMap<qint64, QHash<QString, double>> rows;
    for (const QString &name : m_order)
        for (const QPointF &p : m_data[name])
            rows[qint64(p.x())].insert(name, p.y());
    auto quoted = [](QString s) {
        return s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))
                   ? QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')
                   : s;
    };
    QString csv = QStringLiteral("time");
    for (const QString &name : m_order)
        csv += QLatin1Char(',') + quoted(name);
    csv += QLatin1Char('\n');
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        csv += QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODate);
        for (const QString &name : m_order) {
            csv += QLatin1Char(',');
            if (it.value().contains(name))
                csv += QString::number(it.value().value(name), 'g', 15);
        }
        csv += QLatin1Char('\n');
    }
    return csv;
}

bool TimeChartView::exportCsv(const QString &path, QString *error) const
{
    const Status written = writeFileAtomically(path, toCsv().toUtf8(), tr("the CSV file"));
    if (!written && error)
        *error = written.error().message;
    return bool(written);
}

QImage TimeChartView::renderImage(const QSize &size, qreal scale)
{
    m_cursor->hide();
    if (isVisible() && size == this->size() && scale == 1.0)
        return grab().toImage();
    // Hidden (a report) or another size: lay the chart out at that size, draw the scene, put it back.
    const QRectF oldGeometry = chart()->geometry();
    const QRectF target(QPointF(0, 0), size);
    chart()->setGeometry(target);
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
    redraw();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size) * scale), target);
    painter.end();
    chart()->setGeometry(oldGeometry);
    redraw();
    return image;
}

bool TimeChartView::exportPng(const QString &path, QString *error)
{
    const QImage image = renderImage(size().isEmpty() ? QSize(900, 400) : size());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    const Status written = writeFileAtomically(path, png, tr("the image"));
    if (!written && error)
        *error = written.error().message;
    return bool(written);
}

void TimeChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Export as &PNG…"));
    menu.addAction(tr("Export as &CSV…"));
    QAction *chosen = menu.exec(event->globalPos());
    if (!chosen)
        return;
    const bool asPng = chosen == png;
    const QString path = QFileDialog::getSaveFileName(this, chosen->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                                      chart()->title() + (asPng ? QStringLiteral(".png") : QStringLiteral(".csv")),
                                                      asPng ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(asPng ? exportPng(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace pgs
