// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <memory>

typedef struct pg_result PGresult;

namespace pgs::pg {

// A completed result set (text format). Cheap to copy: the PGresult is shared and freed once.
class QueryResult
{
public:
    QueryResult() = default;
    explicit QueryResult(PGresult *result);

    int rows() const;
    int columns() const;
    QString columnName(int column) const;
    int column(const char *name) const; // -1 when absent
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QString text(int row, const char *name) const { return text(row, column(name)); }
    qint64 toInt64(int row, int column, qint64 fallback = 0) const;
    qint64 toInt64(int row, const char *name, qint64 fallback = 0) const { return toInt64(row, column(name), fallback); }
    double toDouble(int row, int column, double fallback = 0) const;
    double toDouble(int row, const char *name, double fallback = 0) const { return toDouble(row, column(name), fallback); }
    bool toBool(int row, int column) const; // 't' / 'f'
    bool toBool(int row, const char *name) const { return toBool(row, column(name)); }
    qint64 affectedRows() const;

    // For each row, a map column name -> value (NULL becomes an invalid QVariant).
    QVariantList toMaps() const;

private:
    std::shared_ptr<PGresult> m_result;
};

} // namespace pgs::pg
