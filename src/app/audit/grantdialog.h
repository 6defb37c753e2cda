// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditdata.h"
#include "audit/grantsql.h"

#include <QDialog>

#include <memory>

class QCheckBox;

namespace Ui {
class GrantDialog;
}

namespace pgs {

// Grant or revoke privileges: roles (PUBLIC among them), objects (a database, schemas, tables,
// sequences, functions, everything of a kind in a schema, or default privileges for a role's
// future objects), privileges; Preview SQL asks the owner to build the statements in a job
// (functions are resolved by the server there) and OK runs them in one transaction.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    GrantDialog(const AuditSnapshot &snapshot, const QString &role, QWidget *parent = nullptr);
    ~GrantDialog() override;

    Result<GrantRequest> request() const;
    QString database() const;
    void setPreview(const QStringList &statements, const QString &error = {});
    QStringList statements() const { return m_statements; }

    Ui::GrantDialog *form() const { return ui.get(); }
    QCheckBox *privilegeBox(const QString &privilege) const;

Q_SIGNALS:
    void previewRequested();

private:
    void targetChanged();
    void fillSchemas();
    void invalidatePreview();

    std::unique_ptr<Ui::GrantDialog> ui;
    const AuditSnapshot &m_snapshot;
    QList<QCheckBox *> m_privileges;
    QStringList m_statements;
};

} // namespace pgs
