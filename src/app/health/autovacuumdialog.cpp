// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/autovacuumdialog.h"

#include "health/autovacuumsettings.h"
#include "shell/typedconfirmdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pgs {

namespace {
enum Column { ParameterColumn, CurrentColumn, NewColumn };
}

AutovacuumDialog::AutovacuumDialog(const QList<health::MaintenanceTable> &tables, const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent), m_tables(tables), m_preset(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_sqlEdit(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("autovacuumDialog"));
    setWindowTitle(tr("Autovacuum settings"));
    auto *layout = new QVBoxLayout(this);
    QStringList names;
    for (const health::MaintenanceTable &t : tables)
        names << t.table.display();
    auto *intro = new QLabel(tr("Per-table autovacuum settings of %1 in %2. An empty value means the server's setting.")
                                 .arg(names.join(QStringLiteral(", ")), profile.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_preset);
    m_preset->addItem(tr("(choose a preset)"), QString());
    for (const health::AutovacuumPreset &p : health::autovacuumPresets())
        m_preset->addItem(p.label, p.id);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_preset, 1);
    layout->addLayout(presetRow);

    // Current: the value all chosen tables share, or "(differs)".
    QList<QMap<QString, QString>> current;
    for (const health::MaintenanceTable &t : tables)
        current << health::parseAutovacuumOptions(t.autovacuumOptions);
    const QStringList parameters = health::autovacuumParameters();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Current"), tr("New")});
    m_table->setRowCount(int(parameters.size()));
    m_table->verticalHeader()->setVisible(false);
    for (int row = 0; row < parameters.size(); ++row) {
        const QString &name = parameters.at(row);
        QString shared = current.isEmpty() ? QString() : current.first().value(name);
        bool same = true;
        for (const auto &c : current)
            same = same && c.value(name) == shared;
        auto *param = new QTableWidgetItem(name);
        param->setFlags(Qt::ItemIsEnabled);
        auto *now = new QTableWidgetItem(same ? (shared.isEmpty() ? tr("server") : shared) : tr("(differs)"));
        now->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, ParameterColumn, param);
        m_table->setItem(row, CurrentColumn, now);
        m_table->setItem(row, NewColumn, new QTableWidgetItem(same ? shared : QString()));
    }
    m_table->horizontalHeader()->setSectionResizeMode(ParameterColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CurrentColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NewColumn, QHeaderView::Stretch);
    m_table->setMinimumSize(560, m_table->verticalHeader()->defaultSectionSize() * int(parameters.size() + 1) + 4);
    layout->addWidget(m_table, 1);

    layout->addWidget(new QLabel(tr("SQL that runs:"), this));
    m_sqlEdit->setReadOnly(true);
    m_sqlEdit->setMinimumHeight(fontMetrics().lineSpacing() * 8); // a SET of five parameters wraps to five lines
    layout->addWidget(m_sqlEdit);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Ok);
    m_apply->setText(tr("&Apply"));
    if (profile.production) {
        m_typed = TypedConfirmDialog::addTypedConfirmation(layout, m_apply, profile.name);
        m_expected = profile.name;
        // After the guard's own handler: a typed name does not enable Apply for invalid values.
        connect(m_typed, &QLineEdit::textChanged, this, [this] { m_apply->setEnabled(canApply()); });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canApply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &AutovacuumDialog::applyPreset);
    connect(m_table, &QTableWidget::itemChanged, this, &AutovacuumDialog::updatePreview);
    updatePreview();
}

void AutovacuumDialog::setValue(const QString &parameter, const QString &value)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, ParameterColumn)->text() == parameter)
            m_table->item(row, NewColumn)->setText(value);
}

void AutovacuumDialog::applyPreset()
{
    const health::AutovacuumPreset *preset = health::findAutovacuumPreset(m_preset->currentData().toString());
    if (!preset)
        return;
    const QSignalBlocker blocker(m_table);
    // A preset names what it tunes and leaves the rest alone; "server defaults" clears them all.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, ParameterColumn)->text();
        if (preset->settings.isEmpty())
            m_table->item(row, NewColumn)->setText(QString());
        else if (preset->settings.contains(name))
            m_table->item(row, NewColumn)->setText(preset->settings.value(name));
    }
    updatePreview();
}

void AutovacuumDialog::updatePreview()
{
    QMap<QString, QString> wanted;
    for (int row = 0; row < m_table->rowCount(); ++row)
        wanted.insert(m_table->item(row, ParameterColumn)->text(), m_table->item(row, NewColumn)->text().trimmed());
    QStringList statements;
    QString error;
    for (const health::MaintenanceTable &t : std::as_const(m_tables)) {
        QMap<QString, QString> forTable = wanted;
        const QMap<QString, QString> current = health::parseAutovacuumOptions(t.autovacuumOptions);
        auto sql = health::autovacuumChangeSql(t.table, health::autovacuumChange(current, forTable));
        if (!sql) {
            error = sql.error().message;
            break;
        }
        if (!sql->isEmpty())
            statements << *sql;
    }
    m_valid = error.isEmpty();
    m_sql = m_valid ? statements.join(QLatin1Char('\n')) : QString();
    m_sqlEdit->setPlainText(m_valid ? (m_sql.isEmpty() ? tr("-- nothing changes") : m_sql) : QString());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_apply->setEnabled(canApply());
}

bool AutovacuumDialog::canApply() const
{
    return m_valid && !m_sql.isEmpty() && (!m_typed || m_typed->text() == m_expected);
}

QString AutovacuumDialog::sql() const
{
    return m_valid ? m_sql : QString();
}

} // namespace pgs
