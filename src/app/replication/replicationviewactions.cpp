// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Replication view's actions (slots, replay, promotion, the demo standby): each asks for its
// confirmation, then runs as a job in the Jobs panel. The switchover: replicationviewswitchover.cpp.
#include "replication/replicationview.h"
#include "ui_replicationview.h"

#include "jobs/connectedjob.h"
#include "jobs/job.h"
#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"
#include "pg/connection.h"
#include "replication/replicationactions.h"
#include "sandbox/demostandby.h"
#include "shell/appcontext.h"
#include "shell/typedconfirmdialog.h"
#include "shell/readonlyguard.h"

#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace pgs {

namespace {
QString bytesText(const std::optional<double> &v) { return v ? humanBytes(qint64(*v)) : QStringLiteral("–"); }
QString secondsText(const std::optional<double> &v)
{
    return v ? ReplicationView::tr("%1 s").arg(QLocale().toString(*v, 'f', 1)) : QStringLiteral("–");
}
} // namespace

void ReplicationView::askCreateSlot()
{
    if (refusedAsReadOnly(this, m_profile, tr("Creating a replication slot")))
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create replication slot"));
    dialog->setLabelText(tr("Name of the new physical slot (lower-case letters, digits, underscores):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) { createSlotNamed(name.trimmed(), false); });
    dialog->open();
}

void ReplicationView::createSlotNamed(const QString &name, bool logical)
{
    runAction(tr("Create slot %1 on %2").arg(name, m_profile.name),
              [name, logical](pg::Connection &conn) { return createSlot(conn, name, logical); });
}

void ReplicationView::askDropSlot()
{
    const int row = ui->slotsTable->currentRow();
    if (!m_status || row < 0 || row >= m_status->replicationSlots.size())
        return;
    if (refusedAsReadOnly(this, m_profile, tr("Dropping a replication slot")))
        return;
    const SlotInfo slot = m_status->replicationSlots[row];
    auto *dialog = new TypedConfirmDialog(tr("Drop replication slot"),
                                          tr("Dropping slot %1 releases the WAL it holds; its consumer can no longer resume from it. "
                                             "Type the slot's name to drop it.").arg(slot.name),
                                          slot.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = slot.name] { dropSlotConfirmed(name); });
    dialog->open();
}

void ReplicationView::dropSlotConfirmed(const QString &name)
{
    runAction(tr("Drop slot %1 on %2").arg(name, m_profile.name), [name](pg::Connection &conn) { return dropSlot(conn, name); });
}

void ReplicationView::askPromote()
{
    if (!m_status || !m_status->standby || refusedAsReadOnly(this, m_profile, tr("Promoting")))
        return;
    const ReceiverInfo r = m_status->receiver.value_or(ReceiverInfo{});
    QStringList checklist{
        tr("Replay: %1 received but not replayed, last replayed commit %2 ago%3.")
            .arg(bytesText(r.replayGapBytes), secondsText(r.replayDelaySeconds), r.replayPaused ? tr(" (paused: it is resumed first)") : QString()),
        tr("Upstream: %1 (receiver %2). If the primary still runs, stop writes there and let this standby catch up first.")
            .arg(r.senderHost.isEmpty() ? tr("none") : QStringLiteral("%1:%2").arg(r.senderHost).arg(r.senderPort), r.status),
        tr("After promotion: point the applications and every other standby (primary_conninfo) at this server, and rebuild "
           "the old primary with pg_rewind or a new base backup before it rejoins."),
    };
    auto *dialog = new TypedConfirmDialog(tr("Promote %1").arg(m_profile.name),
                                          checklist.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n")
                                              + tr("Type the profile's name to promote this standby."),
                                          m_profile.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ReplicationView::promoteConfirmed);
    dialog->open();
}

void ReplicationView::promoteConfirmed()
{
    // The advice needs what the standby followed before; it is computed in the job, shown after.
    auto lines = std::make_shared<QStringList>();
    const ConnectionSpec spec = m_spec.value_or(ConnectionSpec{});
    runAction(
        tr("Promote %1").arg(m_profile.name),
        [lines, spec](pg::Connection &conn) -> Status {
            auto promoted = promoteStandby(conn, 60);
            if (!promoted)
                return promoted.error();
            OldPrimaryFacts old;
            old.name = promoted->upstream;
            const RebuildAdvice advice = rebuildAdvice(spec, old, QString(), promoted->upstreamSlot);
            *lines << tr("Promoted: now a primary on timeline %1 (was %2). Point the applications and the other standbys of %3 at "
                         "this server (primary_conninfo = %4).")
                          .arg(promoted->timelineAfter)
                          .arg(promoted->timelineBefore)
                          .arg(promoted->upstream.isEmpty() ? tr("the old primary") : promoted->upstream, advice.newPrimaryConninfo);
            *lines << advice.lines();
            return ok();
        },
        [this, lines] {
            showRebuild(*lines);
        });
}

void ReplicationView::startDemoStandby()
{
    if (m_action)
        return;
    const ConnectionProfile profile = m_profile;
    const QString dir = m_sandboxDir;
    const QString title = tr("Start a demo standby of %1").arg(profile.name);
    m_action = m_app->jobs().start(title, [profile, dir](JobContext &ctx) -> JobResult {
        auto standby = pgs::startDemoStandby(ctx, profile, dir);
        if (!standby)
            return standby.error();
        return QVariant::fromValue(*standby);
    }, QStringLiteral("replication"));
    Job *job = m_action;
    connect(job, &Job::finished, this, [this, job, title] {
        bool succeeded = job->state() == Job::State::Succeeded;
        QString message = succeeded ? title : job->error().message;
        if (succeeded) {
            ConnectionProfile standby = job->result().value<ConnectionProfile>();
            // Started before: update that profile in place (its id keeps its history).
            if (const ConnectionProfile *existing = m_app->profiles().find(standby.name))
                standby.id = existing->id;
            auto saved = m_app->saveProfile(standby, {});
            if (!saved) {
                succeeded = false;
                message = saved.error().message;
            } else {
                message = tr("Standby %1 started and saved as a profile.").arg(saved->name);
                ui->statusLabel->setText(message);
            }
        }
        m_action.clear();
        if (!succeeded)
            ui->statusLabel->setText(tr("%1 failed: %2").arg(title, message));
        updateButtons();
        refresh();
        loadTopology();
        Q_EMIT actionFinished(succeeded, message);
    });
    updateButtons();
}

void ReplicationView::runAction(const QString &title, std::function<Status(pg::Connection &)> action, std::function<void()> onSuccess)
{
    if (!m_spec || m_action)
        return;
    const ConnectionSpec spec = *m_spec;
    m_action = m_app->jobs().start(title, [spec, action](JobContext &ctx) -> JobResult {
        return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
            if (Status done = action(conn); !done)
                return done.error();
            return QVariant();
        });
    }, QStringLiteral("replication"));
    Job *job = m_action;
    connect(job, &Job::finished, this, [this, job, title, onSuccess] {
        const bool succeeded = job->state() == Job::State::Succeeded;
        if (succeeded && onSuccess)
            onSuccess();
        const QString message = succeeded ? title : job->error().message;
        m_action.clear();
        if (!succeeded)
            ui->statusLabel->setText(tr("%1 failed: %2").arg(title, message));
        updateButtons();
        refresh();
        Q_EMIT actionFinished(succeeded, message);
    });
    updateButtons();
}

} // namespace pgs
