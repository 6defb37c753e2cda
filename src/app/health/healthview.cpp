// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthview.h"

#include "health/fixpreviewdialog.h"
#include "health/healthhistory.h"
#include "health/maintenanceview.h"
#include "health/thresholdsdialog.h"
#include "health/traynotifier.h"
#include "jobs/connectedjob.h"
#include "jobs/jobrunner.h"
#include "shell/appcontext.h"
#include "ui_healthview.h"
#include "shell/readonlyguard.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QSet>

namespace pgs {

namespace {

constexpr int kFindingRole = Qt::UserRole + 1; // index into m_shown

QString findingKey(const Finding &f)
{
    return f.code + QChar(0x1f) + f.object;
}

QString figure(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    const double d = v.toDouble();
    return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'f', 2);
}

} // namespace

HealthView::HealthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile), ui(std::make_unique<Ui::HealthView>())
{
    ui->setupUi(this);
    m_maintenance = new MaintenanceView(app, profile, ui->pages);
    ui->pages->addTab(m_maintenance, tr("Maintenance"));
    ui->findingsTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    ui->findingsTree->setColumnWidth(0, 300);
    ui->findingsTree->setColumnWidth(1, 300);
    ui->findingsTree->setColumnWidth(2, 90);
    ui->findingsTree->setColumnWidth(3, 90);
    // The explanation gets the room it needs; the SQL box stays a few lines high.
    ui->explanationLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    ui->fixSqlEdit->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);
    connect(ui->runButton, &QPushButton::clicked, this, &HealthView::runChecks);
    connect(ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(ui->fixButton, &QPushButton::clicked, this, &HealthView::fixSelected);
    connect(ui->thresholdsButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new ThresholdsDialog(historyKey(), m_profile.name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    ui->notifyCheck->setChecked(TrayNotifier::isEnabled(m_app, historyKey()));
    connect(ui->notifyCheck, &QCheckBox::toggled, this, [this](bool on) { TrayNotifier::setEnabled(m_app, historyKey(), on); });
    connect(ui->findingsTree, &QTreeWidget::itemSelectionChanged, this, &HealthView::selectionChanged);
    connect(ui->pastRuns, &QComboBox::currentIndexChanged, this, [this](int index) { showRun(ui->pastRuns->itemData(index).toInt()); });
    loadPastRuns();
    updateButtons();
}

HealthView::~HealthView()
{
    if (m_job)
        m_job->cancel();
}

void HealthView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    {
        const QSignalBlocker blocker(ui->notifyCheck);
        ui->notifyCheck->setChecked(TrayNotifier::isEnabled(m_app, historyKey()));
    }
    m_maintenance->setProfile(profile);
    loadPastRuns();
}

void HealthView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    m_maintenance->setConnection(spec);
    updateButtons();
}

QString HealthView::historyKey() const
{
    return m_profile.id;
}

