// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditdata.h"
#include "audit/rolesql.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RoleDialog;
}

namespace pgs {

// Create or alter a role: every attribute, memberships, valid-until, connection limit and a new
// password. The dialog runs nothing: Preview SQL asks its owner (previewRequested) to build the
// statements in a job, where the password is hashed (SCRAM-SHA-256, on the client); the preview
// shows the verifier, never the password, and OK runs exactly the previewed statements.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the role to alter; null to create one.
    RoleDialog(const AuditSnapshot &snapshot, const AuditRole *existing, QWidget *parent = nullptr);
    ~RoleDialog() override;

    bool isAlter() const { return m_alter; }
    RoleDefinition definition() const; // without the verifier; alter: only what changed
    QString password() const;          // empty: unchanged / none
    QString validationError() const;   // empty when the form may be previewed

    void setPreview(const QStringList &statements, const QString &error = {});
    QStringList statements() const { return m_statements; }

    Ui::RoleDialog *form() const { return ui.get(); }

Q_SIGNALS:
    void previewRequested();

private:
    void invalidatePreview();

    std::unique_ptr<Ui::RoleDialog> ui;
    bool m_alter = false;
    AuditRole m_original;
    QStringList m_originalGroups;
    QStringList m_statements;
};

} // namespace pgs
