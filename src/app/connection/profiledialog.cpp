// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profiledialog.h"
#include "ui_profiledialog.h"

#include "connection/connectionstring.h"
#include "connection/connectiontest.h"
#include "connection/credentials.h"
#include "connection/profiletreemodel.h"
#include "shell/appcontext.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardItemModel>

#include <cmath>

namespace pgs {

namespace {
constexpr double kBytesPerGB = 1e9;
} // namespace

ProfileDialog::ProfileDialog(AppContext *app, const ConnectionProfile &profile, Mode mode, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ProfileDialog>()), m_app(app), m_original(profile), m_mode(mode)
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(mode == Mode::New ? tr("New connection profile") : tr("Edit %1").arg(profile.name));
    ui->errorLabel->hide();
    ui->testResultLabel->hide();
    ui->groupCombo->addItems(app->profiles().groups());
    ui->groupCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    ui->sslModeCombo->addItems(ConnectionProfile::sslModes());
    setupStorageCombo();
    loadFields(profile);

    connect(ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->colorButton, &QPushButton::clicked, this, &ProfileDialog::pickColor);
    connect(ui->productionCheck, &QCheckBox::toggled, ui->colorButton, &QWidget::setEnabled);
    connect(ui->sslRootCertButton, &QToolButton::clicked, this,
            [this] { pickPath(ui->sslRootCertEdit, false, tr("Root certificate")); });
    connect(ui->sslCertButton, &QToolButton::clicked, this,
            [this] { pickPath(ui->sslCertEdit, false, tr("Client certificate")); });
    connect(ui->sslKeyButton, &QToolButton::clicked, this, [this] { pickPath(ui->sslKeyEdit, false, tr("Client key")); });
    connect(ui->toolsDirButton, &QToolButton::clicked, this,
            [this] { pickPath(ui->toolsDirEdit, true, tr("PostgreSQL tools directory")); });
    connect(ui->passwordEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing a password for a "no password" profile means: keep it somewhere sensible.
        if (!text.isEmpty() && ui->passwordStorageCombo->currentData().toString() == toString(PasswordStorage::None))
            ui->passwordStorageCombo->setCurrentIndex(
                ui->passwordStorageCombo->findData(toString(CredentialStore::preferredStorage())));
    });
    connect(ui->passwordStorageCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updatePasswordPlaceholder);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
    ui->hostEdit->setPlaceholderText(tr("name, IP address or socket directory, or paste a connection URI"));
    // Only a paste (many characters at once) fills the fields: typing a host goes on undisturbed.
    connect(ui->hostEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool pasted = text.size() - m_hostLength > 1;
        m_hostLength = int(text.size());
        if (pasted && looksLikeConnectionString(text))
            fillFromConnectionString(text);
    });
    connect(ui->hostEdit, &QLineEdit::textChanged, this, [this](const QString &text) { m_hostLength = int(text.size()); });
    updatePasswordPlaceholder();
    ui->nameEdit->setFocus();
    // Room for socket paths and certificate file names without scrolling inside the fields.
    resize(std::max(sizeHint().width(), 820), sizeHint().height());
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setupStorageCombo()
{
    QComboBox *combo = ui->passwordStorageCombo;
    combo->addItem(tr("OS keychain"), toString(PasswordStorage::Keychain));
    combo->addItem(tr("~/.pgpass file"), toString(PasswordStorage::Pgpass));
    combo->addItem(tr("Ask every time"), toString(PasswordStorage::Ask));
    combo->addItem(tr("No password"), toString(PasswordStorage::None));
    combo->setItemData(1, tr("libpq reads the password from this file (kept with mode 0600)"), Qt::ToolTipRole);
    combo->setItemData(2, tr("Asked once per session, kept in memory only"), Qt::ToolTipRole);
    combo->setItemData(3, tr("Trust, peer or certificate authentication, or a PGPASSWORD set outside pgsteward"),
                       Qt::ToolTipRole);
    if (!CredentialStore::keychainAvailable()) {
        if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
            model->item(0)->setEnabled(false);
        combo->setItemData(0, tr("No OS keychain (Secret Service / KWallet) is reachable on this desktop"),
                           Qt::ToolTipRole);
    }
}

void ProfileDialog::loadFields(const ConnectionProfile &p)
{
    ui->nameEdit->setText(p.name);
    ui->groupCombo->setCurrentText(p.group);
    ui->hostEdit->setText(p.host);
    ui->portSpin->setValue(p.port);
    ui->databaseEdit->setText(p.database);
    ui->userEdit->setText(p.user);
    ui->passwordStorageCombo->setCurrentIndex(ui->passwordStorageCombo->findData(toString(p.passwordStorage)));
    ui->sslModeCombo->setCurrentText(p.sslMode);
    ui->sslRootCertEdit->setText(p.sslRootCert);
    ui->sslCertEdit->setText(p.sslCert);
    ui->sslKeyEdit->setText(p.sslKey);
    ui->connectTimeoutSpin->setValue(p.connectTimeoutSeconds);
    ui->applicationNameEdit->setText(p.applicationName);
    ui->serviceEdit->setText(p.service);
    ui->toolsDirEdit->setText(p.toolsDir);
    ui->capacitySpin->setValue(double(p.volumeCapacityBytes) / kBytesPerGB);
    ui->productionCheck->setChecked(p.production);
    ui->colorButton->setEnabled(p.production);
    ui->readOnlyCheck->setChecked(p.readOnly);
    setColor(p.productionColor);
}

