// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profiledialog.h"
#include "connection/profilestore.h"
#include "connection/profiletreemodel.h"
#include "shell/readonlyguard.h"
#include "shell/appcontext.h"
#include "testcluster.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesEveryField();
    void emptyNameIsRejectedInline();
    void duplicateNameIsRejectedInline();
    void testConnectionShowsServerVersion();
    void testConnectionShowsClassifiedError();
    void pastedUriFillsTheFields();
    void pastedKeyValueStringFillsTheFields();
    void typingAHostIsNotParsed();
    void readOnlyProfileRefusesWriteActions();

private:
    template<typename T>
    T *field(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void fillClusterTarget(ProfileDialog *dialog, int portOffset = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_app;
};

void TestProfileDialog::initTestCase()
{
    qputenv("PGSTEWARD_NO_KEYCHAIN", "1");
}

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("HOME", m_dir->path().toLocal8Bit());
    qputenv("PGSTEWARD_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("PGSTEWARD_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("PGPASSFILE", m_dir->filePath(QStringLiteral("pgpass")).toLocal8Bit());
    m_app = std::make_unique<AppContext>(m_dir->filePath(QStringLiteral("config/profiles.json")));
}

void TestProfileDialog::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

void TestProfileDialog::savesEveryField()
{
    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // Without a keychain the keychain choice is offered but disabled.
    auto *storage = field<QComboBox>(dialog, "passwordStorageCombo");
    auto *storageModel = qobject_cast<QStandardItemModel *>(storage->model());
    QVERIFY(storageModel);
    QVERIFY(!storageModel->item(storage->findData(QStringLiteral("keychain")))->isEnabled());

    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Billing primary"));
    QTest::keyClicks(field<QComboBox>(dialog, "groupCombo")->lineEdit(), QStringLiteral("Production"));
    QTest::keyClicks(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db1.example.com"));
    auto *port = field<QSpinBox>(dialog, "portSpin");
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("6543"));
    QTest::keyClicks(field<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("billing"));
    QTest::keyClicks(field<QLineEdit>(dialog, "userEdit"), QStringLiteral("ops"));
    storage->setCurrentIndex(storage->findData(QStringLiteral("pgpass")));
    QTest::keyClicks(field<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("s3cret-Pa55"));
    auto *sslMode = field<QComboBox>(dialog, "sslModeCombo");
    sslMode->setCurrentIndex(sslMode->findText(QStringLiteral("verify-full")));
    QTest::keyClicks(field<QLineEdit>(dialog, "sslRootCertEdit"), QStringLiteral("/etc/ssl/billing-ca.pem"));
    QTest::keyClicks(field<QLineEdit>(dialog, "sslCertEdit"), QStringLiteral("/home/ops/client.crt"));
    QTest::keyClicks(field<QLineEdit>(dialog, "sslKeyEdit"), QStringLiteral("/home/ops/client.key"));
    field<QSpinBox>(dialog, "connectTimeoutSpin")->setValue(7);
    auto *appName = field<QLineEdit>(dialog, "applicationNameEdit");
    appName->clear();
    QTest::keyClicks(appName, QStringLiteral("billing-ops"));
    QTest::keyClicks(field<QLineEdit>(dialog, "serviceEdit"), QStringLiteral("billing"));
    QTest::keyClicks(field<QLineEdit>(dialog, "toolsDirEdit"), QStringLiteral("/usr/lib/postgresql/15/bin"));
    field<QDoubleSpinBox>(dialog, "capacitySpin")->setValue(250);
    field<QCheckBox>(dialog, "productionCheck")->setChecked(true);
    QVERIFY(!field<QCheckBox>(dialog, "readOnlyCheck")->isChecked());
    field<QCheckBox>(dialog, "readOnlyCheck")->setChecked(true);

    QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // saved, closed and deleted

    ProfileStore fresh(m_dir->filePath(QStringLiteral("config/profiles.json")));
    QVERIFY(fresh.load().ok());
    QCOMPARE(fresh.profiles().size(), 1);
    const ConnectionProfile p = fresh.profiles().first();
    QVERIFY(!p.id.isEmpty());
    QCOMPARE(p.name, QStringLiteral("Billing primary"));
    QCOMPARE(p.group, QStringLiteral("Production"));
    QCOMPARE(p.host, QStringLiteral("db1.example.com"));
    QCOMPARE(p.port, 6543);
    QCOMPARE(p.database, QStringLiteral("billing"));
    QCOMPARE(p.user, QStringLiteral("ops"));
    QCOMPARE(toString(p.passwordStorage), QStringLiteral("pgpass"));
    QCOMPARE(p.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(p.sslRootCert, QStringLiteral("/etc/ssl/billing-ca.pem"));
    QCOMPARE(p.sslCert, QStringLiteral("/home/ops/client.crt"));
    QCOMPARE(p.sslKey, QStringLiteral("/home/ops/client.key"));
    QCOMPARE(p.connectTimeoutSeconds, 7);
    QCOMPARE(p.applicationName, QStringLiteral("billing-ops"));
    QCOMPARE(p.service, QStringLiteral("billing"));
    QCOMPARE(p.toolsDir, QStringLiteral("/usr/lib/postgresql/15/bin"));
    QCOMPARE(p.volumeCapacityBytes, qint64(250'000'000'000));
    QVERIFY(p.production);
    QCOMPARE(p.productionColor, QStringLiteral("#c62828"));
    QVERIFY(p.readOnly);
    QCOMPARE(ConnectionSpec::fromProfile(p).value(QStringLiteral("options")), ConnectionSpec::readOnlyOptions());

    // The password went to PGPASSFILE (0600), never to profiles.json.
    const QString pgpass = m_dir->filePath(QStringLiteral("pgpass"));
    QTRY_VERIFY(QFile::exists(pgpass));
    QFile passFile(pgpass);
    QVERIFY(passFile.open(QIODevice::ReadOnly));
    QVERIFY(passFile.readAll().contains("db1.example.com:6543:billing:ops:s3cret-Pa55"));
    QCOMPARE(passFile.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QFile profilesFile(m_dir->filePath(QStringLiteral("config/profiles.json")));
    QVERIFY(profilesFile.open(QIODevice::ReadOnly));
    QVERIFY(!profilesFile.readAll().contains("s3cret"));
}

void TestProfileDialog::pastedUriFillsTheFields()
{
    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("App primary"));
    auto *host = field<QLineEdit>(dialog, "hostEdit");
    host->setFocus();
    host->insert(QStringLiteral("postgresql://dba:pa%20ss@db1.example.net:6432/app?sslmode=verify-full&connect_timeout=4"
                                "&target_session_attrs=read-write"));
    const ConnectionProfile p = dialog->profileFromFields();
    QCOMPARE(p.name, QStringLiteral("App primary")); // what the string does not name stays
    QCOMPARE(p.host, QStringLiteral("db1.example.net"));
    QCOMPARE(p.port, 6432);
    QCOMPARE(p.database, QStringLiteral("app"));
    QCOMPARE(p.user, QStringLiteral("dba"));
    QCOMPARE(p.sslMode, QStringLiteral("verify-full"));
    QCOMPARE(p.connectTimeoutSeconds, 4);
    QCOMPARE(field<QLineEdit>(dialog, "passwordEdit")->text(), QStringLiteral("pa ss"));
    QVERIFY(p.passwordStorage != PasswordStorage::None);
    auto *note = field<QLabel>(dialog, "testResultLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("target_session_attrs")), qPrintable(note->text()));
    delete dialog;
}

void TestProfileDialog::pastedKeyValueStringFillsTheFields()
{
    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    field<QLineEdit>(dialog, "hostEdit")->insert(QStringLiteral("host=/var/run/postgresql port=5433 dbname='my db' user=ops"));
    const ConnectionProfile p = dialog->profileFromFields();
    QCOMPARE(p.host, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(p.port, 5433);
    QCOMPARE(p.database, QStringLiteral("my db"));
    QCOMPARE(p.user, QStringLiteral("ops"));
    delete dialog;
}

void TestProfileDialog::typingAHostIsNotParsed()
{
    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("postgresql://db1"));
    QCOMPARE(field<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("postgresql://db1"));
    delete dialog;
}

// Where a write action starts (maintenance, a slot …): refused with a message on a read-only
// profile, let through on a writable one.
void TestProfileDialog::readOnlyProfileRefusesWriteActions()
{
    QWidget parent;
    ConnectionProfile p;
    p.name = QStringLiteral("Recovered");
    QVERIFY(!refusedAsReadOnly(&parent, p, QStringLiteral("Maintenance")));
    QVERIFY(!parent.findChild<QMessageBox *>(QStringLiteral("readOnlyRefusal")));
    p.readOnly = true;
    QVERIFY(refusedAsReadOnly(&parent, p, QStringLiteral("Maintenance")));
    auto *box = parent.findChild<QMessageBox *>(QStringLiteral("readOnlyRefusal"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Maintenance is refused")) && box->text().contains(QStringLiteral("Recovered")),
             qPrintable(box->text()));
    box->close();
    // The tree marks it: its own icon and tooltip.
    ProfileTreeModel model;
    model.setProfiles({p});
    QVERIFY(model.item(0)->toolTip().contains(QStringLiteral("Read-only")));
    QVERIFY(model.item(0)->font().italic());
}

void TestProfileDialog::emptyNameIsRejectedInline()
{
    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    QTest::keyClicks(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("db1"));
    QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(field<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY(m_app->profiles().profiles().isEmpty());
    delete dialog;
}

void TestProfileDialog::duplicateNameIsRejectedInline()
{
    ConnectionProfile existing;
    existing.name = QStringLiteral("Reporting");
    existing.host = QStringLiteral("report.example.com");
    QVERIFY(m_app->saveProfile(existing, {}).ok());

    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Reporting"));
    QTest::keyClicks(field<QLineEdit>(dialog, "hostEdit"), QStringLiteral("other.example.com"));
    QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);

    QVERIFY(dialog && dialog->isVisible());
    auto *error = field<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Reporting")), qPrintable(error->text()));

    ProfileStore fresh(m_dir->filePath(QStringLiteral("config/profiles.json")));
    QVERIFY(fresh.load().ok());
    QCOMPARE(fresh.profiles().size(), 1);
    QCOMPARE(fresh.profiles().first().host, QStringLiteral("report.example.com"));
    delete dialog;
}

void TestProfileDialog::fillClusterTarget(ProfileDialog *dialog, int portOffset)
{
    const ConnectionSpec spec = test::clusterSpec();
    QVERIFY2(!spec.keywords().isEmpty(), "the test cluster is not running");
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Test cluster"));
    QTest::keyClicks(field<QLineEdit>(dialog, "hostEdit"), spec.value(QStringLiteral("host")));
    field<QSpinBox>(dialog, "portSpin")->setValue(spec.value(QStringLiteral("port")).toInt() + portOffset);
    QTest::keyClicks(field<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("postgres"));
    QTest::keyClicks(field<QLineEdit>(dialog, "userEdit"), spec.value(QStringLiteral("user")));
    auto *storage = field<QComboBox>(dialog, "passwordStorageCombo");
    storage->setCurrentIndex(storage->findData(QStringLiteral("none")));
}

void TestProfileDialog::testConnectionShowsServerVersion()
{
    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    fillClusterTarget(dialog);
    auto *button = field<QPushButton>(dialog, "testButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // disabled while the job runs
    auto *result = field<QLabel>(dialog, "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("PostgreSQL 15")), 15000);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY(m_app->profiles().profiles().isEmpty()); // testing saves nothing
    if (const QString shots = qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/profiledialog.png"));
    delete dialog;
}

void TestProfileDialog::testConnectionShowsClassifiedError()
{
    QPointer<ProfileDialog> dialog = new ProfileDialog(m_app.get(), {}, ProfileDialog::Mode::New);
    dialog->show();
    fillClusterTarget(dialog, 1000); // nobody listens on the socket of that port
    auto *button = field<QPushButton>(dialog, "testButton");
    QTest::mouseClick(button, Qt::LeftButton);
    auto *result = field<QLabel>(dialog, "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
    QVERIFY2(result->text().contains(QStringLiteral("No PostgreSQL server is listening")), qPrintable(result->text()));
    delete dialog;
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
