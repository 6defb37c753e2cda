// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migrationsview.h"

#include "ui_migrationsview.h"

#include "jobs/connectedjob.h"
#include "jobs/jobrunner.h"
#include "migrations/migrationjob.h"
#include "migrations/migrationtablemodel.h"
#include "migrations/textdiff.h"
#include "shell/appcontext.h"
#include "sql/sqlcatalog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QSettings>

namespace pgs {

using namespace pgs::migrations;

MigrationsView::MigrationsView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile), ui(std::make_unique<Ui::MigrationsView>()),
      m_model(new MigrationTableModel(this))
{
    ui->setupUi(this);
    ui->formatCombo->addItem(tr("Detect"), QString());
    for (const QString &name : formatNames())
        ui->formatCombo->addItem(name, name);
    ui->migrationsTable->setModel(m_model);
    ui->migrationsTable->verticalHeader()->hide();
    ui->migrationsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    ui->migrationsTable->horizontalHeader()->setStretchLastSection(true);
    ui->mainLayout->setStretchFactor(ui->splitter, 1); // the table and the SQL take the height
    ui->detectionLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->sqlView->setFont(mono);
    ui->logView->setFont(mono);
    ui->runProgress->setVisible(false);
    ui->actionsLayout->addStretch(1); // the buttons keep their size while no run shows its progress

    connect(ui->chooseFolderButton, &QPushButton::clicked, this, &MigrationsView::chooseFolder);
    connect(ui->folderEdit, &QLineEdit::editingFinished, this, [this] { setFolder(ui->folderEdit->text()); });
    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_app->settings().setValue(settingsKey(QStringLiteral("format")), ui->formatCombo->currentData());
        refresh();
    });
    connect(ui->databaseCombo, &QComboBox::currentIndexChanged, this, &MigrationsView::databaseChanged);
    connect(ui->refreshButton, &QPushButton::clicked, this, &MigrationsView::refresh);
    connect(ui->migrationsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(ui->applyButton, &QPushButton::clicked, this, [this] { requestRun(Action::ApplyAll); });
    connect(ui->applyToHereButton, &QPushButton::clicked, this, [this] { requestRun(Action::ApplyToHere); });
    connect(ui->rollbackButton, &QPushButton::clicked, this, [this] { requestRun(Action::RollBack); });
    connect(ui->dryRunButton, &QPushButton::clicked, this, [this] { requestRun(Action::DryRun); });
    connect(ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runJob)
            m_runJob->cancel();
    });
    updateButtons();
}

MigrationsView::~MigrationsView()
{
    // QWidget's destructor, which runs after ui is gone, takes the focus from the folder field:
    // its editingFinished must not reach us then (it would read the deleted form).
    ui->folderEdit->disconnect(this);
    ui->migrationsTable->selectionModel()->disconnect(this);
    for (Job *job : {m_statusJob.data(), m_databasesJob.data(), m_runJob.data()}) {
        if (job)
            job->cancel();
    }
}

void MigrationsView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void MigrationsView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    loadDatabases();
}

QString MigrationsView::database() const
{
    if (ui->databaseCombo->currentIndex() >= 0)
        return ui->databaseCombo->currentText();
    return m_spec ? m_spec->value(QStringLiteral("dbname")) : m_profile.database;
}

QString MigrationsView::folder() const
{
    return ui->folderEdit->text().trimmed();
}

QString MigrationsView::settingsKey(const QString &what) const
{
    // Per profile and database: two databases of one server rarely share a folder.
    QString db = database();
    db.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("migrations/%1/%2/%3").arg(m_profile.id, db, what);
}

