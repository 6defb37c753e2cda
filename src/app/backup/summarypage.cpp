// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/summarypage.h"
#include "ui_summarypage.h"

#include "backup/backupjob.h"
#include "backup/backupsettings.h"
#include "backup/backupwizard.h"
#include "backup/optionspage.h"
#include "monitor/humanformat.h"
#include "shell/appcontext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>

namespace pgs {

SummaryPage::SummaryPage(BackupWizard *wizard) : BackupWizardPage(wizard), ui(std::make_unique<Ui::SummaryPage>())
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    ui->commandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(ui->catalogEdit, &QLineEdit::textChanged, this, [this] {
        ui->errorLabel->hide();
        render();
        Q_EMIT completeChanged();
    });
    connect(ui->browseButton, &QToolButton::clicked, this, &SummaryPage::browse);
}

SummaryPage::~SummaryPage() = default;

QString SummaryPage::catalogDirectory() const
{
    return QDir::cleanPath(ui->catalogEdit->text().trimmed());
}

QString SummaryPage::commandText() const
{
    return ui->commandEdit->toPlainText();
}

void SummaryPage::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

bool SummaryPage::isComplete() const
{
    return !ui->catalogEdit->text().trimmed().isEmpty() && QDir::isAbsolutePath(ui->catalogEdit->text().trimmed());
}

void SummaryPage::initializePage()
{
    BackupWizardPage::initializePage();
    const ConnectionProfile &profile = backupWizard()->profile();
    if (m_catalogProfileId != profile.id) {
        m_catalogProfileId = profile.id;
        QSignalBlocker blocker(ui->catalogEdit);
        ui->catalogEdit->setText(backupsettings::catalogDirectory(backupWizard()->app()->settings(), profile));
    }
    render();
}

void SummaryPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Backup catalog directory"), ui->catalogEdit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) { ui->catalogEdit->setText(dir); });
    dialog->open();
}

void SummaryPage::render()
{
    BackupWizard *wizard = backupWizard();
    if (!wizard->inventoryReady() || !wizard->spec())
        return;
    const BackupOptions options = wizard->options();
    const bool database = options.source == BackupOptions::Source::Database;
    const QString folderName = (database ? options.database : QStringLiteral("cluster"))
        + QStringLiteral("_<yyyyMMdd-HHmmss>_<id>");
    const QString folder = QDir(catalogDirectory()).filePath(folderName);
    ui->destinationLabel->setText(folder);

    const qint64 bytes = wizard->estimatedBytes();
    if (options.source == BackupOptions::Source::GlobalsOnly)
        ui->estimateLabel->setText(tr("a few kilobytes (roles and tablespaces)"));
    else if (bytes > 0)
        ui->estimateLabel->setText(tr("%1 on the server before compression").arg(humanBytes(bytes)));
    else
        ui->estimateLabel->setText(options.schemaOnly ? tr("schema only: small") : tr("unknown"));

    const ToolInfo &pgDump = wizard->inventory().pgDump;
    const QString binDir = QFileInfo(pgDump.path).absolutePath();
    const QString dumpAll = QDir(binDir).filePath(QStringLiteral("pg_dumpall"));
    const ConnectionSpec spec = database ? wizard->spec()->withDatabase(options.database) : *wizard->spec();

    QStringList lines;
    lines << tr("# Connection (the password, if any, comes from a private 0600 passfile)");
    const QProcessEnvironment env = spec.toolEnvironment(QProcessEnvironment());
    QStringList keys = env.keys();
    keys.sort();
    for (const QString &key : keys) {
        if (key == QLatin1String("PGPASSWORD") || key == QLatin1String("PGPASSFILE"))
            continue; // never shown, whatever the spec holds
        lines << QStringLiteral("export %1=%2").arg(key, joinShellWords({env.value(key)}));
    }
    const QString dumpPath = QDir(folder).filePath(dumpNameFor(options));
    if (database) {
        const bool streamed = options.format == DumpFormat::Plain && !options.compressionMethod.isEmpty()
            && options.compressionMethod != QLatin1String("none");
        const QString snapshot = QStringLiteral("<exported>");
        lines << tr("# Dump (with the snapshot the row counts are taken from)");
        QString dump = joinShellWords(QStringList{pgDump.path}
                                      + pgDumpArguments(options, pgDump.majorVersion, streamed ? QString() : dumpPath, snapshot)
                                      + noSyncArguments(pgDump.majorVersion));
        if (streamed)
            dump += tr(" | %1-compressed by pgsteward > %2").arg(options.compressionMethod, joinShellWords({dumpPath}));
        lines << dump;
        if (options.withGlobals) {
            lines << tr("# Globals");
            lines << joinShellWords(QStringList{dumpAll}
                                    + pgDumpAllArguments(true, !wizard->inventory().superuser,
                                                         QDir(folder).filePath(QStringLiteral("globals.sql")))
                                    + noSyncArguments(pgDump.majorVersion)
                                    + QStringList{QStringLiteral("--database=") + options.database});
        }
    } else {
        lines << (options.source == BackupOptions::Source::GlobalsOnly ? tr("# Globals") : tr("# Whole cluster"));
        lines << joinShellWords(QStringList{dumpAll}
                                + pgDumpAllArguments(options.source == BackupOptions::Source::GlobalsOnly,
                                                     !wizard->inventory().superuser, dumpPath)
                                + noSyncArguments(pgDump.majorVersion));
    }
    ui->commandEdit->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace pgs
