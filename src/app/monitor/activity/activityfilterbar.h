// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/activity.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QStringListModel;

namespace pgs {

// The row above the sessions: the server-side filters (active only, database, user,
// application: exact names, completed from the sessions seen so far), auto-refresh
// (off / 2 / 5 / 10 s), the long-running threshold and Refresh. Remembers its choices.
class ActivityFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityFilterBar(QSettings *settings, QWidget *parent = nullptr);

    // The filters (limit and offset are the view's).
    ActivityOptions filters() const;
    int refreshIntervalMsecs() const; // 0: off
    void setRefreshIntervalMsecs(int msecs);
    qint64 longRunningSecs() const;
    // Names for the completers.
    void rememberNames(const QList<SessionActivity> &sessions);

    QCheckBox *activeOnlyCheck() const { return m_activeOnly; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *applicationEdit() const { return m_application; }

Q_SIGNALS:
    void filtersChanged();
    void refreshIntervalChanged();
    void longRunningChanged();
    void refreshRequested();

private:
    QLineEdit *addFilter(const QString &label, const QString &name, QStringListModel *names);
    void applyFilters();

    QSettings *m_settings;
    QCheckBox *m_activeOnly;
    QStringListModel *m_databaseNames;
    QStringListModel *m_userNames;
    QStringListModel *m_applicationNames;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_application;
    QComboBox *m_interval;
    QSpinBox *m_longRunning;
    QPushButton *m_refresh;
    ActivityOptions m_applied;
    QSet<QString> m_seen[3];
};

} // namespace pgs
