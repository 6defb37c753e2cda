// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/maintenanceview.h"

#include "health/autovacuumdialog.h"
#include "jobs/connectedjob.h"
#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"
#include "shell/appcontext.h"
#include "shell/typedconfirmdialog.h"
#include "ui_maintenanceview.h"
#include "shell/readonlyguard.h"

#include <QHeaderView>

namespace pgs {

namespace {

constexpr int kSchemaRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

QVariantMap tableToMap(const health::MaintenanceTable &t)
{
    return {{QStringLiteral("schema"), t.table.schema}, {QStringLiteral("name"), t.table.name},
            {QStringLiteral("dead"), t.deadRows},       {QStringLiteral("live"), t.liveRows},
            {QStringLiteral("vacuum"), t.lastVacuum},   {QStringLiteral("analyze"), t.lastAnalyze},
            {QStringLiteral("bytes"), t.totalBytes},    {QStringLiteral("options"), t.autovacuumOptions}};
}

health::MaintenanceTable tableFromMap(const QVariantMap &m)
{
    health::MaintenanceTable t;
    t.table = {m.value(QStringLiteral("schema")).toString(), m.value(QStringLiteral("name")).toString()};
    t.deadRows = m.value(QStringLiteral("dead")).toLongLong();
    t.liveRows = m.value(QStringLiteral("live")).toLongLong();
    t.lastVacuum = m.value(QStringLiteral("vacuum")).toDateTime();
    t.lastAnalyze = m.value(QStringLiteral("analyze")).toDateTime();
    t.totalBytes = m.value(QStringLiteral("bytes")).toLongLong();
    t.autovacuumOptions = m.value(QStringLiteral("options")).toString();
    return t;
}

} // namespace

MaintenanceView::MaintenanceView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile), ui(std::make_unique<Ui::MaintenanceView>())
{
    ui->setupUi(this);
    ui->operationCombo->addItem(QStringLiteral("VACUUM"), int(health::MaintenanceOp::Vacuum));
    ui->operationCombo->addItem(QStringLiteral("ANALYZE"), int(health::MaintenanceOp::Analyze));
    ui->operationCombo->addItem(QStringLiteral("REINDEX"), int(health::MaintenanceOp::Reindex));
    ui->operationCombo->addItem(QStringLiteral("CLUSTER"), int(health::MaintenanceOp::Cluster));
    ui->indexCleanupCombo->addItem(tr("auto"), int(health::IndexCleanup::Auto));
    ui->indexCleanupCombo->addItem(tr("on"), int(health::IndexCleanup::On));
    ui->indexCleanupCombo->addItem(tr("off"), int(health::IndexCleanup::Off));
    ui->parallelSpin->setSpecialValueText(tr("server decides"));
    ui->tablesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->tablesTree->header()->setStretchLastSection(false);
    ui->progressBar->setRange(0, 1000);
    ui->warningLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
    connect(ui->reloadButton, &QPushButton::clicked, this, &MaintenanceView::reload);
    connect(ui->maintenanceRunButton, &QPushButton::clicked, this, &MaintenanceView::run);
    connect(ui->autovacuumButton, &QPushButton::clicked, this, &MaintenanceView::editAutovacuum);
    connect(ui->maintenanceCancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    for (QCheckBox *box : {ui->fullCheck, ui->freezeCheck, ui->analyzeCheck, ui->skipLockedCheck, ui->concurrentlyCheck})
        connect(box, &QCheckBox::toggled, this, &MaintenanceView::updateOptions);
    connect(ui->operationCombo, &QComboBox::currentIndexChanged, this, &MaintenanceView::updateOptions);
    connect(ui->parallelSpin, &QSpinBox::valueChanged, this, &MaintenanceView::updateOptions);
    connect(ui->tablesTree, &QTreeWidget::itemChanged, this, &MaintenanceView::updateOptions);
    updateOptions();
}

MaintenanceView::~MaintenanceView()
{
    if (m_job)
        m_job->cancel();
}

void MaintenanceView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void MaintenanceView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    reload();
}

