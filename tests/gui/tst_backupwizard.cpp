// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupwizard.h"
#include "catalog/catalog.h"
#include "backup/scopepage.h"
#include "backup/scopetreemodel.h"
#include "backup/summarypage.h"
#include "jobs/job.h"
#include "shell/appcontext.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {
// Screenshots for a person to look at: only when PGSTEWARD_SCREENSHOT_DIR is set.
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

namespace {
const QString kPassword = QStringLiteral("wizard-s3cret-pw");

QStandardItem *findItem(const ScopeTreeModel *model, const QString &schema, const QString &table = {})
{
    for (int row = 0; row < model->rowCount(); ++row) {
        QStandardItem *item = model->item(row);
        if (item->text() != schema)
            continue;
        if (table.isEmpty())
            return item;
        for (int child = 0; child < item->rowCount(); ++child) {
            if (item->child(child)->text() == table)
                return item->child(child);
        }
    }
    return nullptr;
}
} // namespace

class TestBackupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scopeTreeMapsTicksToOptions();
    void backsUpWithChosenScope();
    void reopeningRestoresLastChoices();

private:
    BackupWizard *openWizard();
    void nextTo(BackupWizard *wizard, int pageId);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    ConnectionProfile m_profile;
    QString m_catalog;
};

void TestBackupWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_app = test::isolatedAppContext(m_dir);
    QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
    const ConnectionSpec spec = test::clusterSpec();
    ConnectionProfile p;
    p.name = QStringLiteral("Wizard \"test\" cluster");
    p.host = spec.value(QStringLiteral("host"));
    p.port = spec.value(QStringLiteral("port")).toInt();
    p.user = spec.value(QStringLiteral("user"));
    p.database = QStringLiteral("postgres");
    // A password in the spec (the test cluster trusts us, so it is never checked): the summary
    // must not show it anywhere.
    p.passwordStorage = PasswordStorage::Ask;
    auto saved = m_app->saveProfile(p, kPassword);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    m_profile = saved.value();
    m_catalog = m_dir.filePath(QStringLiteral("my catalog"));
}

BackupWizard *TestBackupWizard::openWizard()
{
    auto *wizard = new BackupWizard(m_app.get(), m_profile, test::demoDatabase());
    wizard->show();
    if (!QTest::qWaitFor([wizard] { return !wizard->isLoadingInventory(); }, 30000))
        qWarning("the inventory did not load");
    return wizard;
}

void TestBackupWizard::nextTo(BackupWizard *wizard, int pageId)
{
    for (int guard = 0; guard < 6 && wizard->currentId() != pageId; ++guard) {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        if (!QTest::qWaitFor([next] { return next->isEnabled(); }, 30000))
            break;
        next->click();
    }
}

void TestBackupWizard::scopeTreeMapsTicksToOptions()
{
    ScopeTreeModel model;
    model.setTables({{QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("r"), 1000},
                     {QStringLiteral("app"), QStringLiteral("Audit Log"), QStringLiteral("r"), 500},
                     {QStringLiteral("public"), QString(), QString(), 0},
                     {QStringLiteral("stage"), QStringLiteral("raw"), QStringLiteral("r"), 200}});
    QCOMPARE(model.tickedBytes(), 1700);
    BackupOptions all;
    model.storeChoices(all, false);
    QVERIFY(all.schemas.isEmpty() && all.excludeTables.isEmpty() && all.tables.isEmpty());

    findItem(&model, QStringLiteral("app"), QStringLiteral("Audit Log"))->setCheckState(Qt::Unchecked);
    QCOMPARE(findItem(&model, QStringLiteral("app"))->checkState(), Qt::PartiallyChecked);
    BackupOptions excluded;
    model.storeChoices(excluded, false);
    QCOMPARE(excluded.excludeTables, QStringList{QStringLiteral("app.\"Audit Log\"")});
    QVERIFY(excluded.schemas.isEmpty());

    findItem(&model, QStringLiteral("stage"))->setCheckState(Qt::Unchecked); // a whole schema: -n for the rest
    QCOMPARE(findItem(&model, QStringLiteral("stage"), QStringLiteral("raw"))->checkState(), Qt::Unchecked);
    BackupOptions schemas;
    model.storeChoices(schemas, false);
    QCOMPARE(schemas.schemas, (QStringList{QStringLiteral("app"), QStringLiteral("public")}));
    QCOMPARE(schemas.excludeTables, QStringList{QStringLiteral("app.\"Audit Log\"")});
    QCOMPARE(model.tickedBytes(), 1000);

    BackupOptions tablesOnly;
    model.storeChoices(tablesOnly, true);
    QCOMPARE(tablesOnly.tables, QStringList{QStringLiteral("app.orders")});
    QVERIFY(tablesOnly.schemas.isEmpty() && tablesOnly.excludeTables.isEmpty());

    // And back: the same ticks from the options.
    ScopeTreeModel restored;
    restored.setTables({{QStringLiteral("app"), QStringLiteral("orders"), QStringLiteral("r"), 1000},
                        {QStringLiteral("app"), QStringLiteral("Audit Log"), QStringLiteral("r"), 500},
                        {QStringLiteral("public"), QString(), QString(), 0},
                        {QStringLiteral("stage"), QStringLiteral("raw"), QStringLiteral("r"), 200}});
    restored.applyChoices(schemas);
    BackupOptions again;
    restored.storeChoices(again, false);
    QCOMPARE(again.schemas, schemas.schemas);
    QCOMPARE(again.excludeTables, schemas.excludeTables);
}

