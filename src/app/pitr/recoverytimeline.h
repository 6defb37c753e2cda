// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "physical/pitrwindow.h"

#include <QDateTime>
#include <QWidget>

namespace pgs {

// The recoverable window drawn as a time line: the span from the oldest base backup's end to
// the newest archived WAL in green, every base backup as a marker, missing segments in red and
// timeline switches (.history files) as dashed lines. Gaps and switches carry no time of their
// own: they are placed by interpolating the WAL position between the known points (the base
// backups' start and end, the archive's end). A click picks a moment (momentPicked).
class RecoveryTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryTimeline(QWidget *parent = nullptr);

    void setWindow(const RecoveryWindow &window);
    const RecoveryWindow &window() const { return m_window; }
    void clear();
    QDateTime timeAt(int x) const;
    int xOf(const QDateTime &t) const;
    // The approximate time of a WAL position (for gaps, switches).
    QDateTime timeOfLsn(quint64 lsn) const;

    QSize sizeHint() const override { return {640, 120}; }
    QSize minimumSizeHint() const override { return {320, 100}; }

Q_SIGNALS:
    void momentPicked(const QDateTime &moment);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect plotRect() const;

    RecoveryWindow m_window;
    bool m_empty = true;
    QDateTime m_from, m_to;
    QList<QPair<quint64, QDateTime>> m_points; // (lsn, time), sorted by lsn
};

} // namespace pgs