void MaintenanceView::reload()
{
    if (!m_spec)
        return;
    if (m_read) { // a read is on its way: read again after it, the caller changed something
        m_reloadAgain = true;
        return;
    }
    const ConnectionSpec spec = *m_spec;
    m_read = m_app->jobs().startRead(
        tr("Tables of %1").arg(spec.describe()),
        [spec](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                auto tables = health::loadMaintenanceTables(conn);
                if (!tables)
                    return tables.error();
                auto repack = health::repackState(conn);
                QVariantList list;
                for (const health::MaintenanceTable &t : *tables)
                    list << tableToMap(t);
                return QVariant(QVariantMap{{QStringLiteral("tables"), list},
                                            {QStringLiteral("repack"), int(repack ? *repack : health::RepackState::Missing)}});
            });
        },
        this,
        [this](const JobOutcome &outcome) {
            // The finished job is deleted later: until then m_read would refuse the next reload.
            m_read = nullptr;
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
                return;
            }
            if (!outcome.succeeded()) {
                ui->progressLabel->setText(tr("Cannot list the tables: %1").arg(outcome.error.message));
                return;
            }
            const QVariantMap m = outcome.result.toMap();
            m_repack = health::RepackState(m.value(QStringLiteral("repack")).toInt());
            QList<health::MaintenanceTable> tables;
            for (const QVariant &v : m.value(QStringLiteral("tables")).toList())
                tables << tableFromMap(v.toMap());
            showTables(tables);
            Q_EMIT tablesLoaded();
        });
}

void MaintenanceView::showTables(const QList<health::MaintenanceTable> &tables)
{
    const QSignalBlocker blocker(ui->tablesTree);
    m_tables = tables;
    ui->tablesTree->clear();
    const auto when = [this](const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("never"); };
    for (const health::MaintenanceTable &t : tables) {
        auto *item = new QTreeWidgetItem(ui->tablesTree);
        item->setText(0, t.table.display());
        item->setData(0, kSchemaRole, t.table.schema);
        item->setData(0, kNameRole, t.table.name);
        item->setCheckState(0, Qt::Unchecked);
        item->setText(1, QString::number(t.deadRows));
        item->setText(2, QString::number(t.liveRows));
        item->setText(3, when(t.lastVacuum));
        item->setText(4, when(t.lastAnalyze));
        item->setText(5, humanBytes(t.totalBytes));
        item->setText(6, t.autovacuumOptions);
        for (int c : {1, 2, 5})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 1; c < ui->tablesTree->columnCount(); ++c)
        ui->tablesTree->resizeColumnToContents(c);
    updateOptions();
}

int MaintenanceView::tableCount() const
{
    return ui->tablesTree->topLevelItemCount();
}

