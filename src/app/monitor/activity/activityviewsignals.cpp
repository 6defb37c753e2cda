// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityView's cancel and terminate: refusal of our own session, the confirmation, the job
// and the per-pid summary. (The loading half of the view is in activityview.cpp.)
#include "monitor/activity/activityconnection.h"
#include "monitor/activity/activityview.h"
#include "monitor/activity/sessiontablemodel.h"
#include "monitor/activity/signalconfirmdialog.h"
#include "jobs/jobrunner.h"
#include "shell/appcontext.h"

namespace pgs {

void ActivityView::cancelSelected()
{
    askToSignal(BackendSignal::Cancel);
}

void ActivityView::terminateSelected()
{
    askToSignal(BackendSignal::Terminate);
}

void ActivityView::askToSignal(BackendSignal signal)
{
    const QList<int> pids = selectedPids();
    if (pids.isEmpty() || !m_connection)
        return;
    const int own = m_sessions->ownPid();
    if (own && pids.contains(own)) {
        showMessage(tr("pid %1 is pgsteward's own session for this view: it is not cancelled or terminated. "
                       "Nothing was signalled; select the other sessions only.")
                        .arg(own),
                    true);
        return;
    }
    QList<SessionActivity> sessions;
    for (int pid : pids)
        if (const SessionActivity *s = m_sessions->session(m_sessions->rowOfPid(pid)))
            sessions.append(*s);
    auto *dialog = new SignalConfirmDialog(signal, sessions, m_profile.name, m_profile.production, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, signal, pids] { startSignals(signal, pids); });
    dialog->open(); // window-modal, not a nested event loop
}

void ActivityView::startSignals(BackendSignal signal, const QList<int> &pids)
{
    SignalRequest request;
    request.signal = signal;
    request.pids = pids;
    request.productionProfile = m_profile.production;
    request.productionOverride = m_profile.production; // the name was typed in the confirmation
    const QString title = signal == BackendSignal::Terminate ? tr("Terminate %n session(s) on %1", nullptr, int(pids.size()))
                                                             : tr("Cancel %n query(ies) on %1", nullptr, int(pids.size()));
    Job *job = m_app->jobs().start(
        title.arg(m_profile.name),
        [connection = m_connection, request](JobContext &ctx) -> JobResult {
            return connection->run(ctx, [&](pg::Connection &conn) -> JobResult {
                auto outcomes = signalBackends(conn, request);
                if (!outcomes)
                    return outcomes.error();
                return QVariant::fromValue(std::move(outcomes).value());
            });
        },
        QStringLiteral("activity"));
    m_signalJobs.append(job);
    showMessage(signal == BackendSignal::Terminate ? tr("Terminating…") : tr("Cancelling…"), false);
    connect(job, &Job::finished, this, [this, job, signal] { signalsFinished(job, signal); });
}

void ActivityView::signalsFinished(Job *job, BackendSignal signal)
{
    m_signalJobs.removeAll(job);
    if (job->state() != Job::State::Succeeded) {
        const QString message = job->error().message;
        showMessage(tr("Nothing was signalled: %1").arg(message), true);
        Q_EMIT signalsDone(message);
        return;
    }
    const auto outcomes = job->result().value<QList<SignalOutcome>>();
    int done = 0, gone = 0;
    QStringList refused;
    for (const SignalOutcome &o : outcomes) {
        if (!o.error.isEmpty())
            refused << tr("pid %1: %2").arg(o.pid).arg(o.error);
        else if (o.signalled)
            ++done;
        else
            ++gone;
    }
    QStringList parts;
    if (done)
        parts << (signal == BackendSignal::Terminate ? tr("%n terminated", nullptr, done)
                                                     : tr("%n cancel request(s) sent", nullptr, done));
    if (gone)
        parts << tr("%n no longer existed", nullptr, gone);
    if (!refused.isEmpty())
        parts << tr("%n refused (%1)", nullptr, int(refused.size())).arg(refused.join(QLatin1String("; ")));
    const QString summary = parts.join(QLatin1String(", "));
    showMessage(summary, !refused.isEmpty());
    Q_EMIT signalsDone(summary);
    refresh(); // show the sessions as they are now
}

} // namespace pgs
