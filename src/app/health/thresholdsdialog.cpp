// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/thresholdsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pgs {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

} // namespace

ThresholdsDialog::ThresholdsDialog(const QString &profileId, const QString &profileName, QWidget *parent)
    : QDialog(parent), m_profileId(profileId), m_table(new QTableWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("thresholdsDialog"));
    setWindowTitle(tr("Health thresholds of %1").arg(profileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ratios are in percent, times in seconds, sizes in bytes. Leave a value empty for the default."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto loaded = health::loadThresholds(profileId);
    const health::Thresholds current = loaded ? *loaded : health::Thresholds();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Threshold"), tr("Meaning"), tr("Default"), tr("Value")});
    for (const health::CheckDef &check : health::checkRegistry()) {
        for (const health::ThresholdDef &t : check.thresholds) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *name = new QTableWidgetItem(check.code + QLatin1Char('.') + t.name);
            name->setData(kCodeRole, check.code);
            name->setData(kNameRole, t.name);
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            auto *meaning = new QTableWidgetItem(t.description);
            meaning->setFlags(meaning->flags() & ~Qt::ItemIsEditable);
            auto *def = new QTableWidgetItem(QString::number(t.defaultValue, 'g', 12));
            def->setFlags(def->flags() & ~Qt::ItemIsEditable);
            const QString key = check.code + QLatin1Char('.') + t.name;
            auto *value = new QTableWidgetItem(current.overrides().contains(key) ? QString::number(current.overrides().value(key), 'g', 12)
                                                                                 : QString());
            m_table->setItem(row, 0, name);
            m_table->setItem(row, 1, meaning);
            m_table->setItem(row, 2, def);
            m_table->setItem(row, 3, value);
        }
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumSize(760, 420);
    layout->addWidget(m_table);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ThresholdsDialog::save()
{
    health::Thresholds t;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, 3)->text().trimmed();
        if (text.isEmpty())
            continue;
        bool isNumber = false;
        const double value = text.toDouble(&isNumber);
        const QString code = m_table->item(row, 0)->data(kCodeRole).toString();
        const QString name = m_table->item(row, 0)->data(kNameRole).toString();
        Status st = isNumber ? t.set(code, name, value)
                             : Status(Error::of(tr("%1.%2: '%3' is not a number").arg(code, name, text)));
        if (!st) {
            m_error->setText(st.error().message);
            m_error->show();
            m_table->setCurrentCell(row, 3);
            return false;
        }
    }
    if (Status st = health::saveThresholds(m_profileId, t); !st) {
        m_error->setText(st.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace pgs
