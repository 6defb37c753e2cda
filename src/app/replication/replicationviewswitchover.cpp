// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Replication view's switchover (the dialog, the job) and the rebuild advice shown after a
// promotion or a switchover: prose wraps, commands stay whole (monospace, broken only between
// options with " \" continuations, scrolling sideways when still too wide), and Copy.
#include "replication/replicationview.h"
#include "ui_replicationview.h"

#include "jobs/job.h"
#include "jobs/jobrunner.h"
#include "replication/rebuildadvice.h"
#include "replication/switchoverdialog.h"
#include "shell/appcontext.h"
#include "shell/readonlyguard.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pgs {

namespace {
constexpr int kCommandWidth = 96; // characters before a command is continued on the next line

bool isCommand(const QString &line) { return line.startsWith(QLatin1String("    ")); }

// The advice as the shell wants it: commands continued with " \", indented under their prose.
QString plainAdvice(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        if (!isCommand(line)) {
            out << line;
            continue;
        }
        const QStringList parts = shellContinued(line.trimmed(), kCommandWidth);
        for (const QString &part : parts)
            out << QStringLiteral("    ") + part;
    }
    return out.join(QLatin1Char('\n'));
}

QString htmlAdvice(const QStringList &lines, const QString &monospaceFamily)
{
    QString html;
    QStringList commands;
    const auto flush = [&] {
        if (commands.isEmpty())
            return;
        html += QStringLiteral("<pre style=\"font-family:'%1'; margin-left:16px\">%2</pre>")
                    .arg(monospaceFamily.toHtmlEscaped(), commands.join(QLatin1Char('\n')).toHtmlEscaped());
        commands.clear();
    };
    for (const QString &line : lines) {
        if (isCommand(line)) {
            commands << shellContinued(line.trimmed(), kCommandWidth).join(QLatin1Char('\n'));
            continue;
        }
        flush();
        const bool note = line.startsWith(QLatin1String("  "));
        html += QStringLiteral("<p style=\"margin-left:%1px\">%2</p>").arg(note ? 8 : 0).arg(line.trimmed().toHtmlEscaped());
    }
    flush();
    return html;
}
} // namespace

void ReplicationView::setUpRebuildBox()
{
    auto *box = new QGroupBox(tr("Next steps after the promotion"), this);
    box->setObjectName(QStringLiteral("rebuildBox"));
    auto *layout = new QVBoxLayout(box);
    m_rebuildText = new QTextBrowser(box);
    m_rebuildText->setObjectName(QStringLiteral("rebuildText"));
    m_rebuildText->setOpenLinks(false);
    m_rebuildText->setLineWrapMode(QTextEdit::WidgetWidth); // prose wraps; <pre> commands never do
    m_rebuildText->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_rebuildText->setMinimumHeight(220);
    layout->addWidget(m_rebuildText);
    auto *copy = new QPushButton(tr("Co&py the steps"), box);
    copy->setObjectName(QStringLiteral("copyRebuildButton"));
    copy->setToolTip(tr("Copies the steps and commands as text (commands continued with \\ as a shell reads them)."));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainAdvice(m_rebuildLines)); });
    layout->addWidget(copy, 0, Qt::AlignLeft);
    box->hide();
    m_rebuildBox = box;
    ui->splitter->insertWidget(0, box);
    ui->splitter->setCollapsible(0, false);
}

QString ReplicationView::rebuildText() const { return plainAdvice(m_rebuildLines); }

void ReplicationView::showRebuild(const QStringList &lines)
{
    m_rebuildLines = lines;
    m_rebuildText->setHtml(htmlAdvice(lines, QFontDatabase::systemFont(QFontDatabase::FixedFont).family()));
    m_rebuildBox->show();
    loadTopology();
}

void ReplicationView::askSwitchover()
{
    if (!m_status || !m_status->standby || !m_upstreamProfile || refusedAsReadOnly(this, m_profile, tr("A switchover")))
        return;
    const QString unavailable = m_primarySandboxDir.isEmpty()
                                    ? tr("Only for a local sandbox: %1 is not one that pgsteward started, so it cannot be stopped "
                                         "and started from here.").arg(m_upstreamProfile->name)
                                    : QString();
    auto *dialog = new SwitchoverDialog(m_upstreamProfile->name, m_profile.name, unavailable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { switchoverConfirmed(dialog->fence(), dialog->rejoin()); });
    dialog->open();
}

void ReplicationView::switchoverConfirmed(SwitchoverFence fence, bool rejoin)
{
    if (!m_spec || m_action || !m_upstreamProfile)
        return;
    if (fence == SwitchoverFence::Shutdown && m_primarySandboxDir.isEmpty()) {
        const QString why = tr("Switchover not started: %1 is no local sandbox, it cannot be shut down from here.").arg(m_upstreamProfile->name);
        ui->statusLabel->setText(why);
        Q_EMIT actionFinished(false, why);
        return;
    }
    const ConnectionProfile primary = *m_upstreamProfile;
    m_app->resolveSpec(primary, this, [this, primary, fence, rejoin](Result<ConnectionSpec> primarySpec) {
        if (!primarySpec) {
            ui->statusLabel->setText(tr("Switchover not started: %1").arg(primarySpec.error().message));
            Q_EMIT actionFinished(false, primarySpec.error().message);
            return;
        }
        if (!m_spec || m_action)
            return;
        SwitchoverRequest request{*primarySpec, *m_spec, primary.name, m_profile.name, 60};
        request.fence = fence;
        request.rejoin = rejoin;
        request.primarySandboxDir = m_primarySandboxDir;
        request.standbySandboxDir = m_standbySandboxDir;
        const QString title = tr("Switch over from %1 to %2").arg(primary.name, m_profile.name);
        m_action = m_app->jobs().start(title, [request](JobContext &ctx) -> JobResult {
            auto outcome = runSwitchover(ctx, request);
            if (!outcome)
                return outcome.error();
            QString head;
            if (outcome->rejoined)
                head = tr("Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 follows it as a standby.");
            else if (outcome->fence == SwitchoverFence::Shutdown)
                head = tr("Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 is stopped.");
            else
                head = tr("Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 is read-only.");
            QStringList lines{head.arg(QLocale().toString(outcome->seconds, 'f', 1), request.standbyName)
                                  .arg(outcome->timelineAfter)
                                  .arg(outcome->timelineBefore)
                                  .arg(request.primaryName)};
            if (!outcome->rejoinError.isEmpty())
                lines << tr("%1 did not rejoin as a standby: %2").arg(request.primaryName, outcome->rejoinError);
            lines << outcome->advice.lines();
            return QVariant(lines);
        }, QStringLiteral("replication"));
        Job *job = m_action;
        connect(job, &Job::finished, this, [this, job, title] {
            const bool succeeded = job->state() == Job::State::Succeeded;
            const QString message = succeeded ? title : job->error().message;
            m_action.clear();
            if (succeeded)
                showRebuild(job->result().toStringList());
            else
                ui->statusLabel->setText(tr("%1 failed: %2").arg(title, message));
            updateButtons();
            refresh();
            Q_EMIT actionFinished(succeeded, message);
        });
        updateButtons();
    });
}

} // namespace pgs