void TestBackupWizard::backsUpWithChosenScope()
{
    QPointer<BackupWizard> wizard = openWizard();
    QVERIFY2(wizard->inventoryReady(), qPrintable(wizard->inventoryError()));
    QSignalSpy started(wizard.data(), &BackupWizard::backupStarted);
    QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("databaseCombo"))->currentText(), test::demoDatabase());
    snap(wizard, QStringLiteral("wizard-1-source"));

    nextTo(wizard, BackupWizard::FormatPageId);
    snap(wizard, QStringLiteral("wizard-2-format"));
    QCOMPARE(wizard->currentId(), int(BackupWizard::FormatPageId));
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("customRadio"))->isChecked());
    auto *methods = wizard->findChild<QComboBox *>(QStringLiteral("methodCombo"));
    QVERIFY(methods->findData(QStringLiteral("gzip")) >= 0);
    QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("jobsSpin"))->isEnabled());
    wizard->findChild<QRadioButton *>(QStringLiteral("directoryRadio"))->click();
    QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("jobsSpin"))->isEnabled());
    wizard->findChild<QRadioButton *>(QStringLiteral("customRadio"))->click();

    nextTo(wizard, BackupWizard::ScopePageId);
    auto *scope = qobject_cast<ScopePage *>(wizard->page(BackupWizard::ScopePageId));
    QTRY_VERIFY_WITH_TIMEOUT(!scope->isLoading() && scope->treeModel()->rowCount() > 0, 30000);
    QStandardItem *audit = findItem(scope->treeModel(), QStringLiteral("ticketing"), QStringLiteral("audit_log"));
    QStandardItem *publicSchema = findItem(scope->treeModel(), QStringLiteral("public"));
    QVERIFY(audit && publicSchema);
    QVERIFY(audit->parent()->rowCount() > 5);
    QVERIFY(scope->estimatedBytes() > 0);
    const qint64 before = scope->estimatedBytes();
    audit->setCheckState(Qt::Unchecked);
    publicSchema->setCheckState(Qt::Unchecked);
    QCOMPARE(audit->parent()->checkState(), Qt::PartiallyChecked);
    QVERIFY(scope->estimatedBytes() < before);
    snap(wizard, QStringLiteral("wizard-3-scope"));

    nextTo(wizard, BackupWizard::OptionsPageId);
    QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("rowCountsCheck"))->isChecked());
    QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("cleanCheck"))->isEnabled()); // custom format
    snap(wizard, QStringLiteral("wizard-4-options"));

    nextTo(wizard, BackupWizard::SummaryPageId);
    QCOMPARE(wizard->currentId(), int(BackupWizard::SummaryPageId));
    auto *catalogEdit = wizard->findChild<QLineEdit *>(QStringLiteral("catalogEdit"));
    QVERIFY2(catalogEdit->text().endsWith(QStringLiteral("/backups/wizard-test-cluster")), qPrintable(catalogEdit->text()));
    catalogEdit->setText(m_catalog);
    const QString commands = wizard->findChild<QPlainTextEdit *>(QStringLiteral("commandEdit"))->toPlainText();
    QVERIFY2(commands.contains(QStringLiteral("--schema=ticketing")), qPrintable(commands));
    QVERIFY2(commands.contains(QStringLiteral("--exclude-table=ticketing.audit_log")), qPrintable(commands));
    QVERIFY2(!commands.contains(QStringLiteral("--schema=public")), qPrintable(commands));
    QVERIFY2(commands.contains(QStringLiteral("--format=c")), qPrintable(commands));
    QVERIFY2(commands.contains(QStringLiteral("export PGPORT=")), qPrintable(commands));
    QVERIFY2(!commands.contains(kPassword), "the password is shown");
    QVERIFY(!commands.contains(QStringLiteral("PGPASSWORD")));
    snap(wizard, QStringLiteral("wizard-5-summary"));

    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(started.count(), 1);
    QPointer<Job> job = started.first().first().value<Job *>();
    QVERIFY(job);
    QCOMPARE(job->title(), QStringLiteral("Back up pgsteward_demo on Wizard \"test\" cluster"));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 180000);
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().message + QLatin1Char('\n') + job->error().detail));
    for (const QString &line : job->log())
        QVERIFY2(!line.contains(kPassword), "the password is in the job log");

    const QList<CatalogEntry> entries = BackupCatalog(m_catalog).list();
    QCOMPARE(entries.size(), 1);
    const BackupManifest &m = entries.first().manifest;
    QCOMPARE(toString(m.status), QStringLiteral("complete"));
    QVERIFY(m.isGood());
    QCOMPARE(m.database, test::demoDatabase());
    QCOMPARE(m.profileId, m_profile.id);
    QCOMPARE(toString(m.options.format), QStringLiteral("custom"));
    QCOMPARE(m.options.schemas, QStringList{QStringLiteral("ticketing")});
    QCOMPARE(m.options.excludeTables, QStringList{QStringLiteral("ticketing.audit_log")});
    QVERIFY(m.options.recordRowCounts);
    QVERIFY2(m.rowCounts.contains(QStringLiteral("ticketing.orders")), qPrintable(m.rowCounts.keys().join(u',')));
    QVERIFY(m.rowCounts.value(QStringLiteral("ticketing.orders")) > 0);
    QVERIFY(!m.rowCounts.contains(QStringLiteral("ticketing.audit_log")));
}

