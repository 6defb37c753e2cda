// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/capacity/historyscheduledialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pgs {

HistoryScheduleDialog::HistoryScheduleDialog(const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent),
      m_profile(profile),
      m_scheduler(new QComboBox(this)),
      m_every(new QSpinBox(this)),
      m_installed(new QLabel(this)),
      m_preview(new QPlainTextEdit(this)),
      m_install(new QPushButton(tr("&Install"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("History while pgsteward is closed — %1").arg(profile.name));
    auto *intro = new QLabel(tr("The dashboard records history only while it is open. A timer of your own user "
                                "account can run <code>pgsteward-cli sample</code> for this profile so the size "
                                "and latency history has no gaps."),
                             this);
    intro->setWordWrap(true);
    m_scheduler->addItem(tr("systemd user timer"), int(SchedulerKind::SystemdUser));
    m_scheduler->addItem(tr("crontab"), int(SchedulerKind::Cron));
    m_scheduler->setCurrentIndex(m_scheduler->findData(int(detectScheduler())));
    m_every->setRange(1, 30);
    m_every->setSuffix(tr(" min"));
    m_every->setValue(1);
    m_installed->setObjectName(QStringLiteral("installedLabel"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumSize(620, 220);
    m_install->setObjectName(QStringLiteral("installButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Scheduler:"), m_scheduler);
    form->addRow(tr("Sample every:"), m_every);
    form->addRow(tr("Installed:"), m_installed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_install, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_install, &QPushButton::clicked, this, &HistoryScheduleDialog::install);
    connect(m_remove, &QPushButton::clicked, this, &HistoryScheduleDialog::remove);
    connect(m_every, &QSpinBox::valueChanged, this, &HistoryScheduleDialog::updatePreview);
    connect(m_scheduler, &QComboBox::currentIndexChanged, this, [this] {
        updateInstalled();
        updatePreview();
    });
    updateInstalled();
    updatePreview();
}

QString HistoryScheduleDialog::cliPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pgsteward-cli"));
}

SchedulerKind HistoryScheduleDialog::scheduler() const { return SchedulerKind(m_scheduler->currentData().toInt()); }

SampleSchedule HistoryScheduleDialog::schedule() const
{
    SampleSchedule s;
    s.profileName = m_profile.name;
    s.everyMinutes = m_every->value();
    s.environment = pgstewardEnvironment();
    return s;
}

void HistoryScheduleDialog::updatePreview()
{
    const SampleSchedule s = schedule();
    const ScheduleFiles files = renderScheduledCommand(s.command(cliPath()));
    if (scheduler() == SchedulerKind::SystemdUser) {
        const QString base = QStringLiteral("~/.config/systemd/user/pgsteward-sample-") + s.slug();
        m_preview->setPlainText(QStringLiteral("# %1.service\n%2\n# %1.timer\n%3").arg(base, files.serviceUnit, files.timerUnit));
    } else {
        m_preview->setPlainText(files.cronLine);
    }
}

void HistoryScheduleDialog::updateInstalled()
{
    const auto installed = installedSampleSchedule(m_profile.name, scheduler());
    m_installed->setText(installed ? tr("yes, every %1 min").arg(installed->everyMinutes) : tr("no"));
    m_remove->setEnabled(installed.has_value());
    if (installed)
        m_every->setValue(installed->everyMinutes);
}

void HistoryScheduleDialog::install()
{
    if (Status st = installSampleSchedule(schedule(), cliPath(), scheduler()); !st) {
        QMessageBox::warning(this, tr("Could not install the timer"),
                             st.error().message + (st.error().detail.isEmpty() ? QString() : QStringLiteral("\n\n") + st.error().detail));
        return;
    }
    updateInstalled();
}

void HistoryScheduleDialog::remove()
{
    if (Status st = removeSampleSchedule(m_profile.name, scheduler()); !st)
        QMessageBox::warning(this, tr("Could not remove the timer"), st.error().message);
    updateInstalled();
}

} // namespace pgs
