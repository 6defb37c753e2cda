// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/toctreemodel.h"

#include "monitor/humanformat.h"

#include <QCoreApplication>

namespace pgs {

namespace {
// The order groups appear in under a schema.
const QStringList &groupKeys()
{
    static const QStringList keys{QStringLiteral("Tables"),  QStringLiteral("Sequences"),   QStringLiteral("Views"),
                                  QStringLiteral("Functions"), QStringLiteral("Indexes"), QStringLiteral("Constraints"),
                                  QStringLiteral("Data"),    QStringLiteral("Other")};
    return keys;
}

QString groupTitle(const QString &key)
{
    if (key == QLatin1String("Tables"))
        return QCoreApplication::translate("pgs::TocTreeModel", "Tables");
    if (key == QLatin1String("Sequences"))
        return QCoreApplication::translate("pgs::TocTreeModel", "Sequences");
    if (key == QLatin1String("Views"))
        return QCoreApplication::translate("pgs::TocTreeModel", "Views");
    if (key == QLatin1String("Functions"))
        return QCoreApplication::translate("pgs::TocTreeModel", "Functions");
    if (key == QLatin1String("Indexes"))
        return QCoreApplication::translate("pgs::TocTreeModel", "Indexes");
    if (key == QLatin1String("Constraints"))
        return QCoreApplication::translate("pgs::TocTreeModel", "Constraints");
    if (key == QLatin1String("Data"))
        return QCoreApplication::translate("pgs::TocTreeModel", "Data");
    return QCoreApplication::translate("pgs::TocTreeModel", "Other");
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *checkItem(const QString &text)
{
    QStandardItem *item = textItem(text);
    item->setCheckable(true);
    item->setCheckState(Qt::Checked);
    return item;
}

QStandardItem *sizeItem(qint64 bytes)
{
    QStandardItem *item = textItem(bytes >= 0 ? humanBytes(bytes) : QString());
    item->setData(bytes, TocTreeModel::SizeRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

TocTreeModel::TocTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Schema / object"), tr("Type"), tr("Size")});
    connect(this, &QStandardItemModel::itemChanged, this, &TocTreeModel::itemChanged);
}

QString TocTreeModel::groupOf(const QString &type)
{
    if (type == QLatin1String("TABLE") || type == QLatin1String("FOREIGN TABLE") || type == QLatin1String("TABLE ATTACH"))
        return QStringLiteral("Tables");
    if (type == QLatin1String("SEQUENCE") || type == QLatin1String("SEQUENCE OWNED BY"))
        return QStringLiteral("Sequences");
    if (type == QLatin1String("VIEW") || type == QLatin1String("MATERIALIZED VIEW"))
        return QStringLiteral("Views");
    if (type == QLatin1String("FUNCTION") || type == QLatin1String("PROCEDURE") || type == QLatin1String("AGGREGATE"))
        return QStringLiteral("Functions");
    if (type == QLatin1String("INDEX") || type == QLatin1String("INDEX ATTACH"))
        return QStringLiteral("Indexes");
    if (type.endsWith(QLatin1String("CONSTRAINT")))
        return QStringLiteral("Constraints");
    if (type == QLatin1String("TABLE DATA") || type == QLatin1String("SEQUENCE SET")
        || type == QLatin1String("MATERIALIZED VIEW DATA") || type == QLatin1String("BLOBS")
        || type == QLatin1String("BLOB DATA") || type == QLatin1String("LARGE OBJECT"))
        return QStringLiteral("Data");
    return QStringLiteral("Other");
}

void TocTreeModel::setTableOfContents(const TableOfContents &toc)
{
    m_propagating = true;
    removeRows(0, rowCount());
    m_items.clear();
    m_toc = toc;
    // schema -> group key -> the group's items; schemas sorted, the schema-less entries last.
    QMap<QString, QMap<QString, QList<const TocEntry *>>> tree;
    for (const TocEntry &entry : m_toc.entries)
        tree[entry.schema][groupOf(entry.type)].append(&entry);
    QStringList schemas = tree.keys();
    if (schemas.removeOne(QString()))
        schemas.append(QString());
    for (const QString &schema : schemas) {
        QStandardItem *schemaItem = checkItem(schema.isEmpty() ? tr("(database-wide)") : schema);
        qint64 schemaBytes = -1;
        QList<QStandardItem *> groupRows;
        for (const QString &key : groupKeys()) {
            const auto entries = tree[schema].value(key);
            if (entries.isEmpty())
                continue;
            QStandardItem *groupItem = checkItem(groupTitle(key));
            qint64 groupBytes = -1;
            for (const TocEntry *entry : entries) {
                QStandardItem *name = checkItem(entry->name);
                name->setData(entry->id, EntryIdRole);
                name->setData(entry->tableKey(), TableKeyRole);
                name->setToolTip(entry->line);
                groupItem->appendRow({name, textItem(entry->type), sizeItem(entry->dataBytes)});
                m_items.insert(entry->id, name);
                if (entry->dataBytes >= 0)
                    groupBytes = std::max<qint64>(groupBytes, 0) + entry->dataBytes;
            }
            schemaItem->appendRow({groupItem, textItem(QString()), sizeItem(groupBytes)});
            if (groupBytes >= 0)
                schemaBytes = std::max<qint64>(schemaBytes, 0) + groupBytes;
        }
        appendRow({schemaItem, textItem(tr("schema")), sizeItem(schemaBytes)});
    }
    m_propagating = false;
    Q_EMIT selectionChanged();
}

void TocTreeModel::itemChanged(QStandardItem *item)
{
    if (m_propagating || item->column() != Name || !item->isCheckable())
        return;
    m_propagating = true;
    if (item->checkState() != Qt::PartiallyChecked)
        setSubtree(item, item->checkState());
    updateParents(item);
    m_propagating = false;
    Q_EMIT selectionChanged();
}

void TocTreeModel::setSubtree(QStandardItem *item, Qt::CheckState state)
{
    for (int row = 0; row < item->rowCount(); ++row) {
        QStandardItem *child = item->child(row);
        child->setCheckState(state);
        setSubtree(child, state);
    }
}

void TocTreeModel::updateParents(QStandardItem *item)
{
    for (QStandardItem *parent = item->parent(); parent; parent = parent->parent()) {
        int checked = 0, unchecked = 0;
        for (int row = 0; row < parent->rowCount(); ++row) {
            const Qt::CheckState state = parent->child(row)->checkState();
            checked += state == Qt::Checked ? 1 : 0;
            unchecked += state == Qt::Unchecked ? 1 : 0;
        }
        parent->setCheckState(checked == parent->rowCount() ? Qt::Checked
                              : unchecked == parent->rowCount() ? Qt::Unchecked
                                                                : Qt::PartiallyChecked);
    }
}

void TocTreeModel::refreshAllParents()
{
    for (int s = 0; s < rowCount(); ++s) {
        QStandardItem *schema = item(s);
        for (int g = 0; g < schema->rowCount(); ++g) {
            if (schema->child(g)->rowCount() > 0)
                updateParents(schema->child(g)->child(0));
        }
    }
}

QSet<int> TocTreeModel::selectedEntries() const
{
    QSet<int> ids;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it.value()->checkState() == Qt::Checked)
            ids.insert(it.key());
    }
    return ids;
}

void TocTreeModel::setSelectedEntries(const QSet<int> &ids)
{
    m_propagating = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setCheckState(ids.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
    refreshAllParents();
    m_propagating = false;
    Q_EMIT selectionChanged();
}

void TocTreeModel::addSelectedEntries(const QSet<int> &ids)
{
    setSelectedEntries(selectedEntries() | ids);
}

int TocTreeModel::selectedCount() const
{
    int count = 0;
    for (const QStandardItem *item : m_items)
        count += item->checkState() == Qt::Checked ? 1 : 0;
    return count;
}

} // namespace pgs
