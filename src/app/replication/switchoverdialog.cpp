// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/switchoverdialog.h"

#include "shell/typedconfirmdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pgs {

SwitchoverDialog::SwitchoverDialog(const QString &primaryName, const QString &standbyName, const QString &shutdownUnavailable,
                                   QWidget *parent)
    : QDialog(parent), m_primary(primaryName), m_standby(standbyName),
      m_sql(new QRadioButton(tr("Stop &writes over SQL: read-only by default, every other session ended (any server)"), this)),
      m_shutdown(new QRadioButton(tr("Shut the primary &down: pg_ctl stop -m fast (a local sandbox)"), this)),
      m_rejoin(new QCheckBox(tr("Then &restart it as a standby of the new primary (no pg_rewind needed)"), this)),
      m_steps(new QLabel(this))
{
    setWindowTitle(tr("Switch over to %1").arg(standbyName));
    setObjectName(QStringLiteral("switchoverDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A clean switchover from %1 to %2. How should writes stop on %1?").arg(primaryName, standbyName), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_sql->setObjectName(QStringLiteral("sqlFenceChoice"));
    m_shutdown->setObjectName(QStringLiteral("shutdownFenceChoice"));
    m_rejoin->setObjectName(QStringLiteral("rejoinChoice"));
    layout->addWidget(m_sql);
    layout->addWidget(m_shutdown);
    auto *rejoinRow = new QHBoxLayout;
    rejoinRow->addSpacing(24);
    rejoinRow->addWidget(m_rejoin, 1);
    layout->addLayout(rejoinRow);
    if (shutdownUnavailable.isEmpty()) {
        m_shutdown->setChecked(true); // the textbook way where it is possible
        m_rejoin->setChecked(true);
    } else {
        m_sql->setChecked(true);
        m_shutdown->setEnabled(false);
        m_shutdown->setToolTip(shutdownUnavailable);
        auto *why = new QLabel(shutdownUnavailable, this);
        why->setObjectName(QStringLiteral("shutdownUnavailableLabel"));
        why->setWordWrap(true);
        why->setIndent(24);
        layout->addWidget(why);
    }
    m_steps->setObjectName(QStringLiteral("switchoverSteps"));
    m_steps->setWordWrap(true);
    layout->addWidget(m_steps);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Switch over"));
    m_typed = TypedConfirmDialog::addTypedConfirmation(layout, buttons->button(QDialogButtonBox::Ok), standbyName);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sql, &QRadioButton::toggled, this, &SwitchoverDialog::explain);
    connect(m_rejoin, &QCheckBox::toggled, this, &SwitchoverDialog::explain);
    explain();
    setMinimumWidth(640);
    adjustSize(); // the wrapped labels' height for this width
}

SwitchoverFence SwitchoverDialog::fence() const { return m_shutdown->isChecked() ? SwitchoverFence::Shutdown : SwitchoverFence::Sql; }

bool SwitchoverDialog::rejoin() const { return m_shutdown->isChecked() && m_rejoin->isChecked(); }

void SwitchoverDialog::explain()
{
    m_rejoin->setEnabled(m_shutdown->isChecked());
    QString text;
    if (m_shutdown->isChecked()) {
        text = tr("1. %1 is stopped with a fast shutdown: its clients are disconnected, open transactions rolled back; its "
                  "WAL senders send everything up to the shutdown checkpoint before they exit.\n"
                  "2. %2 replays past that checkpoint (its location is read with pg_controldata).\n"
                  "3. %2 is promoted.\n")
                   .arg(m_primary, m_standby);
        text += m_rejoin->isChecked()
                    ? tr("4. %1 gets standby.signal and primary_conninfo (a slot on %2) and is started: it follows %2 on the new "
                         "timeline.\n\n").arg(m_primary, m_standby)
                    : tr("4. %1 stays stopped; the commands to make it a standby are shown afterwards.\n\n").arg(m_primary);
        text += tr("If it is canceled or fails before the promotion, %1 is started again as the primary.").arg(m_primary);
    } else {
        text = tr("1. New transactions on %1 become read-only (ALTER SYSTEM SET default_transaction_read_only = on, reload) "
                  "and every other client session there is ended.\n"
                  "2. %2 replays up to the final WAL position of %1.\n"
                  "3. %2 is promoted; %1 stays read-only until it is rebuilt as a standby (the commands are shown afterwards).\n\n"
                  "If it is canceled or fails before the promotion, %1 takes writes again.")
                   .arg(m_primary, m_standby);
    }
    m_steps->setText(text);
}

} // namespace pgs