void MigrationsView::loadDatabases()
{
    if (!m_spec)
        return;
    const ConnectionSpec spec = *m_spec;
    auto names = std::make_shared<QStringList>();
    m_databasesJob = m_app->jobs().startRead(
        tr("Databases of %1").arg(m_profile.name),
        [spec, names](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                auto r = conn.exec(sql::query(QStringLiteral("overview/databases"), conn.serverVersionNum()));
                if (!r)
                    return r.error();
                for (int i = 0; i < r->rows(); ++i) {
                    if (!r->toBool(i, "is_template") && r->toBool(i, "allow_connections"))
                        *names << r->text(i, "name");
                }
                return QVariant();
            });
        },
        this, [this, names](const JobOutcome &outcome) {
            const QString wanted = m_spec->value(QStringLiteral("dbname")).isEmpty() ? m_profile.database
                                                                                    : m_spec->value(QStringLiteral("dbname"));
            const QSignalBlocker blocker(ui->databaseCombo);
            ui->databaseCombo->clear();
            ui->databaseCombo->addItems(outcome.succeeded() ? *names : QStringList{wanted});
            ui->databaseCombo->setCurrentIndex(std::max(0, ui->databaseCombo->findText(wanted)));
            databaseChanged();
        });
}

void MigrationsView::databaseChanged()
{
    // What was chosen for this database last time.
    const QSignalBlocker formatBlocker(ui->formatCombo);
    ui->folderEdit->setText(m_app->settings().value(settingsKey(QStringLiteral("folder"))).toString());
    ui->formatCombo->setCurrentIndex(
        std::max(0, ui->formatCombo->findData(m_app->settings().value(settingsKey(QStringLiteral("format"))).toString())));
    refresh();
}

void MigrationsView::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Migrations folder"), folder().isEmpty() ? QDir::homePath() : folder());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MigrationsView::setFolder);
    dialog->open();
}

void MigrationsView::setFolder(const QString &dir)
{
    ui->folderEdit->setText(QDir::cleanPath(dir));
    m_app->settings().setValue(settingsKey(QStringLiteral("folder")), folder());
    refresh();
}

MigrationSource MigrationsView::source() const
{
    MigrationSource s;
    s.dir = folder();
    const QString format = ui->formatCombo->currentData().toString();
    if (!format.isEmpty())
        s.format = formatFromName(format);
    return s;
}

void MigrationsView::refresh()
{
    if (!m_spec || folder().isEmpty() || m_runJob) {
        updateButtons();
        return;
    }
    if (m_statusJob)
        m_statusJob->cancel();
    auto outcome = std::make_shared<RunOutcome>();
    RunRequest request;
    request.source = source();
    ui->summaryLabel->setText(tr("Reading…"));
    m_statusJob = m_app->jobs().startRead(
        tr("Migration status of %1").arg(database()), migrationJob(m_spec->withDatabase(database()), request, true, outcome),
        this, [this, outcome](const JobOutcome &done) { statusFinished(done, outcome); });
    updateButtons();
}

void MigrationsView::statusFinished(const JobOutcome &outcome, const std::shared_ptr<RunOutcome> &result)
{
    if (outcome.canceled())
        return;
    const QString selectedVersion = selected() ? selected()->version : QString();
    if (!outcome.succeeded()) {
        m_report.reset();
        m_model->setMigrations({});
        ui->summaryLabel->clear();
        ui->detectionLabel->setText(tr("Cannot read the migrations: %1").arg(outcome.error.message));
        updateButtons();
        Q_EMIT statusFailed(outcome.error.message);
        return;
    }
    m_report = result->before;
    m_model->setMigrations(m_report->migrations);
    ui->migrationsTable->resizeColumnsToContents();
    QMap<State, int> counts;
    for (const MigrationStatus &s : m_report->migrations)
        ++counts[s.state];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(stateLabel(it.key()).toLower());
    ui->summaryLabel->setText(parts.isEmpty() ? tr("No migrations in the folder") : parts.join(QStringLiteral(" · ")));
    QString detection = tr("%1 — %2. History table: %3%4.")
                            .arg(formatName(m_report->format), m_report->detection, m_report->historyTable,
                                 m_report->historyExists ? QString() : tr(" (created by the first run)"));
    if (m_report->format == Format::Alembic)
        detection += QLatin1Char(' ') + tr("Alembic migrations are shown here only: apply them with Alembic (alembic upgrade).");
    if (!m_report->warnings.isEmpty())
        detection += QLatin1Char(' ') + tr("Skipped: %1").arg(m_report->warnings.join(QStringLiteral("; ")));
    ui->detectionLabel->setText(detection);
    const int row = std::max(0, m_model->rowOfVersion(selectedVersion));
    if (m_model->rowCount() > 0)
        ui->migrationsTable->selectRow(row);
    showChecks();
    showSelected();
    updateButtons();
    Q_EMIT statusLoaded();
}

