// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/dumpscope.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>

namespace pgs {

// Turns pg_dump's verbose stderr into progress: each "dumping contents of table "s.t"" line
// marks the tables before it as done; tables weigh their relation size (at least one page, so
// that empty tables still move the bar). The text names the current table, the bytes written
// so far and an ETA from the rate of the data phase.
class DumpProgress
{
public:
    explicit DumpProgress(const QList<DumpTable> &tables);
    // The tables when they become known after pg_dump started; the ones already begun count.
    void setTables(const QList<DumpTable> &tables);

    // "schema.table" when the line announces a table's data, otherwise empty.
    static QString tableOfLine(const QString &line);

    // Returns true when the line moved the progress (a new table started).
    bool feedLine(const QString &line);
    void setBytesWritten(qint64 bytes) { m_bytesWritten = bytes; }

    double fraction() const; // 0..1 of the data phase; < 0 when there is nothing to weigh
    QString currentTable() const { return m_current; }
    qint64 bytesWritten() const { return m_bytesWritten; }
    int secondsLeft() const; // -1: not known yet
    QString text() const;

private:
    QHash<QString, qint64> m_weights;
    qint64 m_totalWeight = 0;
    qint64 m_doneWeight = 0;
    QSet<QString> m_started;
    QString m_current;
    qint64 m_bytesWritten = 0;
    QElapsedTimer m_dataTimer; // since the first table's data began
};

// "12.3 MB"
QString formatBytes(qint64 bytes);

} // namespace pgs
