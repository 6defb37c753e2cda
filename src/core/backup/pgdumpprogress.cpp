// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/pgdumpprogress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::DumpProgress)
};

constexpr qint64 kMinimumWeight = 8192;

QString formatSeconds(int seconds)
{
    if (seconds < 60)
        return Tr::tr("%n second(s)", nullptr, seconds);
    if (seconds < 3600)
        return Tr::tr("%n minute(s)", nullptr, (seconds + 30) / 60);
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

QString formatBytes(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

DumpProgress::DumpProgress(const QList<DumpTable> &tables)
{
    setTables(tables);
}

void DumpProgress::setTables(const QList<DumpTable> &tables)
{
    m_weights.clear();
    m_totalWeight = 0;
    for (const DumpTable &t : tables) {
        const qint64 w = qMax(t.totalBytes, kMinimumWeight);
        m_weights.insert(t.qualifiedName(), w);
        m_totalWeight += w;
    }
    m_doneWeight = 0;
    for (const QString &begun : std::as_const(m_started))
        if (begun != m_current)
            m_doneWeight += m_weights.value(begun, kMinimumWeight);
}

QString DumpProgress::tableOfLine(const QString &line)
{
    // pg_dump 9.x-17: "pg_dump: dumping contents of table "schema.table"" (the names unquoted inside).
    static const QRegularExpression re(QStringLiteral("dumping contents of table \"(.+)\"\\s*$"));
    const QRegularExpressionMatch m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool DumpProgress::feedLine(const QString &line)
{
    const QString table = tableOfLine(line);
    if (table.isEmpty() || m_started.contains(table))
        return false;
    if (!m_dataTimer.isValid())
        m_dataTimer.start();
    // Serially the previous table is finished now; with parallel jobs this runs a little ahead,
    // which the cap in fraction() absorbs.
    if (!m_current.isEmpty())
        m_doneWeight += m_weights.value(m_current, kMinimumWeight);
    m_started.insert(table);
    m_current = table;
    return true;
}

double DumpProgress::fraction() const
{
    if (m_totalWeight <= 0)
        return -1;
    return qBound(0.0, double(m_doneWeight) / double(m_totalWeight), 0.99);
}

int DumpProgress::secondsLeft() const
{
    const double f = fraction();
    if (f < 0.02 || !m_dataTimer.isValid())
        return -1;
    const double elapsed = m_dataTimer.elapsed() / 1000.0;
    return int(elapsed * (1.0 - f) / f + 0.5);
}

QString DumpProgress::text() const
{
    QString text = m_current.isEmpty() ? Tr::tr("Dumping the schema") : Tr::tr("Dumping %1").arg(m_current);
    text += Tr::tr(", %1 written").arg(formatBytes(m_bytesWritten));
    const int left = secondsLeft();
    if (left >= 0)
        text += Tr::tr(", about %1 left").arg(formatSeconds(left));
    return text;
}

} // namespace pgs