void TestBackupWizard::reopeningRestoresLastChoices()
{
    QPointer<BackupWizard> wizard = openWizard();
    QVERIFY(wizard->inventoryReady());
    nextTo(wizard, BackupWizard::ScopePageId);
    auto *scope = qobject_cast<ScopePage *>(wizard->page(BackupWizard::ScopePageId));
    QTRY_VERIFY_WITH_TIMEOUT(!scope->isLoading() && scope->treeModel()->rowCount() > 0, 30000);
    QCOMPARE(findItem(scope->treeModel(), QStringLiteral("ticketing"), QStringLiteral("audit_log"))->checkState(),
             Qt::Unchecked);
    QCOMPARE(findItem(scope->treeModel(), QStringLiteral("public"))->checkState(), Qt::Unchecked);
    QCOMPARE(findItem(scope->treeModel(), QStringLiteral("ticketing"), QStringLiteral("orders"))->checkState(),
             Qt::Checked);
    nextTo(wizard, BackupWizard::SummaryPageId);
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("catalogEdit"))->text(), m_catalog);
    const BackupOptions options = wizard->options();
    QCOMPARE(options.excludeTables, QStringList{QStringLiteral("ticketing.audit_log")});
    QVERIFY(options.recordRowCounts);
    QVERIFY(m_app->settings()
                .value(QStringLiteral("backupWizard/%1/%2/options").arg(m_profile.id, test::demoDatabase()))
                .isValid());
    wizard->reject();
}

QTEST_MAIN(TestBackupWizard)
#include "tst_backupwizard.moc"
