// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace pgs {

// Largest-Triangle-Three-Buckets: keeps threshold points of a series sorted by x that draw like
// the whole (peaks and dips survive, unlike averaging). A chart asks for about twice its pixel
// width, so a year of one-minute samples (525,600 points) draws as ~2,000. The first and last
// points are always kept; fewer points than threshold (or threshold < 3) are returned as they are.
QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold);

} // namespace pgs