void ProfileDialog::fillFromConnectionString(const QString &text)
{
    Result<PastedConnection> pasted = applyConnectionString(profileFromFields(), text);
    if (!pasted) {
        showTestResult(pasted.error().message, true);
        return;
    }
    ConnectionProfile filled = pasted->profile;
    if (filled.host == text.trimmed())
        filled.host.clear(); // the string named no host: it is not one itself
    const QString password = pasted->password;
    loadFields(filled);
    if (!password.isEmpty()) {
        ui->passwordEdit->setText(password);
        Q_EMIT ui->passwordEdit->textEdited(password); // picks a storage for it, as typing does
    }
    QString note = tr("Filled in from the connection string.");
    if (!pasted->ignored.isEmpty())
        note += QLatin1Char(' ') + tr("Not kept (a profile has no field for them): %1.").arg(pasted->ignored.join(QStringLiteral(", ")));
    showTestResult(note, false);
}

ConnectionProfile ProfileDialog::profileFromFields() const
{
    ConnectionProfile p = m_original;
    p.name = ui->nameEdit->text().trimmed();
    p.group = ui->groupCombo->currentText().trimmed();
    p.host = ui->hostEdit->text().trimmed();
    p.port = ui->portSpin->value();
    p.database = ui->databaseEdit->text().trimmed();
    p.user = ui->userEdit->text().trimmed();
    p.passwordStorage = passwordStorageFromString(ui->passwordStorageCombo->currentData().toString());
    p.sslMode = ui->sslModeCombo->currentText();
    p.sslRootCert = ui->sslRootCertEdit->text().trimmed();
    p.sslCert = ui->sslCertEdit->text().trimmed();
    p.sslKey = ui->sslKeyEdit->text().trimmed();
    p.connectTimeoutSeconds = ui->connectTimeoutSpin->value();
    p.applicationName = ui->applicationNameEdit->text().trimmed();
    p.service = ui->serviceEdit->text().trimmed();
    p.toolsDir = ui->toolsDirEdit->text().trimmed();
    // Keep the exact byte figure unless the user changed the (rounded) GB value.
    const double shownGB = ui->capacitySpin->value();
    if (std::abs(shownGB - double(m_original.volumeCapacityBytes) / kBytesPerGB) >= 0.05)
        p.volumeCapacityBytes = qint64(std::llround(shownGB * kBytesPerGB));
    p.production = ui->productionCheck->isChecked();
    p.productionColor = m_color;
    p.readOnly = ui->readOnlyCheck->isChecked();
    return p;
}

void ProfileDialog::updatePasswordPlaceholder()
{
    const auto storage = passwordStorageFromString(ui->passwordStorageCombo->currentData().toString());
    const bool stored = m_mode == Mode::Edit && storage == m_original.passwordStorage
                        && (storage == PasswordStorage::Keychain || storage == PasswordStorage::Pgpass);
    ui->passwordEdit->setPlaceholderText(stored ? tr("unchanged") : QString());
}

void ProfileDialog::pickPath(QLineEdit *edit, bool directory, const QString &title)
{
    auto *dialog = new QFileDialog(this, title, edit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(directory ? QFileDialog::Directory : QFileDialog::ExistingFile);
    if (directory)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    dialog->open();
}

void ProfileDialog::pickColor()
{
    auto *dialog = new QColorDialog(QColor(m_color), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Production banner colour"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) { setColor(color.name()); });
    dialog->open();
}

void ProfileDialog::setColor(const QString &color)
{
    m_color = color;
    ui->colorButton->setIcon(ProfileTreeModel::productionIcon(color));
}

void ProfileDialog::testConnection()
{
    if (m_testJob)
        return;
    ui->testButton->setEnabled(false);
    showTestResult(tr("Testing…"), false);
    const ConnectionProfile profile = profileFromFields();
    const QString typed = ui->passwordEdit->text();
    if (!typed.isEmpty() || profile.passwordStorage == PasswordStorage::None) {
        ConnectionSpec spec = ConnectionSpec::fromProfile(profile);
        spec.setPassword(typed);
        startTest(spec);
        return;
    }
    m_app->resolveSpec(profile, this, [this](Result<ConnectionSpec> spec) {
        if (!spec) {
            showTestResult(spec.error().message, true);
            ui->testButton->setEnabled(true);
            return;
        }
        startTest(spec.value());
    });
}

void ProfileDialog::startTest(const ConnectionSpec &spec)
{
    Job *job = m_app->jobs().start(
        tr("Test connection to %1").arg(spec.describe()),
        [spec](JobContext &) -> JobResult {
            auto report = pgs::testConnection(spec);
            if (!report)
                return report.error();
            return QVariant(report->summary());
        },
        QStringLiteral("connection"));
    m_testJob = job;
    connect(job, &Job::finished, this, [this, job] {
        m_testJob.clear();
        ui->testButton->setEnabled(true);
        if (job->state() == Job::State::Succeeded)
            showTestResult(job->result().toString(), false);
        else
            showTestResult(job->error().message, true);
        ui->testResultLabel->setToolTip(job->error().detail);
    });
}

void ProfileDialog::showTestResult(const QString &text, bool failed)
{
    ui->testResultLabel->setText(text);
    ui->testResultLabel->setStyleSheet(failed ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    ui->testResultLabel->show();
}

void ProfileDialog::save()
{
    const ConnectionProfile profile = profileFromFields();
    auto fail = [this](const QString &message) {
        ui->errorLabel->setText(message);
        ui->errorLabel->show();
    };
    if (profile.name.isEmpty()) {
        fail(tr("Give the profile a name."));
        ui->nameEdit->setFocus();
        return;
    }
    auto saved = m_app->saveProfile(profile, ui->passwordEdit->text());
    if (!saved) {
        fail(saved.error().message);
        return;
    }
    Q_EMIT profileSaved(saved->id);
    accept();
}

} // namespace pgs