void HealthView::loadPastRuns()
{
    auto runs = health::loadRuns(historyKey());
    m_runs = runs ? *runs : QList<health::HealthRun>();
    if (!runs)
        ui->statusLabel->setText(runs.error().message);
    const QSignalBlocker blocker(ui->pastRuns);
    ui->pastRuns->clear();
    for (qsizetype i = m_runs.size() - 1; i >= 0; --i) {
        const health::HealthRun &run = m_runs.at(i);
        ui->pastRuns->addItem(tr("%1 (%n findings)", nullptr, int(run.findings.size()))
                                  .arg(run.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                              int(i));
    }
    ui->pastRuns->setEnabled(!m_runs.isEmpty());
    showRun(m_runs.isEmpty() ? -1 : int(m_runs.size() - 1));
}

void HealthView::showRun(int index)
{
    ui->findingsTree->clear();
    m_shown.clear();
    if (index < 0 || index >= m_runs.size()) {
        ui->statusLabel->setText(m_runs.isEmpty() ? tr("No run yet: Run checks looks at every database of the server.") : QString());
        selectionChanged();
        return;
    }
    const health::HealthRun &run = m_runs.at(index);
    QSet<QString> added;
    if (index > 0)
        for (const Finding &f : health::diffRuns(m_runs.at(index - 1), m_runs.at(index)).added)
            added.insert(findingKey(f));
    m_shown = run.findings;
    int newCount = 0;
    QFont bold = ui->findingsTree->font();
    bold.setBold(true);
    for (Severity severity : {Severity::Critical, Severity::Warning, Severity::Info}) {
        QTreeWidgetItem *severityItem = nullptr;
        QMap<QString, QTreeWidgetItem *> areas;
        int count = 0;
        for (int i = 0; i < m_shown.size(); ++i) {
            const health::HealthFinding &h = m_shown.at(i);
            if (h.finding.severity != severity)
                continue;
            if (!severityItem) {
                severityItem = new QTreeWidgetItem(ui->findingsTree);
                severityItem->setFont(0, bold);
                severityItem->setFirstColumnSpanned(true);
            }
            QTreeWidgetItem *&area = areas[h.area];
            if (!area) {
                area = new QTreeWidgetItem(severityItem);
                area->setText(0, health::areaLabel(h.area));
            }
            const bool isNew = added.contains(findingKey(h.finding));
            newCount += isNew ? 1 : 0;
            auto *item = new QTreeWidgetItem(area);
            item->setText(0, isNew ? tr("%1 (new)").arg(h.finding.code) : h.finding.code);
            item->setText(1, h.finding.object);
            item->setText(2, figure(h.finding.value));
            item->setText(3, figure(h.finding.threshold));
            item->setText(4, h.finding.detail);
            item->setToolTip(4, h.finding.detail);
            item->setData(0, kFindingRole, i);
            if (isNew)
                item->setFont(0, bold);
            ++count;
        }
        if (severityItem)
            severityItem->setText(0, QStringLiteral("%1 (%2)").arg(severityLabel(severity)).arg(count));
    }
    ui->findingsTree->expandAll();
    QString status = tr("%n findings in %1 databases", nullptr, int(m_shown.size())).arg(run.databases.size());
    if (index > 0)
        status += tr(", %n new since the run before", nullptr, newCount);
    if (!run.problems.isEmpty())
        status += tr("; %n checks could not run: %1", nullptr, int(run.problems.size())).arg(run.problems.join(QStringLiteral("; ")));
    ui->statusLabel->setText(status);
    selectionChanged();
}

void HealthView::runChecks()
{
    if (!m_spec || m_job)
        return;
    const ConnectionSpec spec = *m_spec;
    const QString key = historyKey();
    m_job = m_app->jobs().start(
        tr("Health checks of %1").arg(m_profile.name),
        [spec, key](JobContext &ctx) -> JobResult {
            health::HealthOptions options;
            if (auto saved = health::loadThresholds(key))
                options.thresholds = *saved;
            options.historyKey = key; // the dashboard's sampler stores under the profile id
            auto run = health::runHealthChecks(ctx, spec, options);
            if (!run)
                return run.error();
            if (auto past = health::loadRuns(key); past && !past->isEmpty())
                health::addWraparoundForecast(*run, past->last());
            if (Status st = health::appendRun(key, *run); !st)
                return st.error();
            return QVariant(run->toJson());
        },
        QStringLiteral("health"));
    Job *job = m_job;
    connect(job, &Job::progressChanged, this, [this, job] { ui->statusLabel->setText(job->statusText()); });
    connect(job, &Job::finished, this, [this, job] { runDone(job); });
    updateButtons();
}

void HealthView::runDone(Job *job)
{
    m_job = nullptr; // finished jobs stay listed in the Jobs panel; this view is free again
    if (job->state() == Job::State::Succeeded) {
        loadPastRuns();
        m_app->notifyHealthRunStored(historyKey());
    } else {
        ui->statusLabel->setText(job->state() == Job::State::Canceled ? tr("Canceled.")
                                                                      : tr("The checks failed: %1").arg(job->error().message));
    }
    updateButtons();
    Q_EMIT runFinished();
}

std::optional<health::HealthFinding> HealthView::selectedFinding() const
{
    const QList<QTreeWidgetItem *> items = ui->findingsTree->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QVariant index = items.first()->data(0, kFindingRole);
    if (!index.isValid() || index.toInt() >= m_shown.size())
        return std::nullopt;
    return m_shown.at(index.toInt());
}

bool HealthView::selectFinding(const QString &code, const QString &object)
{
    for (QTreeWidgetItemIterator it(ui->findingsTree); *it; ++it) {
        const QVariant index = (*it)->data(0, kFindingRole);
        if (index.isValid() && m_shown.at(index.toInt()).finding.code == code && m_shown.at(index.toInt()).finding.object == object) {
            ui->findingsTree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void HealthView::selectionChanged()
{
    const auto h = selectedFinding();
    if (!h) {
        ui->explanationLabel->setText(tr("Select a finding to see its explanation and fix."));
        ui->fixSqlEdit->clear();
    } else {
        const health::CheckDef *check = health::findCheck(h->finding.code);
        QString text = QStringLiteral("<b>%1</b> — %2<br>%3").arg(h->finding.code.toHtmlEscaped(),
                                                                  check ? check->summary.toHtmlEscaped() : QString(),
                                                                  h->finding.detail.toHtmlEscaped());
        if (h->finding.value.isValid())
            text += QStringLiteral("<br>") + tr("Measured %1 against the threshold %2.").arg(figure(h->finding.value), figure(h->finding.threshold));
        if (!h->finding.advice.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(h->finding.advice.toHtmlEscaped());
        ui->explanationLabel->setText(text);
        ui->fixSqlEdit->setPlainText(h->finding.fixSql);
    }
    updateButtons();
}

void HealthView::fixSelected()
{
    const auto h = selectedFinding();
    if (!h || h->finding.fixSql.isEmpty() || !m_spec || m_fixJob)
        return;
    if (refusedAsReadOnly(this, m_profile, tr("Running a fix")))
        return;
    auto *dialog = new FixPreviewDialog(*h, m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const health::HealthFinding finding = *h;
    connect(dialog, &QDialog::accepted, this, [this, finding] { startFix(finding); });
    dialog->open();
}

void HealthView::startFix(const health::HealthFinding &finding)
{
    if (!m_spec || m_fixJob)
        return;
    const ConnectionSpec spec = finding.database.isEmpty() ? *m_spec : m_spec->withDatabase(finding.database);
    const QStringList statements = finding.finding.fixSql.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_fixJob = m_app->jobs().start(
        tr("Fix %1 on %2").arg(finding.finding.code, finding.finding.object),
        [spec, statements](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                for (const QString &statement : statements) {
                    ctx.log(statement);
                    if (Status st = conn.execScript(statement); !st)
                        return st.error();
                }
                return QVariant();
            });
        },
        QStringLiteral("health"));
    Job *job = m_fixJob;
    connect(job, &Job::finished, this, [this, job] {
        const bool ok = job->state() == Job::State::Succeeded;
        m_fixJob = nullptr;
        ui->statusLabel->setText(ok ? tr("Fix applied. Run the checks again to confirm.") : tr("The fix failed: %1").arg(job->error().message));
        updateButtons();
        Q_EMIT fixFinished(ok);
    });
    updateButtons();
}

void HealthView::updateButtons()
{
    ui->runButton->setEnabled(m_spec.has_value() && !m_job);
    ui->cancelButton->setEnabled(!m_job.isNull());
    const auto h = selectedFinding();
    ui->fixButton->setEnabled(h && !h->finding.fixSql.isEmpty() && m_spec && !m_fixJob);
}

} // namespace pgs
