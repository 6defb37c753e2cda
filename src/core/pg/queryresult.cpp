// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/queryresult.h"

#include <QVariantMap>

#include <libpq-fe.h>

namespace pgs::pg {

QueryResult::QueryResult(PGresult *result) : m_result(result, PQclear) {}

int QueryResult::rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
int QueryResult::columns() const { return m_result ? PQnfields(m_result.get()) : 0; }

QString QueryResult::columnName(int column) const
{
    return m_result ? QString::fromUtf8(PQfname(m_result.get(), column)) : QString();
}

int QueryResult::column(const char *name) const
{
    if (!m_result)
        return -1;
    // PQfnumber folds unquoted names to lower case, which is what our SQL files use.
    return PQfnumber(m_result.get(), name);
}

bool QueryResult::isNull(int row, int column) const
{
    if (!m_result || column < 0 || row < 0 || row >= rows() || column >= columns())
        return true;
    return PQgetisnull(m_result.get(), row, column);
}

QString QueryResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

qint64 QueryResult::toInt64(int row, int column, qint64 fallback) const
{
    if (isNull(row, column))
        return fallback;
    bool ok = false;
    const qint64 v = QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong(&ok);
    return ok ? v : fallback;
}

double QueryResult::toDouble(int row, int column, double fallback) const
{
    if (isNull(row, column))
        return fallback;
    bool ok = false;
    const double v = QByteArray(PQgetvalue(m_result.get(), row, column)).toDouble(&ok);
    return ok ? v : fallback;
}

bool QueryResult::toBool(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result.get(), row, column)[0] == 't';
}

qint64 QueryResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

QVariantList QueryResult::toMaps() const
{
    QVariantList list;
    const int n = rows(), m = columns();
    list.reserve(n);
    for (int r = 0; r < n; ++r) {
        QVariantMap map;
        for (int c = 0; c < m; ++c)
            map.insert(columnName(c), isNull(r, c) ? QVariant() : QVariant(text(r, c)));
        list.append(map);
    }
    return list;
}

} // namespace pgs::pg
