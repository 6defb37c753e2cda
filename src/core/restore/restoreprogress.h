// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/restorejob.h"
#include "restore/toc.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace pgs {

// Turns `pg_restore --verbose` stderr into progress and attributed errors. Entries start with
// "creating TABLE "s.t"", "processing data for table "s.t"", "executing SEQUENCE SET t" or, in
// parallel mode, "processing/launching item N ..." and end with the next serial start or
// "finished item N". Each entry weighs its data size when known (one page otherwise).
// Errors: "pg_restore: from TOC entry N; ..." names the entry of the "pg_restore: error: ..."
// that follows; without it the error goes to the entry processed last.
class RestoreProgress
{
public:
    // scope: the entries this run restores (empty: every entry of toc).
    RestoreProgress(const TableOfContents &toc, const QSet<int> &scope);

    void feedLine(const QString &line);
    void finish(bool succeeded); // the tool ended: the current entry is done when it succeeded

    double fraction() const; // 0..1
    QString text() const;    // "TABLE DATA ticketing.orders (12 of 207)"
    int entriesDone() const { return int(m_done.size()); }
    int entriesTotal() const { return int(m_weights.size()); }
    QList<RestoreError> errors() const { return m_errors; }
    int ignoredErrorCount() const { return m_ignored; } // "errors ignored on restore: N", -1: none reported

private:
    int resolve(const QString &type, const QString &qualifiedOrTag) const;
    void start(int id, bool serial);
    void markDone(int id);
    QString describe(int id) const;

    const TableOfContents &m_toc;
    QHash<int, qint64> m_weights;
    qint64 m_totalWeight = 0;
    qint64 m_doneWeight = 0;
    QHash<QString, int> m_byName; // "TYPE|schema.tag" and "TYPE|tag"
    QSet<int> m_done;
    int m_current = 0;   // the entry being processed serially
    bool m_parallel = false;
    int m_errorEntry = 0; // from "from TOC entry N;"
    QList<RestoreError> m_errors;
    bool m_inError = false; // continuation lines (DETAIL:, Command was:) follow an error
    int m_ignored = -1;
};

} // namespace pgs