bool MaintenanceView::setChecked(const QString &schema, const QString &table, bool checked)
{
    for (int i = 0; i < ui->tablesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = ui->tablesTree->topLevelItem(i);
        if (item->data(0, kSchemaRole).toString() == schema && item->data(0, kNameRole).toString() == table) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

health::MaintenanceRequest MaintenanceView::request() const
{
    health::MaintenanceRequest r;
    r.op = health::MaintenanceOp(ui->operationCombo->currentData().toInt());
    r.options.full = ui->fullCheck->isChecked();
    r.options.freeze = ui->freezeCheck->isChecked();
    r.options.analyze = ui->analyzeCheck->isChecked();
    r.options.skipLocked = ui->skipLockedCheck->isChecked();
    r.options.concurrently = ui->concurrentlyCheck->isChecked();
    r.options.indexCleanup = health::IndexCleanup(ui->indexCleanupCombo->currentData().toInt());
    r.options.parallel = ui->parallelSpin->value();
    for (int i = 0; i < ui->tablesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = ui->tablesTree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            r.tables << health::TableRef{item->data(0, kSchemaRole).toString(), item->data(0, kNameRole).toString()};
    }
    return r;
}

void MaintenanceView::updateOptions()
{
    const health::MaintenanceRequest r = request();
    const bool vacuum = r.op == health::MaintenanceOp::Vacuum;
    for (QWidget *w : std::initializer_list<QWidget *>{ui->fullCheck, ui->freezeCheck, ui->analyzeCheck, ui->indexCleanupCombo,
                                                       ui->parallelSpin, ui->indexCleanupLabel, ui->parallelLabel})
        w->setEnabled(vacuum);
    ui->skipLockedCheck->setEnabled(vacuum || r.op == health::MaintenanceOp::Analyze);
    ui->concurrentlyCheck->setEnabled(r.op == health::MaintenanceOp::Reindex);
    QStringList warnings = health::maintenanceWarnings(r, m_repack);
    if (vacuum && r.options.full && r.options.parallel >= 0)
        warnings << tr("VACUUM FULL cannot use parallel workers.");
    ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
    ui->warningLabel->setVisible(!warnings.isEmpty());
    ui->maintenanceRunButton->setEnabled(m_spec && !m_job && !r.tables.isEmpty());
    ui->autovacuumButton->setEnabled(m_spec && !m_job && !r.tables.isEmpty());
    ui->maintenanceCancelButton->setEnabled(!m_job.isNull());
}

void MaintenanceView::run()
{
    const health::MaintenanceRequest r = request();
    if (!m_spec || m_job || r.tables.isEmpty())
        return;
    if (refusedAsReadOnly(this, m_profile, tr("Maintenance")))
        return;
    if (!m_profile.production) {
        startJob(r);
        return;
    }
    auto *dialog = new TypedConfirmDialog(tr("Maintenance on %1").arg(m_profile.name),
                                          tr("This runs %1 on %n tables of %2.", nullptr, int(r.tables.size()))
                                              .arg(health::maintenanceOpName(r.op).toUpper(), m_profile.name),
                                          m_profile.name, this);
    dialog->setObjectName(QStringLiteral("maintenanceConfirmation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, r] { startJob(r); });
    dialog->open();
}

void MaintenanceView::startJob(const health::MaintenanceRequest &r)
{
    const ConnectionSpec spec = *m_spec;
    m_job = m_app->jobs().start(
        tr("%1 of %n tables", nullptr, int(r.tables.size())).arg(health::maintenanceOpName(r.op).toUpper()),
        [spec, r](JobContext &ctx) -> JobResult {
            auto report = health::runMaintenance(ctx, spec, r);
            if (!report)
                return report.error();
            return QVariant(qlonglong(report->samples.size()));
        },
        QStringLiteral("maintenance"));
    Job *job = m_job;
    ui->progressBar->setValue(0);
    connect(job, &Job::progressChanged, this, [this, job] {
        ui->progressBar->setValue(job->fraction() < 0 ? 0 : int(job->fraction() * 1000));
        ui->progressLabel->setText(job->statusText());
    });
    connect(job, &Job::finished, this, [this, job] {
        const bool ok = job->state() == Job::State::Succeeded;
        m_job = nullptr; // finished jobs stay in the Jobs panel; the page is free again
        ui->progressLabel->setText(ok ? tr("Done.") : job->state() == Job::State::Canceled ? tr("Canceled.")
                                                                                      : tr("Failed: %1").arg(job->error().message));
        if (ok)
            ui->progressBar->setValue(1000);
        updateOptions();
        reload();
        Q_EMIT runFinished(ok);
    });
    updateOptions();
}

void MaintenanceView::editAutovacuum()
{
    const health::MaintenanceRequest r = request();
    if (!m_spec || m_job || r.tables.isEmpty())
        return;
    QList<health::MaintenanceTable> chosen;
    for (const health::MaintenanceTable &t : std::as_const(m_tables))
        for (const health::TableRef &ref : r.tables)
            if (t.table.schema == ref.schema && t.table.name == ref.name)
                chosen << t;
    if (refusedAsReadOnly(this, m_profile, tr("Changing autovacuum settings")))
        return;
    auto *dialog = new AutovacuumDialog(chosen, m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        startAutovacuumJob(dialog->sql().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    });
    dialog->open();
}

void MaintenanceView::startAutovacuumJob(const QStringList &statements)
{
    if (!m_spec || m_job || statements.isEmpty())
        return;
    const ConnectionSpec spec = *m_spec;
    // The statements of the preview, as they were shown: one transaction, all or nothing.
    m_job = m_app->jobs().start(
        tr("Autovacuum settings of %1").arg(m_profile.name),
        [spec, statements](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                if (Status st = conn.execScript(QStringLiteral("BEGIN")); !st)
                    return st.error();
                for (const QString &statement : statements) {
                    ctx.log(statement);
                    if (Status st = conn.execScript(statement); !st) {
                        (void)conn.execScript(QStringLiteral("ROLLBACK"));
                        return st.error();
                    }
                }
                if (Status st = conn.execScript(QStringLiteral("COMMIT")); !st)
                    return st.error();
                return QVariant();
            });
        },
        QStringLiteral("maintenance"));
    Job *job = m_job;
    connect(job, &Job::finished, this, [this, job] {
        const bool ok = job->state() == Job::State::Succeeded;
        m_job = nullptr;
        ui->progressLabel->setText(ok ? tr("Autovacuum settings applied.") : tr("Failed: %1").arg(job->error().message));
        updateOptions();
        reload();
        Q_EMIT autovacuumApplied(ok);
    });
    updateOptions();
}

} // namespace pgs
