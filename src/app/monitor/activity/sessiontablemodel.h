// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/activity.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace pgs {

// One page of sessions. setSessions() updates in place, matching rows by pid (gone rows are
// removed, new ones inserted, the rest moved and changed), so a refresh keeps the view's
// selection, current row and scroll position instead of resetting.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        // What one reads first is on the left: who, doing what, for how long, waiting on whom.
        PidColumn,
        DatabaseColumn,
        UserColumn,
        ApplicationColumn,
        StateColumn,
        DurationColumn,
        WaitEventColumn,
        BlockedByColumn,
        QueryColumn,
        ClientColumn,
        QueryStartColumn,
        XactStartColumn,
        BackendStartColumn,
        ColumnCount
    };
    enum Role { PidRole = Qt::UserRole + 1, LongRunningRole, FullQueryRole };

    explicit SessionTableModel(QObject *parent = nullptr);

    // The server-side order a column header stands for, and back (-1: Default has no column).
    static SessionSort sortOfColumn(int column);
    static int columnOfSort(SessionSort sort);

    // now: the server's clock (durations); ownPid: the view's own session, shown as such.
    void setSessions(const QList<SessionActivity> &sessions, const QDateTime &now, int ownPid);
    void setLongRunningSecs(qint64 secs);
    qint64 longRunningSecs() const { return m_longRunningSecs; }

    const SessionActivity *session(int row) const;
    int rowOfPid(int pid) const { return m_rowOfPid.value(pid, -1); }
    int ownPid() const { return m_ownPid; }
    bool isLongRunning(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SessionActivity &s, int column) const;
    QString timeText(const QDateTime &t) const;
    void reindex();

    QList<SessionActivity> m_sessions;
    QHash<int, int> m_rowOfPid;
    QDateTime m_now;
    int m_ownPid = 0;
    qint64 m_longRunningSecs = 300;
};

} // namespace pgs
