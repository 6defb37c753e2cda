// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/scopepage.h"
#include "ui_scopepage.h"

#include "backup/backupwizard.h"
#include "backup/scopetreemodel.h"
#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"
#include "shell/appcontext.h"

#include <QHeaderView>

namespace pgs {

ScopePage::ScopePage(BackupWizard *wizard)
    : BackupWizardPage(wizard), ui(std::make_unique<Ui::ScopePage>()), m_model(new ScopeTreeModel(this))
{
    ui->setupUi(this);
    ui->scopeTree->setModel(m_model);
    ui->scopeTree->header()->setSectionResizeMode(ScopeTreeModel::Name, QHeaderView::Stretch);
    ui->scopeTree->header()->setSectionResizeMode(ScopeTreeModel::Size, QHeaderView::ResizeToContents);
    ui->scopeTree->header()->setStretchLastSection(false);
    for (QRadioButton *radio : {ui->wholeRadio, ui->schemaOnlyRadio, ui->dataOnlyRadio, ui->sectionsRadio})
        connect(radio, &QRadioButton::toggled, this, &ScopePage::updateState);
    for (QCheckBox *check : {ui->preDataCheck, ui->dataCheck, ui->postDataCheck, ui->tablesOnlyCheck})
        connect(check, &QCheckBox::toggled, this, &ScopePage::updateState);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ScopePage::updateState);
    connect(ui->tickAllButton, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(ui->untickAllButton, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    updateState();
}

ScopePage::~ScopePage()
{
    if (m_job)
        m_job->cancel();
}

void ScopePage::initializePage()
{
    BackupWizardPage::initializePage();
    const QString key = backupWizard()->profile().id + QLatin1Char('/') + backupWizard()->options().database;
    if (key != m_loadedKey || m_loadFailed)
        loadTree();
}

void ScopePage::loadTree()
{
    const auto spec = backupWizard()->spec();
    if (!spec || m_job)
        return;
    const QString database = backupWizard()->options().database;
    m_loadedKey = backupWizard()->profile().id + QLatin1Char('/') + database;
    m_loadFailed = false;
    m_model->setTables({});
    ui->statusLabel->setText(tr("Loading the tables of %1…").arg(database));
    const ConnectionSpec databaseSpec = spec->withDatabase(database);
    Job *job = backupWizard()->app()->jobs().start(
        tr("Tables of %1 on %2").arg(database, backupWizard()->profile().name),
        [databaseSpec](JobContext &ctx) { return loadScopeTree(ctx, databaseSpec); }, QStringLiteral("refresh"));
    m_job = job;
    connect(job, &Job::finished, this, [this, job] { treeJobFinished(job); });
    updateState();
}

void ScopePage::treeJobFinished(Job *job)
{
    if (job != m_job)
        return;
    m_job.clear();
    const bool succeeded = job->state() == Job::State::Succeeded;
    const QString error = job->error().message;
    const QVariant result = job->result();
    backupWizard()->app()->jobs().discard(job);
    if (!succeeded) {
        m_loadFailed = true;
        ui->statusLabel->setText(tr("Could not load the tables: %1. The whole database will be backed up.").arg(error));
        updateState();
        return;
    }
    m_model->setTables(result.value<QList<ScopeTable>>());
    ui->scopeTree->expandAll();
    if (m_pendingTicks)
        m_model->applyChoices(*m_pendingTicks);
    updateState();
    Q_EMIT treeLoaded();
}

void ScopePage::applyChoices(const BackupOptions &options)
{
    ui->wholeRadio->setChecked(true);
    if (options.schemaOnly)
        ui->schemaOnlyRadio->setChecked(true);
    else if (options.dataOnly)
        ui->dataOnlyRadio->setChecked(true);
    else if (!options.sections.isEmpty())
        ui->sectionsRadio->setChecked(true);
    const bool allSections = options.sections.isEmpty();
    ui->preDataCheck->setChecked(allSections || options.sections.contains(QStringLiteral("pre-data")));
    ui->dataCheck->setChecked(allSections || options.sections.contains(QStringLiteral("data")));
    ui->postDataCheck->setChecked(allSections || options.sections.contains(QStringLiteral("post-data")));
    ui->tablesOnlyCheck->setChecked(!options.tables.isEmpty());
    ui->largeObjectsCheck->setChecked(options.largeObjects);
    ui->globalsCheck->setChecked(options.withGlobals);
    m_pendingTicks = options;
    if (m_model->rowCount() > 0)
        m_model->applyChoices(options);
}

void ScopePage::storeChoices(BackupOptions &options) const
{
    options.schemaOnly = ui->schemaOnlyRadio->isChecked();
    options.dataOnly = ui->dataOnlyRadio->isChecked();
    options.sections.clear();
    if (ui->sectionsRadio->isChecked()) {
        if (ui->preDataCheck->isChecked())
            options.sections << QStringLiteral("pre-data");
        if (ui->dataCheck->isChecked())
            options.sections << QStringLiteral("data");
        if (ui->postDataCheck->isChecked())
            options.sections << QStringLiteral("post-data");
    }
    if (m_model->rowCount() > 0)
        m_model->storeChoices(options, ui->tablesOnlyCheck->isChecked());
    else if (m_loadFailed) // no tree to pick from: everything, as said on the page
        options.schemas = options.excludeSchemas = options.tables = options.excludeTables = {};
    options.largeObjects = ui->largeObjectsCheck->isChecked();
    options.withGlobals = ui->globalsCheck->isChecked();
}

qint64 ScopePage::estimatedBytes() const
{
    return ui->schemaOnlyRadio->isChecked() ? 0 : m_model->tickedBytes();
}

bool ScopePage::isComplete() const
{
    if (m_job)
        return false;
    if (ui->sectionsRadio->isChecked() && !ui->preDataCheck->isChecked() && !ui->dataCheck->isChecked()
        && !ui->postDataCheck->isChecked())
        return false;
    return m_loadFailed || m_model->anythingTicked();
}

void ScopePage::updateState()
{
    const bool sections = ui->sectionsRadio->isChecked();
    for (QCheckBox *check : {ui->preDataCheck, ui->dataCheck, ui->postDataCheck})
        check->setEnabled(sections);
    if (!m_job && !m_loadFailed && m_model->rowCount() > 0) {
        ui->statusLabel->setText(m_model->anythingTicked()
                                     ? tr("%n table(s) ticked, %1 on disk.", nullptr, m_model->tickedTables())
                                           .arg(humanBytes(m_model->tickedBytes()))
                                     : tr("Nothing is ticked."));
    }
    Q_EMIT completeChanged();
}

} // namespace pgs
