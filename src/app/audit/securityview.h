// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditreport.h"
#include "audit/auditrun.h"
#include "audit/effectiveprivileges.h"
#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QTreeWidgetItem;

namespace Ui {
class SecurityView;
}

namespace pgs {

class AppContext;
class GrantDialog;
class Job;
struct JobOutcome;
class RoleDialog;
class RolesModel;

// The Security tab of a server: the role and privilege audit. Roles table (left), and for the
// selected role its memberships and effective privileges (and, for a selected privilege, who
// else may use that object); the findings grouped by severity with detail and fix SQL, Apply fix
// (previewed; typed confirmation on a production profile); exports; the changes since the
// previous saved audit; the Create/alter role dialog and the Grant/revoke dialog.
// Every read and change runs as a job; the models are built here from the plain snapshot.
class SecurityView : public QWidget
{
    Q_OBJECT
public:
    SecurityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~SecurityView() override;

    void setConnection(const ConnectionSpec &spec);
    void setProfile(const ConnectionProfile &profile);

    std::shared_ptr<const AuditSnapshot> snapshot() const { return m_snapshot; }
    RolesModel *rolesModel() const { return m_roles; }
    Ui::SecurityView *form() const { return ui.get(); }
    bool isRunning() const { return m_job; }
    void selectRole(const QString &name);
    QString exportTo(const QString &path, AuditExportFormat format) const; // error, empty on success

public Q_SLOTS:
    void runAudit();
    void applySelectedFix();
    RoleDialog *openRoleDialog(bool alter);
    GrantDialog *openGrantDialog();

Q_SIGNALS:
    void auditFinished(const QString &error);
    void changeFinished(const QString &error); // a fix, role change or grant ran (then a new audit starts)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void auditDone(const JobOutcome &outcome);
    void showSnapshot();
    void fillFindings();
    void fillComparison();
    void roleSelected();
    void privilegeSelected();
    void findingSelected();
    void exportRequested(AuditExportFormat format);
    // securityactions.cpp: previews and runs, with the production guard.
    void previewRole(RoleDialog *dialog);
    void previewGrant(GrantDialog *dialog);
    void confirmThenRun(const QString &title, const QString &what, const QString &database, const QStringList &statements,
                        bool eachOnItsOwn);
    void runChange(const QString &title, const QString &database, const QStringList &statements, bool eachOnItsOwn);

    std::unique_ptr<Ui::SecurityView> ui;
    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    QPointer<Job> m_job;
    QPointer<Job> m_changeJob;
    RolesModel *m_roles;
    QSortFilterProxyModel *m_filter;
    std::shared_ptr<const AuditSnapshot> m_snapshot;
    std::shared_ptr<const AuditSnapshot> m_previous;
    std::optional<AuditComparison> m_comparison;
    std::unique_ptr<MembershipGraph> m_graph;
    QList<EffectivePrivilege> m_shownPrivileges;
    bool m_ranOnce = false;
};

} // namespace pgs