const MigrationStatus *MigrationsView::selected() const
{
    const QModelIndex current = ui->migrationsTable->currentIndex();
    return current.isValid() ? m_model->at(current.row()) : nullptr;
}

void MigrationsView::showSelected()
{
    const MigrationStatus *s = selected();
    ui->sqlView->setExtraSelections({});
    if (!s) {
        ui->sqlCaption->setText(tr("Select a migration to see its SQL."));
        ui->sqlView->clear();
        return;
    }
    if (s->state == State::Changed && s->file && s->applied && !s->applied->appliedSql.isEmpty()) {
        ui->sqlCaption->setText(tr("%1 changed since it was applied: lines with - were applied, lines with + are in the "
                                   "file now.")
                                    .arg(s->file->script));
        ui->sqlView->setPlainText(lineDiff(s->applied->appliedSql, s->file->upSql));
    } else if (s->file) {
        QString caption = s->file->script;
        if (!s->file->transactional)
            caption += QLatin1Char(' ') + tr("(runs outside a transaction)");
        if (!s->note.isEmpty())
            caption += QStringLiteral(" — ") + s->note;
        ui->sqlCaption->setText(caption);
        ui->sqlView->setPlainText(s->file->upSql);
    } else {
        ui->sqlCaption->setText(s->note);
        ui->sqlView->clear();
    }
    if (m_lastRun.failed && m_lastRun.failed->version == s->version)
        highlightFailure();
}

void MigrationsView::showChecks()
{
    if (!m_report)
        return;
    QString html;
    auto section = [&html](const QString &title, const QList<Finding> &findings) {
        html += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        if (findings.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Nothing to report.").toHtmlEscaped());
        for (const Finding &f : findings) {
            const QString color = f.severity == Severity::Critical ? QStringLiteral("#c62828")
                                  : f.severity == Severity::Warning ? QStringLiteral("#e65100")
                                                                     : QStringLiteral("#555555");
            html += QStringLiteral("<p><b style='color:%1'>%2</b> %3<br>%4<br><i>%5</i>%6</p>")
                        .arg(color, severityLabel(f.severity).toHtmlEscaped(), f.object.toHtmlEscaped(),
                             f.detail.toHtmlEscaped(), f.advice.toHtmlEscaped(),
                             f.fixSql.isEmpty() ? QString() : QStringLiteral("<pre>%1</pre>").arg(f.fixSql.toHtmlEscaped()));
        }
    };
    section(tr("Pre-flight (statements that cannot run in a transaction)"), m_report->preflight);
    section(tr("Lint (locks and rewrites, against the real table sizes)"), m_report->lint);
    ui->checksView->setHtml(html);
    const int count = int(m_report->preflight.size() + m_report->lint.size());
    ui->detailTabs->setTabText(ui->detailTabs->indexOf(ui->checksTab), count ? tr("Checks (%1)").arg(count) : tr("Checks"));
}

void MigrationsView::updateButtons()
{
    const bool ready = m_spec && m_report && !m_runJob && m_report->format != Format::Alembic;
    const MigrationStatus *s = selected();
    bool pending = false, applied = false;
    if (m_report) {
        for (const MigrationStatus &m : m_report->migrations) {
            pending = pending || m.state == State::Pending || m.state == State::OutOfOrder;
            applied = applied || m.state == State::Applied || m.state == State::Changed;
        }
    }
    ui->applyButton->setEnabled(ready && pending);
    ui->applyToHereButton->setEnabled(ready && s && !s->version.isEmpty()
                                      && (s->state == State::Pending || s->state == State::OutOfOrder));
    ui->rollbackButton->setEnabled(ready && applied);
    ui->dryRunButton->setEnabled(ready && pending);
    ui->cancelButton->setEnabled(!m_runJob.isNull());
    ui->refreshButton->setEnabled(m_spec && !m_runJob);
}

} // namespace pgs
