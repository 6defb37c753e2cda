// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity/signalconfirmdialog.h"

#include "shell/typedconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgs {

SignalConfirmDialog::SignalConfirmDialog(BackendSignal signal, const QList<SessionActivity> &sessions,
                                         const QString &profileName, bool production, QWidget *parent)
    : QDialog(parent), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signalConfirmDialog"));
    const bool terminate = signal == BackendSignal::Terminate;
    const int n = int(sessions.size());
    setWindowTitle(terminate ? tr("Terminate sessions") : tr("Cancel queries"));

    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(terminate ? tr("Terminate %n session(s)? Their connections are closed and open "
                                               "transactions are rolled back.", nullptr, n)
                                          : tr("Cancel the running query of %n session(s)? Their transactions "
                                               "are aborted; the connections stay.", nullptr, n),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);

    QStringList lines;
    for (const SessionActivity &s : sessions) {
        QString query = s.query.simplified();
        if (query.size() > 80)
            query = query.left(79) + QChar(0x2026);
        lines << tr("pid %1  %2@%3  %4  %5").arg(s.pid).arg(s.user, s.database, s.state, query);
    }
    auto *list = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("pidList"));
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    list->setMaximumHeight(qMin(200, 30 + 18 * int(lines.size())));
    layout->addWidget(list);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(terminate ? tr("&Terminate") : tr("Cancel &queries"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep them"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    if (production)
        m_typed = TypedConfirmDialog::addTypedConfirmation(layout, ok, profileName);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace pgs
