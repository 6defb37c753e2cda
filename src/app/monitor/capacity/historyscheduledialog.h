// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "monitor/sampleschedule.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace pgs {

// Installs or removes the timer that samples a profile's history while pgsteward is closed
// (`pgsteward-cli sample --profile P` every N minutes), showing exactly what it writes.
class HistoryScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryScheduleDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);

    SampleSchedule schedule() const;
    SchedulerKind scheduler() const;
    static QString cliPath();

public Q_SLOTS:
    void install();
    void remove();

private:
    void updatePreview();
    void updateInstalled();

    ConnectionProfile m_profile;
    QComboBox *m_scheduler;
    QSpinBox *m_every;
    QLabel *m_installed;
    QPlainTextEdit *m_preview;
    QPushButton *m_install;
    QPushButton *m_remove;
};

} // namespace pgs
