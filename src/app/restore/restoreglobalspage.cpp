// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoreglobalspage.h"
#include "ui_restoreglobalspage.h"

#include "jobs/jobrunner.h"
#include "restore/restorewizard.h"
#include "shell/appcontext.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QHeaderView>
#include <QTreeWidgetItem>

namespace pgs {

namespace {
constexpr int kIndexRole = Qt::UserRole; // the item's index in m_items
const QString kRed = QStringLiteral("<span style='color:#c62828'>%1</span>");

// The SQL keywords as they are; the word standing for a password in the user's language.
QString displayedAttributes(QStringList attributes)
{
    for (QString &attribute : attributes) {
        if (attribute == QLatin1String("password set"))
            attribute = RestoreGlobalsPage::tr("password set");
    }
    return attributes.join(QStringLiteral(", "));
}
} // namespace

RestoreGlobalsPage::RestoreGlobalsPage(RestoreWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::RestoreGlobalsPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    QHeaderView *header = ui->globalsTree->header();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    ui->tablespaceLabel->hide();
    ui->globalsProductionLabel->hide();
    ui->globalsConfirmEdit->hide();
    ui->globalsConfirmEdit->setPlaceholderText(tr("the profile's name"));
    connect(ui->globalsTree, &QTreeWidget::itemChanged, this, &RestoreGlobalsPage::itemChanged);
    connect(ui->globalsConfirmEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

RestoreGlobalsPage::~RestoreGlobalsPage()
{
    if (m_job)
        m_job->cancel();
}

void RestoreGlobalsPage::initializePage()
{
    if (!m_wizard->hasSource() || !m_wizard->spec())
        return;
    const QString path = m_wizard->source().globalsPath;
    const QString server = m_wizard->spec()->describe();
    // Read again only for another file or server: the choices made here stay when going back.
    if (path != m_loadedPath || server != m_loadedServer || (m_items.isEmpty() && !m_job))
        load();
}

void RestoreGlobalsPage::load()
{
    if (m_job)
        m_job->cancel();
    m_items.clear();
    ui->globalsTree->clear();
    ui->tablespaceLabel->hide();
    ui->selectionLabel->clear();
    const QString path = m_wizard->source().globalsPath;
    const ConnectionSpec spec = *m_wizard->spec();
    m_loadedPath = path;
    m_loadedServer = spec.describe();
    const int generation = ++m_generation;
    ui->statusLabel->setText(tr("Reading %1 and what exists on %2…").arg(QFileInfo(path).fileName(), m_loadedServer));
    m_job = m_wizard->app()->jobs().startRead(
        tr("Read the globals of %1").arg(m_wizard->sourceName()),
        [spec, path](JobContext &ctx) -> JobResult {
            auto items = loadGlobalsForTarget(ctx, spec, path);
            if (!items)
                return items.error();
            return QVariant::fromValue(items.value());
        },
        this, [this, generation](const JobOutcome &outcome) {
            if (generation != m_generation)
                return; // a later load replaced this one
            m_job.clear();
            if (outcome.succeeded()) {
                m_items = outcome.result.value<QList<GlobalsItem>>();
                fill();
            } else if (!outcome.canceled()) {
                ui->statusLabel->setText(
                    kRed.arg(tr("The globals could not be read; none will be created: %1")
                                 .arg(outcome.error.message.toHtmlEscaped())));
            }
            Q_EMIT completeChanged();
            Q_EMIT loaded();
        });
    Q_EMIT completeChanged();
}

void RestoreGlobalsPage::fill()
{
    const QSignalBlocker blocker(ui->globalsTree);
    ui->globalsTree->clear();
    struct Group
    {
        GlobalsItem::Kind kind;
        QString title;
        QTreeWidgetItem *item = nullptr;
        int count = 0;
    };
    QList<Group> groups = {{GlobalsItem::Kind::Role, tr("Roles")},
                           {GlobalsItem::Kind::Membership, tr("Role memberships")},
                           {GlobalsItem::Kind::Tablespace, tr("Tablespaces")}};
    int existing = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const GlobalsItem &g = m_items.at(i);
        Group &group = *std::find_if(groups.begin(), groups.end(), [&g](const Group &x) { return x.kind == g.kind; });
        if (!group.item) {
            group.item = new QTreeWidgetItem(ui->globalsTree);
            group.item->setFlags(Qt::ItemIsEnabled);
        }
        ++group.count;
        auto *row = new QTreeWidgetItem(group.item);
        row->setData(0, kIndexRole, int(i));
        row->setText(0, g.name);
        const QString attributes = g.kind == GlobalsItem::Kind::Membership
                                       ? tr("member of %1").arg(g.granted.join(QStringLiteral(", ")))
                                       : displayedAttributes(g.attributes);
        row->setText(1, attributes);
        row->setToolTip(1, attributes);
        row->setText(2, g.exists ? tr("exists") : tr("missing"));
        if (g.exists) {
            ++existing;
            row->setFlags(Qt::ItemIsSelectable); // shown, greyed out, cannot be ticked
            row->setCheckState(0, Qt::Unchecked);
        } else {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(0, g.selected ? Qt::Checked : Qt::Unchecked);
        }
    }
    for (const Group &group : std::as_const(groups)) {
        if (group.item)
            group.item->setText(0, QStringLiteral("%1 (%2)").arg(group.title).arg(group.count));
    }
    ui->globalsTree->expandAll();
    const bool tablespaces = groups.last().item != nullptr;
    ui->tablespaceLabel->setVisible(tablespaces);
    ui->statusLabel->setText(
        m_items.isEmpty() ? tr("%1 holds no roles, memberships or tablespaces.").arg(QFileInfo(m_loadedPath).fileName())
                          : tr("From %1. %n of these exist on %2 already and are left as they are.", nullptr, existing)
                                .arg(QFileInfo(m_loadedPath).fileName(), m_loadedServer));
    updateSelectionLabel();
}

void RestoreGlobalsPage::itemChanged(QTreeWidgetItem *item, int column)
{
    const QVariant index = item->data(0, kIndexRole);
    if (column != 0 || !index.isValid() || index.toInt() >= m_items.size())
        return;
    m_items[index.toInt()].selected = item->checkState(0) == Qt::Checked;
    updateSelectionLabel();
}

void RestoreGlobalsPage::updateSelectionLabel()
{
    const int count = int(std::count_if(m_items.cbegin(), m_items.cend(),
                                        [](const GlobalsItem &g) { return g.selected && !g.exists; }));
    ui->selectionLabel->setText(tr("%n will be created before the restore.", nullptr, count));
    // Roles are cluster-wide: on a production server creating them is guarded like replacing a
    // database, whatever the restore target.
    const bool guarded = needsConfirmation();
    ui->globalsProductionLabel->setText(tr("%1 is a production profile. Type its name to create these globals on it.")
                                     .arg(m_wizard->profile().name.toHtmlEscaped()));
    ui->globalsProductionLabel->setVisible(guarded);
    ui->globalsConfirmEdit->setVisible(guarded);
    Q_EMIT completeChanged();
}

bool RestoreGlobalsPage::needsConfirmation() const
{
    return m_wizard->profile().production
           && std::any_of(m_items.cbegin(), m_items.cend(), [](const GlobalsItem &g) { return g.selected && !g.exists; });
}

QTreeWidgetItem *RestoreGlobalsPage::treeItem(GlobalsItem::Kind kind, const QString &name) const
{
    for (int top = 0; top < ui->globalsTree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *group = ui->globalsTree->topLevelItem(top);
        for (int row = 0; row < group->childCount(); ++row) {
            const int index = group->child(row)->data(0, kIndexRole).toInt();
            if (index < m_items.size() && m_items.at(index).kind == kind && m_items.at(index).name == name)
                return group->child(row);
        }
    }
    return nullptr;
}

bool RestoreGlobalsPage::isComplete() const
{
    return !m_job && (!needsConfirmation() || ui->globalsConfirmEdit->text() == m_wizard->profile().name);
}

int RestoreGlobalsPage::nextId() const
{
    return m_wizard->hasSource() && m_wizard->source().isGlobalsOnly() ? RestoreWizard::SummaryPageId
                                                                       : RestoreWizard::OptionsPageId;
}

} // namespace pgs
