// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace pgs {

class Job;
class JobListModel;
class JobRunner;

// The bottom dock: every job of the runner with its state and progress, the log of the selected
// job, Cancel and Clear finished.
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(JobRunner *runner, QWidget *parent = nullptr);
    ~JobsPanel() override;

    Job *selectedJob() const;
    void selectJob(const Job *job);

private:
    void selectionChanged();
    void updateButtons();
    void cancelSelected();

    JobRunner *m_runner;
    JobListModel *m_model;
    QTreeView *m_view;
    QPlainTextEdit *m_log;
    QPushButton *m_cancelButton;
    QPushButton *m_clearButton;
    QPointer<Job> m_shownJob;
    QMetaObject::Connection m_logConnection;
};

} // namespace pgs
