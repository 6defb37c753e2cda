// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restorecontentspage.h"
#include "ui_restorecontentspage.h"

#include "monitor/humanformat.h"
#include "restore/restorewizard.h"
#include "restore/toctreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace pgs {

RestoreContentsPage::RestoreContentsPage(RestoreWizard *wizard)
    : QWizardPage(wizard),
      ui(std::make_unique<Ui::RestoreContentsPage>()),
      m_wizard(wizard),
      m_model(new TocTreeModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true); // a matching entry keeps its schema and group
    m_filter->setAutoAcceptChildRows(true);       // a matching schema or group shows what is in it
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(TocTreeModel::Name);
    ui->contentsTree->setModel(m_filter);
    ui->contentsTree->header()->setSectionResizeMode(TocTreeModel::Name, QHeaderView::Stretch);
    ui->contentsTree->header()->setSectionResizeMode(TocTreeModel::Type, QHeaderView::ResizeToContents);
    ui->contentsTree->header()->setSectionResizeMode(TocTreeModel::Size, QHeaderView::ResizeToContents);
    ui->contentsTree->header()->setStretchLastSection(false);
    ui->searchEdit->setPlaceholderText(tr("Filter by name, e.g. orders"));
    ui->plainNoteLabel->setText(tr("This is a plain SQL dump: it has no table of contents to choose from and is "
                                   "restored as a whole, by psql, statement after statement."));

    m_selectTableAction = new QAction(ui->selectTableButton->text(), this);
    ui->contentsTree->addAction(m_selectTableAction);
    connect(m_selectTableAction, &QAction::triggered, this, &RestoreContentsPage::selectTableOfCurrent);
    connect(ui->selectTableButton, &QPushButton::clicked, this, &RestoreContentsPage::selectTableOfCurrent);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (text.trimmed().isEmpty())
            ui->contentsTree->collapseAll();
        else
            ui->contentsTree->expandAll();
    });
    connect(ui->selectAllButton, &QPushButton::clicked, this, [this] {
        QSet<int> all;
        for (const TocEntry &entry : m_model->tableOfContents().entries)
            all.insert(entry.id);
        m_model->setSelectedEntries(all);
    });
    connect(ui->selectNoneButton, &QPushButton::clicked, this, [this] { m_model->setSelectedEntries({}); });
    connect(m_model, &TocTreeModel::selectionChanged, this, &RestoreContentsPage::updateState);
    connect(ui->contentsTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RestoreContentsPage::updateState);
    connect(wizard, &RestoreWizard::sourceChanged, this, &RestoreContentsPage::sourceChanged);
    updateState();
}

RestoreContentsPage::~RestoreContentsPage() = default;

void RestoreContentsPage::sourceChanged()
{
    const bool archive = m_wizard->hasSource() && m_wizard->source().isArchive();
    m_model->setTableOfContents(archive ? m_wizard->tableOfContents() : TableOfContents{});
    ui->searchEdit->clear();
    for (QWidget *widget : {static_cast<QWidget *>(ui->searchEdit), static_cast<QWidget *>(ui->selectAllButton),
                            static_cast<QWidget *>(ui->selectNoneButton), static_cast<QWidget *>(ui->contentsTree),
                            static_cast<QWidget *>(ui->selectTableButton), static_cast<QWidget *>(ui->summaryLabel)})
        widget->setVisible(archive);
    ui->plainNoteLabel->setVisible(!archive);
    setSubTitle(archive ? tr("Tick what to restore. Everything is ticked to begin with.")
                        : tr("What will be restored."));
    // Schemas open, groups closed: the first look shows what kinds of objects there are.
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ui->contentsTree->expand(m_filter->index(row, 0));
    updateState();
}

void RestoreContentsPage::initializePage()
{
    updateState();
}

void RestoreContentsPage::setSearchText(const QString &text)
{
    ui->searchEdit->setText(text);
}

QString RestoreContentsPage::currentTableKey() const
{
    const QModelIndex current = ui->contentsTree->currentIndex();
    if (!current.isValid())
        return {};
    const QModelIndex source = m_filter->mapToSource(current.siblingAtColumn(TocTreeModel::Name));
    return m_model->data(source, TocTreeModel::TableKeyRole).toString();
}

void RestoreContentsPage::selectTableOfCurrent()
{
    const QString table = currentTableKey();
    if (table.isEmpty())
        return;
    m_model->addSelectedEntries(entriesForTable(m_model->tableOfContents(), table));
}

QString RestoreContentsPage::summaryText() const
{
    return ui->summaryLabel->text();
}

void RestoreContentsPage::updateState()
{
    const int selected = m_model->selectedCount();
    const int total = m_model->entryCount();
    qint64 bytes = 0;
    bool sized = false;
    for (const TocEntry &entry : m_model->tableOfContents().entries) {
        if (entry.dataBytes >= 0 && m_model->entryItem(entry.id)->checkState() == Qt::Checked) {
            bytes += entry.dataBytes;
            sized = true;
        }
    }
    QString text = tr("%1 of %n entries selected", nullptr, total).arg(selected);
    if (sized)
        text += tr(", %1 of table data").arg(humanBytes(bytes));
    ui->summaryLabel->setText(text);
    const QString table = currentTableKey();
    m_selectTableAction->setEnabled(!table.isEmpty());
    ui->selectTableButton->setEnabled(!table.isEmpty());
    ui->selectTableButton->setToolTip(table.isEmpty() ? tr("Pick an entry of a table first")
                                                      : tr("Ticks %1 and everything that belongs to it").arg(table));
    Q_EMIT completeChanged();
}

void RestoreContentsPage::storeOptions(RestoreOptions &options) const
{
    const QSet<int> selected = m_model->selectedEntries();
    options.selectedEntries = selected.size() == m_model->entryCount() ? QSet<int>() : selected;
}

bool RestoreContentsPage::isComplete() const
{
    if (!m_wizard->hasSource() || !m_wizard->source().isArchive())
        return true;
    return m_model->selectedCount() > 0;
}

} // namespace pgs
