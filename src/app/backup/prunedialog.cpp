// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/prunedialog.h"
#include "ui_prunedialog.h"

#include "backup/catalogtablemodel.h"
#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"
#include "shell/appcontext.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace pgs {

namespace {
const QString kPolicyKey = QStringLiteral("backupPrune/");
} // namespace

PruneDialog::PruneDialog(AppContext *app, const QString &catalogDirectory, const QList<CatalogEntry> &entries,
                         QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PruneDialog>()), m_app(app), m_directory(catalogDirectory), m_entries(entries)
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_pruneButton = ui->buttonBox->addButton(tr("&Prune"), QDialogButtonBox::DestructiveRole);
    m_pruneButton->setObjectName(QStringLiteral("pruneButton"));
    ui->previewTable->setColumnCount(5);
    ui->previewTable->setHorizontalHeaderLabels({tr("Decision"), tr("Backup"), tr("Database"), tr("Started"), tr("Why")});
    ui->previewTable->verticalHeader()->hide();
    ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->previewTable->horizontalHeader()->setStretchLastSection(true);

    QSettings &settings = m_app->settings();
    RetentionPolicy policy;
    policy.keepLast = settings.value(kPolicyKey + QStringLiteral("keepLast"), 7).toInt();
    policy.keepDaily = settings.value(kPolicyKey + QStringLiteral("keepDaily"), 0).toInt();
    policy.keepWeekly = settings.value(kPolicyKey + QStringLiteral("keepWeekly"), 0).toInt();
    policy.keepMonthly = settings.value(kPolicyKey + QStringLiteral("keepMonthly"), 0).toInt();
    setPolicy(policy);

    for (QSpinBox *spin : {ui->keepLastSpin, ui->keepDailySpin, ui->keepWeeklySpin, ui->keepMonthlySpin})
        connect(spin, &QSpinBox::valueChanged, this, &PruneDialog::updatePreview);
    connect(m_pruneButton, &QPushButton::clicked, this, &PruneDialog::prune);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 520);
    updatePreview();
}

PruneDialog::~PruneDialog() = default;

RetentionPolicy PruneDialog::policy() const
{
    RetentionPolicy policy;
    policy.keepLast = ui->keepLastSpin->value();
    policy.keepDaily = ui->keepDailySpin->value();
    policy.keepWeekly = ui->keepWeeklySpin->value();
    policy.keepMonthly = ui->keepMonthlySpin->value();
    return policy;
}

void PruneDialog::setPolicy(const RetentionPolicy &policy)
{
    ui->keepLastSpin->setValue(policy.keepLast);
    ui->keepDailySpin->setValue(policy.keepDaily);
    ui->keepWeeklySpin->setValue(policy.keepWeekly);
    ui->keepMonthlySpin->setValue(policy.keepMonthly);
    updatePreview();
}

void PruneDialog::updatePreview()
{
    m_preview = planRetention(m_entries, policy());
    // What goes first: that is what the user has to check.
    std::stable_sort(m_preview.begin(), m_preview.end(),
                     [](const RetentionDecision &a, const RetentionDecision &b) { return !a.keep && b.keep; });
    ui->previewTable->setRowCount(int(m_preview.size()));
    int going = 0;
    qint64 freed = 0;
    for (int row = 0; row < m_preview.size(); ++row) {
        const RetentionDecision &decision = m_preview.at(row);
        const BackupManifest &m = decision.entry.manifest;
        if (!decision.keep) {
            ++going;
            freed += m.totalBytes();
        }
        auto *state = new QTableWidgetItem(decision.keep ? tr("keep") : tr("delete"));
        state->setForeground(decision.keep ? QColor(0x2e7d32) : QColor(0xc62828));
        ui->previewTable->setItem(row, 0, state);
        ui->previewTable->setItem(row, 1, new QTableWidgetItem(QFileInfo(decision.entry.folder).fileName()));
        ui->previewTable->setItem(row, 2, new QTableWidgetItem(m.database));
        ui->previewTable->setItem(row, 3, new QTableWidgetItem(QLocale().toString(m.startedAt, QLocale::ShortFormat)));
        ui->previewTable->setItem(row, 4, new QTableWidgetItem(decision.reasons.join(QStringLiteral(", "))));
    }
    ui->summaryLabel->setText(policy().isEmpty() && going == 0
                                  ? tr("Set how many backups to keep.")
                                  : tr("%n backup(s) will be deleted, freeing %1; %2 kept.", nullptr, going)
                                        .arg(humanBytes(freed))
                                        .arg(m_preview.size() - going));
    m_pruneButton->setEnabled(going > 0);
}

void PruneDialog::prune()
{
    const RetentionPolicy chosen = policy();
    QSettings &settings = m_app->settings();
    settings.setValue(kPolicyKey + QStringLiteral("keepLast"), chosen.keepLast);
    settings.setValue(kPolicyKey + QStringLiteral("keepDaily"), chosen.keepDaily);
    settings.setValue(kPolicyKey + QStringLiteral("keepWeekly"), chosen.keepWeekly);
    settings.setValue(kPolicyKey + QStringLiteral("keepMonthly"), chosen.keepMonthly);
    const QString directory = m_directory;
    m_app->jobs().start(
        tr("Prune %1").arg(directory),
        [directory, chosen](JobContext &ctx) -> JobResult {
            auto decisions = pgs::prune(ctx, BackupCatalog(directory), chosen, false);
            if (!decisions)
                return decisions.error();
            int deleted = 0;
            for (const RetentionDecision &d : decisions.value())
                deleted += d.keep ? 0 : 1;
            return QVariant(deleted);
        },
        QStringLiteral("prune"));
    accept();
}

} // namespace pgs
