// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/grantdialog.h"

#include "ui_grantdialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSet>

namespace pgs {

namespace {

using Target = GrantRequest::Target;

// The privileges each kind of object has (PostgreSQL's table in the GRANT page).
QStringList privilegesFor(Target t)
{
    switch (t) {
    case Target::Database: return {QStringLiteral("CONNECT"), QStringLiteral("CREATE"), QStringLiteral("TEMPORARY")};
    case Target::Schema: return {QStringLiteral("USAGE"), QStringLiteral("CREATE")};
    case Target::Sequence:
    case Target::AllSequencesInSchema:
    case Target::DefaultSequences: return {QStringLiteral("USAGE"), QStringLiteral("SELECT"), QStringLiteral("UPDATE")};
    case Target::Function:
    case Target::AllFunctionsInSchema:
    case Target::DefaultFunctions: return {QStringLiteral("EXECUTE")};
    default:
        return {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                QStringLiteral("TRUNCATE"), QStringLiteral("REFERENCES"), QStringLiteral("TRIGGER")};
    }
}

} // namespace

GrantDialog::GrantDialog(const AuditSnapshot &snapshot, const QString &role, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::GrantDialog>()), m_snapshot(snapshot)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("grantDialog"));
    setWindowTitle(tr("Grant or revoke privileges"));
    ui->actionCombo->addItem(tr("Grant"), false);
    ui->actionCombo->addItem(tr("Revoke"), true);
    for (const AuditDatabase &db : snapshot.databases)
        ui->databaseCombo->addItem(db.name);
    const QList<QPair<QString, Target>> targets{
        {tr("Tables and views"), Target::Table}, {tr("All tables in schema"), Target::AllTablesInSchema},
        {tr("Default privileges on future tables"), Target::DefaultTables}, {tr("Sequences"), Target::Sequence},
        {tr("All sequences in schema"), Target::AllSequencesInSchema}, {tr("Default privileges on future sequences"), Target::DefaultSequences},
        {tr("Functions"), Target::Function}, {tr("All functions in schema"), Target::AllFunctionsInSchema},
        {tr("Default privileges on future functions"), Target::DefaultFunctions}, {tr("Schemas"), Target::Schema},
        {tr("The database"), Target::Database}};
    for (const auto &[label, target] : targets)
        ui->targetCombo->addItem(label, int(target));
    ui->forRoleCombo->addItem(QString());
    auto *publicItem = new QListWidgetItem(QStringLiteral("PUBLIC"), ui->rolesList);
    publicItem->setFlags(publicItem->flags() | Qt::ItemIsUserCheckable);
    publicItem->setCheckState(Qt::Unchecked);
    for (const AuditRole &r : snapshot.roles) {
        ui->forRoleCombo->addItem(r.name);
        auto *item = new QListWidgetItem(r.name, ui->rolesList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(r.name == role ? Qt::Checked : Qt::Unchecked);
    }
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->targetCombo, &QComboBox::currentIndexChanged, this, &GrantDialog::targetChanged);
    connect(ui->databaseCombo, &QComboBox::currentIndexChanged, this, &GrantDialog::fillSchemas);
    connect(ui->previewButton, &QPushButton::clicked, this, [this] {
        auto r = request();
        if (!r) {
            setPreview({}, r.error().message);
            return;
        }
        Q_EMIT previewRequested();
    });
    for (QComboBox *combo : {ui->actionCombo, ui->databaseCombo, ui->targetCombo, ui->schemaCombo, ui->forRoleCombo})
        connect(combo, &QComboBox::currentTextChanged, this, &GrantDialog::invalidatePreview);
    connect(ui->objectsEdit, &QPlainTextEdit::textChanged, this, &GrantDialog::invalidatePreview);
    connect(ui->rolesList, &QListWidget::itemChanged, this, &GrantDialog::invalidatePreview);
    connect(ui->grantOptionCheck, &QCheckBox::toggled, this, &GrantDialog::invalidatePreview);
    fillSchemas();
    targetChanged();
}

GrantDialog::~GrantDialog() = default;

QCheckBox *GrantDialog::privilegeBox(const QString &privilege) const
{
    for (QCheckBox *box : m_privileges)
        if (box->text() == privilege)
            return box;
    return nullptr;
}

