// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/scopetreemodel.h"

#include "monitor/humanformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgs {

namespace {
QStandardItem *sizeItem(qint64 bytes, const QString &kind)
{
    auto *item = new QStandardItem(kind == QLatin1String("p") ? QCoreApplication::translate("pgs::ScopeTreeModel",
                                                                                              "partitioned")
                                                              : humanBytes(bytes));
    item->setData(bytes, ScopeTreeModel::SizeRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}
} // namespace

ScopeTreeModel::ScopeTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Schema / table"), tr("Size")});
    connect(this, &QStandardItemModel::itemChanged, this, &ScopeTreeModel::itemChanged);
}

QString ScopeTreeModel::patternPart(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (plain.match(name).hasMatch())
        return name;
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

void ScopeTreeModel::setTables(const QList<ScopeTable> &tables)
{
    m_propagating = true;
    removeRows(0, rowCount());
    QStandardItem *schema = nullptr;
    QString schemaName;
    qint64 schemaBytes = 0;
    auto finishSchema = [&] {
        if (!schema)
            return;
        QStandardItem *size = item(schema->row(), Size);
        size->setText(humanBytes(schemaBytes));
        size->setData(schemaBytes, SizeRole);
    };
    for (const ScopeTable &table : tables) {
        if (!schema || table.schema != schemaName) {
            finishSchema();
            schemaName = table.schema;
            schemaBytes = 0;
            schema = new QStandardItem(table.schema);
            schema->setCheckable(true);
            schema->setCheckState(Qt::Checked);
            schema->setEditable(false);
            schema->setData(patternPart(table.schema), PatternRole);
            appendRow({schema, sizeItem(0, {})});
        }
        if (table.table.isEmpty())
            continue;
        auto *item = new QStandardItem(table.table);
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setEditable(false);
        item->setData(QString(patternPart(table.schema) + QLatin1Char('.') + patternPart(table.table)), PatternRole);
        schema->appendRow({item, sizeItem(table.sizeBytes, table.kind)});
        schemaBytes += table.sizeBytes;
    }
    finishSchema();
    m_propagating = false;
}

void ScopeTreeModel::itemChanged(QStandardItem *changed)
{
    if (m_propagating || changed->column() != Name)
        return;
    m_propagating = true;
    if (!changed->parent()) {
        // A schema ticked or unticked by the user: all its tables follow.
        if (changed->checkState() != Qt::PartiallyChecked) {
            for (int row = 0; row < changed->rowCount(); ++row)
                changed->child(row)->setCheckState(changed->checkState());
        }
    } else {
        QStandardItem *schema = changed->parent();
        int checked = 0;
        for (int row = 0; row < schema->rowCount(); ++row)
            checked += schema->child(row)->checkState() == Qt::Checked ? 1 : 0;
        schema->setCheckState(checked == 0 ? Qt::Unchecked
                                           : checked == schema->rowCount() ? Qt::Checked : Qt::PartiallyChecked);
    }
    m_propagating = false;
}

void ScopeTreeModel::setAllChecked(bool checked)
{
    for (int row = 0; row < rowCount(); ++row) {
        item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked); // propagates to the tables
    }
}

QStandardItem *ScopeTreeModel::schemaItem(const QString &pattern) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->data(PatternRole).toString() == pattern)
            return item(row);
    }
    return nullptr;
}

void ScopeTreeModel::applyChoices(const BackupOptions &options)
{
    auto setTable = [this](const QString &pattern, Qt::CheckState state) {
        const QString schema = pattern.section(QLatin1Char('.'), 0, 0);
        if (QStandardItem *parent = schemaItem(schema)) {
            for (int row = 0; row < parent->rowCount(); ++row) {
                if (parent->child(row)->data(PatternRole).toString() == pattern)
                    parent->child(row)->setCheckState(state); // updates the schema's tristate
            }
        }
    };
    setAllChecked(options.tables.isEmpty());
    for (const QString &pattern : options.tables)
        setTable(pattern, Qt::Checked);
    if (!options.schemas.isEmpty()) {
        for (int row = 0; row < rowCount(); ++row) {
            if (!options.schemas.contains(item(row)->data(PatternRole).toString()))
                item(row)->setCheckState(Qt::Unchecked);
        }
    }
    for (const QString &pattern : options.excludeSchemas) {
        if (QStandardItem *schema = schemaItem(pattern))
            schema->setCheckState(Qt::Unchecked);
    }
    for (const QString &pattern : options.excludeTables)
        setTable(pattern, Qt::Unchecked);
}

void ScopeTreeModel::storeChoices(BackupOptions &options, bool tablesOnly) const
{
    options.schemas.clear();
    options.excludeSchemas.clear();
    options.tables.clear();
    options.excludeTables.clear();
    bool someSchemaUnticked = false;
    for (int row = 0; row < rowCount(); ++row)
        someSchemaUnticked |= item(row)->checkState() == Qt::Unchecked;

    for (int row = 0; row < rowCount(); ++row) {
        const QStandardItem *schema = item(row);
        if (someSchemaUnticked && schema->checkState() != Qt::Unchecked && !tablesOnly)
            options.schemas << schema->data(PatternRole).toString();
        for (int child = 0; child < schema->rowCount(); ++child) {
            const QStandardItem *table = schema->child(child);
            const QString pattern = table->data(PatternRole).toString();
            if (tablesOnly && table->checkState() == Qt::Checked)
                options.tables << pattern;
            else if (!tablesOnly && table->checkState() != Qt::Checked && schema->checkState() != Qt::Unchecked)
                options.excludeTables << pattern;
        }
    }
}

qint64 ScopeTreeModel::tickedBytes() const
{
    qint64 bytes = 0;
    for (int row = 0; row < rowCount(); ++row) {
        for (int child = 0; child < item(row)->rowCount(); ++child) {
            if (item(row)->child(child)->checkState() == Qt::Checked)
                bytes += item(row)->child(child, Size)->data(SizeRole).toLongLong();
        }
    }
    return bytes;
}

int ScopeTreeModel::tickedTables() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        for (int child = 0; child < item(row)->rowCount(); ++child)
            count += item(row)->child(child)->checkState() == Qt::Checked ? 1 : 0;
    }
    return count;
}

bool ScopeTreeModel::anythingTicked() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->checkState() != Qt::Unchecked)
            return true;
    }
    return false;
}

} // namespace pgs
