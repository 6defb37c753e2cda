// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/roledialog.h"

#include "ui_roledialog.h"

#include <QPushButton>

namespace pgs {

RoleDialog::RoleDialog(const AuditSnapshot &snapshot, const AuditRole *existing, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::RoleDialog>()), m_alter(existing != nullptr)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("roleDialog"));
    setWindowTitle(m_alter ? tr("Alter role %1").arg(existing->name) : tr("Create role"));
    if (existing) {
        m_original = *existing;
        m_originalGroups = existing->memberOf;
        ui->nameEdit->setText(existing->name);
        ui->loginCheck->setChecked(existing->login);
        ui->superuserCheck->setChecked(existing->superuser);
        ui->createDbCheck->setChecked(existing->createDb);
        ui->createRoleCheck->setChecked(existing->createRole);
        ui->inheritCheck->setChecked(existing->inherit);
        ui->replicationCheck->setChecked(existing->replication);
        ui->bypassRlsCheck->setChecked(existing->bypassRls);
        ui->limitSpin->setValue(existing->connectionLimit);
        ui->validUntilEdit->setText(existing->validUntil);
        ui->passwordLabel->setText(tr("New password (empty: unchanged):"));
    } else {
        ui->validUntilEdit->setPlaceholderText(tr("e.g. 2027-01-31; empty: never expires"));
    }
    for (const AuditRole &r : snapshot.roles) {
        if (existing && r.oid == existing->oid)
            continue;
        auto *item = new QListWidgetItem(r.name, ui->memberOfList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_originalGroups.contains(r.name) ? Qt::Checked : Qt::Unchecked);
    }
    ui->buttons->button(QDialogButtonBox::Ok)->setText(m_alter ? tr("Alter role") : tr("Create role"));
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->previewButton, &QPushButton::clicked, this, [this] {
        const QString problem = validationError();
        if (!problem.isEmpty()) {
            setPreview({}, problem);
            return;
        }
        ui->messageLabel->setText(tr("Hashing the password and building the SQL…"));
        Q_EMIT previewRequested();
    });
    for (QLineEdit *edit : {ui->nameEdit, ui->passwordEdit, ui->repeatEdit, ui->validUntilEdit})
        connect(edit, &QLineEdit::textChanged, this, &RoleDialog::invalidatePreview);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &RoleDialog::invalidatePreview);
    connect(ui->limitSpin, &QSpinBox::valueChanged, this, &RoleDialog::invalidatePreview);
    connect(ui->memberOfList, &QListWidget::itemChanged, this, &RoleDialog::invalidatePreview);
}

RoleDialog::~RoleDialog() = default;

QString RoleDialog::validationError() const
{
    if (ui->nameEdit->text().isEmpty())
        return tr("The role needs a name.");
    if (ui->passwordEdit->text() != ui->repeatEdit->text())
        return tr("The two passwords differ.");
    return {};
}

QString RoleDialog::password() const { return ui->passwordEdit->text(); }

RoleDefinition RoleDialog::definition() const
{
    RoleDefinition r;
    r.name = m_alter ? m_original.name : ui->nameEdit->text();
    if (m_alter && ui->nameEdit->text() != m_original.name)
        r.newName = ui->nameEdit->text();
    // Create: say only what differs from CREATE ROLE's defaults; alter: only what changed.
    const auto pick = [this](QCheckBox *box, bool original, bool createDefault) -> std::optional<bool> {
        const bool now = box->isChecked();
        if (m_alter ? now == original : now == createDefault)
            return std::nullopt;
        return now;
    };
    r.login = pick(ui->loginCheck, m_original.login, false);
    r.superuser = pick(ui->superuserCheck, m_original.superuser, false);
    r.createDb = pick(ui->createDbCheck, m_original.createDb, false);
    r.createRole = pick(ui->createRoleCheck, m_original.createRole, false);
    r.inherit = pick(ui->inheritCheck, m_original.inherit, true);
    r.replication = pick(ui->replicationCheck, m_original.replication, false);
    r.bypassRls = pick(ui->bypassRlsCheck, m_original.bypassRls, false);
    if (ui->limitSpin->value() != (m_alter ? m_original.connectionLimit : -1))
        r.connectionLimit = ui->limitSpin->value();
    const QString until = ui->validUntilEdit->text().trimmed();
    if (!until.isEmpty() && until != m_original.validUntil)
        r.validUntil = until;
    for (int i = 0; i < ui->memberOfList->count(); ++i) {
        const QListWidgetItem *item = ui->memberOfList->item(i);
        const bool checked = item->checkState() == Qt::Checked, was = m_originalGroups.contains(item->text());
        if (checked && !was)
            r.inRoles << item->text();
        else if (!checked && was)
            r.leaveRoles << item->text();
    }
    return r;
}

void RoleDialog::setPreview(const QStringList &statements, const QString &error)
{
    m_statements = statements;
    ui->previewEdit->setPlainText(statements.join(QLatin1Char('\n')));
    ui->messageLabel->setText(error.isEmpty() ? (statements.isEmpty() ? tr("Nothing to change.")
                                                                      : tr("These statements run in one transaction."))
                                              : error);
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && !statements.isEmpty());
}

void RoleDialog::invalidatePreview()
{
    if (m_statements.isEmpty() && ui->previewEdit->toPlainText().isEmpty())
        return;
    m_statements.clear();
    ui->previewEdit->clear();
    ui->messageLabel->setText(tr("Changed: preview the SQL again."));
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

} // namespace pgs