void GrantDialog::fillSchemas()
{
    const QString db = database();
    QStringList schemas;
    for (const AuditGrant &g : m_snapshot.grants)
        if (g.database == db && g.kind == QLatin1String("schema") && !schemas.contains(g.schema))
            schemas << g.schema;
    schemas.sort();
    const QString current = ui->schemaCombo->currentText();
    ui->schemaCombo->clear();
    ui->schemaCombo->addItems(schemas);
    if (!current.isEmpty())
        ui->schemaCombo->setCurrentText(current);
}

void GrantDialog::targetChanged()
{
    const auto target = Target(ui->targetCombo->currentData().toInt());
    qDeleteAll(m_privileges);
    m_privileges.clear();
    const QStringList privileges = privilegesFor(target) + QStringList{QStringLiteral("ALL")};
    auto *grid = qobject_cast<QGridLayout *>(ui->privilegesBox->layout());
    for (int i = 0; i < privileges.size(); ++i) {
        auto *box = new QCheckBox(privileges[i], ui->privilegesBox);
        grid->addWidget(box, i / 4, i % 4);
        connect(box, &QCheckBox::toggled, this, &GrantDialog::invalidatePreview);
        m_privileges << box;
    }
    const bool named = target == Target::Table || target == Target::Sequence || target == Target::Function || target == Target::Schema;
    const bool isDefault = target == Target::DefaultTables || target == Target::DefaultSequences || target == Target::DefaultFunctions;
    ui->objectsEdit->setEnabled(named);
    ui->objectLabel->setText(target == Target::Function ? tr("Functions, e.g. f(integer), one per line:")
                                                        : tr("Names (one per line):"));
    ui->schemaCombo->setEnabled(target != Target::Database && target != Target::Schema);
    ui->forRoleCombo->setEnabled(isDefault);
    invalidatePreview();
}

QString GrantDialog::database() const { return ui->databaseCombo->currentText(); }

Result<GrantRequest> GrantDialog::request() const
{
    GrantRequest r;
    r.revoke = ui->actionCombo->currentData().toBool();
    r.target = Target(ui->targetCombo->currentData().toInt());
    for (QCheckBox *box : m_privileges)
        if (box->isChecked())
            r.privileges << box->text();
    if (r.privileges.contains(QStringLiteral("ALL")))
        r.privileges = {QStringLiteral("ALL")};
    if (r.privileges.isEmpty())
        return Error::of(tr("Choose at least one privilege."));
    for (int i = 0; i < ui->rolesList->count(); ++i)
        if (ui->rolesList->item(i)->checkState() == Qt::Checked)
            r.roles << ui->rolesList->item(i)->text();
    if (r.roles.isEmpty())
        return Error::of(tr("Choose at least one role."));
    r.schema = ui->schemaCombo->currentText();
    r.forRole = ui->forRoleCombo->isEnabled() ? ui->forRoleCombo->currentText() : QString();
    (r.revoke ? r.cascade : r.withGrantOption) = ui->grantOptionCheck->isChecked();
    const QStringList names = ui->objectsEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    switch (r.target) {
    case Target::Database:
        r.objects << QStringList{database()};
        break;
    case Target::Schema:
        for (const QString &n : names)
            r.objects << QStringList{n.trimmed()};
        break;
    case Target::Table:
    case Target::Sequence:
    case Target::Function:
        if (r.schema.isEmpty())
            return Error::of(tr("Choose a schema."));
        for (const QString &n : names)
            r.objects << QStringList{r.schema, n.trimmed()};
        break;
    case Target::AllTablesInSchema:
    case Target::AllSequencesInSchema:
    case Target::AllFunctionsInSchema:
        if (r.schema.isEmpty())
            return Error::of(tr("Choose a schema."));
        break;
    default:
        break;
    }
    if ((r.target == Target::Schema || r.target == Target::Table || r.target == Target::Sequence || r.target == Target::Function)
        && r.objects.isEmpty())
        return Error::of(tr("Name at least one object."));
    return r;
}

void GrantDialog::setPreview(const QStringList &statements, const QString &error)
{
    m_statements = statements;
    ui->previewEdit->setPlainText(statements.join(QLatin1Char('\n')));
    ui->messageLabel->setText(error.isEmpty() ? tr("These statements run in one transaction in database %1.").arg(database()) : error);
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && !statements.isEmpty());
}

void GrantDialog::invalidatePreview()
{
    if (m_statements.isEmpty() && ui->previewEdit->toPlainText().isEmpty())
        return;
    m_statements.clear();
    ui->previewEdit->clear();
    ui->messageLabel->setText(tr("Changed: preview the SQL again."));
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

} // namespace pgs
