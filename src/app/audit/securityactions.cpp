// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The changes the Security view makes: a finding's fix, a role created or altered, privileges
// granted or revoked. Each is previewed, guarded by the typed profile name on production, and
// run as a job in the Jobs panel; a new audit follows.
#include "audit/grantdialog.h"
#include "audit/roledialog.h"
#include "audit/rolesmodel.h"
#include "audit/securityview.h"

#include "audit/grantsql.h"
#include "audit/rolesql.h"
#include "jobs/connectedjob.h"
#include "shell/appcontext.h"
#include "shell/typedconfirmdialog.h"

#include "ui_securityview.h"
#include "shell/readonlyguard.h"

#include <QSortFilterProxyModel>

namespace pgs {

void SecurityView::applySelectedFix()
{
    QTreeWidgetItem *item = ui->findingsTree->currentItem();
    if (!m_snapshot || !item || !item->parent())
        return;
    const Finding f = m_snapshot->findings.value(item->data(0, Qt::UserRole + 1).toInt());
    if (f.fixSql.isEmpty())
        return;
    // One statement per line, each on its own: ALTER SYSTEM refuses a transaction block.
    confirmThenRun(tr("Fix %1 on %2").arg(f.code, f.object), f.fixSql, m_snapshot->databaseOf(f),
                   f.fixSql.split(QLatin1Char('\n'), Qt::SkipEmptyParts), true);
}

RoleDialog *SecurityView::openRoleDialog(bool alter)
{
    if (!m_snapshot)
        return nullptr;
    const QModelIndex current = m_filter->mapToSource(ui->rolesView->currentIndex());
    const AuditRole *role = alter && current.isValid() ? m_roles->roleAt(current.row()) : nullptr;
    if (alter && !role)
        return nullptr;
    auto *dialog = new RoleDialog(*m_snapshot, role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleDialog::previewRequested, this, [this, dialog] { previewRole(dialog); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString title = dialog->isAlter() ? tr("Alter role %1").arg(dialog->definition().name)
                                                : tr("Create role %1").arg(dialog->definition().name);
        confirmThenRun(title, dialog->statements().join(QLatin1Char('\n')), QString(), dialog->statements(), false);
    });
    dialog->open();
    return dialog;
}

GrantDialog *SecurityView::openGrantDialog()
{
    if (!m_snapshot)
        return nullptr;
    const QModelIndex current = m_filter->mapToSource(ui->rolesView->currentIndex());
    const AuditRole *role = current.isValid() ? m_roles->roleAt(current.row()) : nullptr;
    auto *dialog = new GrantDialog(*m_snapshot, role ? role->name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantDialog::previewRequested, this, [this, dialog] { previewGrant(dialog); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        confirmThenRun(tr("Privileges in %1").arg(dialog->database()), dialog->statements().join(QLatin1Char('\n')), dialog->database(),
                       dialog->statements(), false);
    });
    dialog->open();
    return dialog;
}

void SecurityView::previewRole(RoleDialog *dialog)
{
    if (!m_spec)
        return;
    const RoleDefinition role = dialog->definition();
    const QString password = dialog->password();
    const bool alter = dialog->isAlter();
    QPointer<RoleDialog> guard(dialog);
    // The password is hashed inside the job, on the client; only the verifier leaves it.
    m_app->jobs().startRead(
        tr("Preview of a role change"),
        [spec = *m_spec, role, password, alter](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                RoleDefinition r = role;
                if (!password.isEmpty()) {
                    auto verifier = scramVerifier(conn, r.newName.isEmpty() ? r.name : r.newName, password);
                    if (!verifier)
                        return verifier.error();
                    r.passwordVerifier = *verifier;
                }
                const QStringList sql = alter ? alterRoleSql(r, identifierQuoter(conn), literalQuoter(conn))
                                              : createRoleSql(r, identifierQuoter(conn), literalQuoter(conn));
                return QVariant(sql);
            });
        },
        this, [guard](const JobOutcome &outcome) {
            if (guard)
                guard->setPreview(outcome.succeeded() ? outcome.result.toStringList() : QStringList(),
                                  outcome.succeeded() ? QString() : outcome.error.message);
        },
        QStringLiteral("audit"));
}

void SecurityView::previewGrant(GrantDialog *dialog)
{
    if (!m_spec)
        return;
    auto request = dialog->request();
    if (!request) {
        dialog->setPreview({}, request.error().message);
        return;
    }
    QPointer<GrantDialog> guard(dialog);
    m_app->jobs().startRead(
        tr("Preview of a grant"),
        [spec = m_spec->withDatabase(dialog->database()), r = *request](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                auto sql = grantStatements(conn, r);
                if (!sql)
                    return sql.error();
                return QVariant(*sql);
            });
        },
        this, [guard](const JobOutcome &outcome) {
            if (guard)
                guard->setPreview(outcome.succeeded() ? outcome.result.toStringList() : QStringList(),
                                  outcome.succeeded() ? QString() : outcome.error.message + QLatin1Char(' ') + outcome.error.detail);
        },
        QStringLiteral("audit"));
}

void SecurityView::confirmThenRun(const QString &title, const QString &what, const QString &database, const QStringList &statements,
                                  bool eachOnItsOwn)
{
    if (statements.isEmpty() || m_changeJob)
        return;
    if (refusedAsReadOnly(this, m_profile, title))
        return;
    if (!m_profile.production) {
        runChange(title, database, statements, eachOnItsOwn);
        return;
    }
    auto *dialog = new TypedConfirmDialog(
        title, tr("This runs on the production server %1%2:\n\n%3")
                   .arg(m_profile.name, database.isEmpty() ? QString() : tr(", database %1").arg(database), what),
        m_profile.name, this);
    dialog->setObjectName(QStringLiteral("securityConfirmation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, title, database, statements, eachOnItsOwn] { runChange(title, database, statements, eachOnItsOwn); });
    dialog->open();
}

void SecurityView::runChange(const QString &title, const QString &database, const QStringList &statements, bool eachOnItsOwn)
{
    if (!m_spec || m_changeJob)
        return;
    const ConnectionSpec spec = database.isEmpty() ? *m_spec : m_spec->withDatabase(database);
    ui->statusLabel->setText(tr("Running: %1…").arg(title));
    ui->applyFixButton->setEnabled(false);
    m_changeJob = m_app->jobs().start(
        title,
        [spec, statements, eachOnItsOwn](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                if (!eachOnItsOwn) {
                    if (Status st = runInTransaction(conn, statements); !st)
                        return st.error();
                    return QVariant();
                }
                for (const QString &statement : statements) {
                    ctx.log(statement);
                    if (auto r = conn.exec(statement); !r)
                        return r.error();
                }
                return QVariant();
            });
        },
        QStringLiteral("audit"));
    Job *job = m_changeJob;
    connect(job, &Job::finished, this, [this, job, title] {
        m_changeJob.clear();
        const bool ok = job->state() == Job::State::Succeeded;
        const QString error = ok ? QString() : job->error().message;
        ui->statusLabel->setText(ok ? tr("Done: %1. Auditing again…").arg(title) : tr("%1 failed: %2").arg(title, error));
        Q_EMIT changeFinished(error);
        if (ok)
            runAudit();
    });
}

} // namespace pgs
