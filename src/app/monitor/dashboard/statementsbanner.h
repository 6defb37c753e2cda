// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pgs {

// A strip above the charts when pg_stat_statements cannot be read: why (the sampler's reason)
// and, when the library is preloaded so that CREATE EXTENSION would fix it, a button for that.
class StatementsBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StatementsBanner(QWidget *parent = nullptr);

    // Shows or hides the banner for the latest sample.
    void showFor(bool available, const QString &reason, bool creatable);
    void setBusy(bool busy); // while the extension is being created
    QLabel *label() const { return m_label; }
    QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void createRequested();

private:
    QLabel *m_label;
    QPushButton *m_create;
    bool m_busy = false;
};

} // namespace pgs
