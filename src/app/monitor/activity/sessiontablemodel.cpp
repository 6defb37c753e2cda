// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity/sessiontablemodel.h"

#include "monitor/humanformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

namespace pgs {

namespace {
constexpr int kQueryDisplayChars = 300; // one line in the table; the side pane has the whole text

QString oneLine(const QString &query)
{
    QString line = query.simplified();
    if (line.size() > kQueryDisplayChars)
        line = line.left(kQueryDisplayChars - 1) + QChar(0x2026);
    return line;
}
} // namespace

SessionTableModel::SessionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

SessionSort SessionTableModel::sortOfColumn(int column)
{
    switch (Column(column)) {
    case PidColumn: return SessionSort::Pid;
    case DatabaseColumn: return SessionSort::Database;
    case UserColumn: return SessionSort::User;
    case ApplicationColumn: return SessionSort::Application;
    case StateColumn: return SessionSort::State;
    case DurationColumn: return SessionSort::Duration;
    case WaitEventColumn: return SessionSort::WaitEvent;
    case BlockedByColumn: return SessionSort::BlockedBy;
    case QueryColumn: return SessionSort::Query;
    case ClientColumn: return SessionSort::Client;
    case QueryStartColumn: return SessionSort::QueryStart;
    case XactStartColumn: return SessionSort::XactStart;
    case BackendStartColumn: return SessionSort::BackendStart;
    case ColumnCount: break;
    }
    return SessionSort::Default;
}

int SessionTableModel::columnOfSort(SessionSort sort)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sortOfColumn(c) == sort)
            return c;
    return -1;
}

void SessionTableModel::setSessions(const QList<SessionActivity> &sessions, const QDateTime &now, int ownPid)
{
    m_now = now;
    m_ownPid = ownPid;
    QHash<int, int> newRow;
    newRow.reserve(sessions.size());
    for (int i = 0; i < sessions.size(); ++i)
        newRow.insert(sessions[i].pid, i);

    // 1. Rows whose session is gone (or left the page), removed in contiguous runs from the bottom.
    for (int row = m_sessions.size() - 1; row >= 0;) {
        if (newRow.contains(m_sessions[row].pid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !newRow.contains(m_sessions[first - 1].pid))
            --first;
        beginRemoveRows({}, first, row);
        m_sessions.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // 2. New sessions appended, so that every pid of the new page has a row.
    QSet<int> present;
    for (const SessionActivity &s : std::as_const(m_sessions))
        present.insert(s.pid);
    QList<SessionActivity> added;
    for (const SessionActivity &s : sessions)
        if (!present.contains(s.pid))
            added.append(s);
    if (!added.isEmpty()) {
        beginInsertRows({}, m_sessions.size(), m_sessions.size() + added.size() - 1);
        m_sessions.append(added);
        endInsertRows();
    }
    // 3. Into the server's order; persistent indexes (selection, current) follow their pid.
    bool reordered = false;
    for (int i = 0; i < m_sessions.size() && !reordered; ++i)
        reordered = m_sessions[i].pid != sessions[i].pid;
    if (reordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.append(this->index(newRow.value(m_sessions[index.row()].pid), index.column()));
        m_sessions = sessions;
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_sessions = sessions;
    }
    reindex();
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_sessions.size() - 1, ColumnCount - 1));
}

void SessionTableModel::setLongRunningSecs(qint64 secs)
{
    if (secs == m_longRunningSecs)
        return;
    m_longRunningSecs = secs;
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_sessions.size() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void SessionTableModel::reindex()
{
    m_rowOfPid.clear();
    m_rowOfPid.reserve(m_sessions.size());
    for (int i = 0; i < m_sessions.size(); ++i)
        m_rowOfPid.insert(m_sessions[i].pid, i);
}

const SessionActivity *SessionTableModel::session(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

bool SessionTableModel::isLongRunning(int row) const
{
    const SessionActivity *s = session(row);
    if (!s || m_longRunningSecs <= 0 || s->state.isEmpty() || s->state == QLatin1String("idle"))
        return false;
    return sessionDurationSecs(*s, m_now) >= m_longRunningSecs;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::timeText(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const bool today = m_now.isValid() && local.date() == m_now.toLocalTime().date();
    return today ? local.toString(QStringLiteral("HH:mm:ss")) : QLocale().toString(local, QLocale::ShortFormat);
}

QVariant SessionTableModel::display(const SessionActivity &s, int column) const
{
    switch (Column(column)) {
    case PidColumn: return s.pid;
    case DatabaseColumn: return s.database;
    case UserColumn: return s.user;
    case ApplicationColumn: return s.application;
    case ClientColumn: return s.client.isEmpty() ? tr("local") : s.client;
    case BackendStartColumn: return timeText(s.backendStart);
    case XactStartColumn: return timeText(s.xactStart);
    case QueryStartColumn: return timeText(s.queryStart);
    case DurationColumn: {
        const qint64 secs = sessionDurationSecs(s, m_now);
        return secs < 0 ? QString() : humanDuration(secs);
    }
    case StateColumn: return s.pid == m_ownPid ? tr("%1 (pgsteward)").arg(s.state) : s.state;
    case WaitEventColumn:
        return s.waitEventType.isEmpty() ? QString() : s.waitEventType + QLatin1String(": ") + s.waitEvent;
    case BlockedByColumn: {
        QStringList pids;
        for (int pid : s.blockedBy)
            pids << QString::number(pid);
        return pids.join(QLatin1String(", "));
    }
    case QueryColumn: return oneLine(s.query);
    case ColumnCount: break;
    }
    return {};
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    const SessionActivity *s = session(index.row());
    if (!s || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*s, index.column());
    case PidRole: return s->pid;
    case FullQueryRole: return s->query;
    case LongRunningRole: return isLongRunning(index.row());
    case Qt::ToolTipRole:
        if (s->pid == m_ownPid)
            return tr("pgsteward's own session for this view: it cannot be cancelled or terminated here.");
        if (index.column() == QueryColumn)
            return oneLine(s->query);
        if (isLongRunning(index.row()))
            return tr("Running for longer than %1").arg(humanDuration(m_longRunningSecs));
        if (index.column() >= QueryStartColumn && index.column() <= BackendStartColumn) {
            const QDateTime t = index.column() == BackendStartColumn ? s->backendStart
                              : index.column() == XactStartColumn   ? s->xactStart
                                                                    : s->queryStart;
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QVariant();
        }
        return {};
    case Qt::BackgroundRole:
        if (isLongRunning(index.row()))
            return QBrush(QColor(255, 224, 178)); // amber: look here
        return {};
    case Qt::ForegroundRole:
        if (isLongRunning(index.row()))
            return QBrush(Qt::black); // readable on the amber under a dark palette too
        if (index.column() == BlockedByColumn && !s->blockedBy.isEmpty())
            return QBrush(QColor(192, 0, 0));
        return {};
    case Qt::FontRole:
        if (s->pid == m_ownPid) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The longest running first is what one looks for on the first click.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(section == DurationColumn ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PidColumn: return tr("PID");
    case DatabaseColumn: return tr("Database");
    case UserColumn: return tr("User");
    case ApplicationColumn: return tr("Application");
    case ClientColumn: return tr("Client");
    case BackendStartColumn: return tr("Backend start");
    case XactStartColumn: return tr("Transaction start");
    case QueryStartColumn: return tr("Query start");
    case DurationColumn: return tr("Duration");
    case StateColumn: return tr("State");
    case WaitEventColumn: return tr("Wait event");
    case BlockedByColumn: return tr("Blocked by");
    case QueryColumn: return tr("Query");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pgs
