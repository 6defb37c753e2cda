// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pgs::cli {

using KeyValues = QList<QPair<QString, QString>>;

// "Key:   value" lines with the values aligned.
void printKeyValues(const KeyValues &rows);
// A plain text table: a header row, then rows; columns padded to the widest cell.
// rightAligned: indexes of numeric columns.
void printTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {});

QString humanSize(qint64 bytes);
QString humanDuration(qint64 seconds); // "3 d 4 h", "12 min 5 s"

} // namespace pgs::cli
