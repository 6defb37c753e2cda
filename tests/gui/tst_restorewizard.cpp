// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupjob.h"
#include "backup/backupsettings.h"
#include "jobs/job.h"
#include "pg/connection.h"
#include "pg/queryresult.h"
#include "restore/restorecontentspage.h"
#include "restore/restoreglobalspage.h"
#include "restore/restoreresultdialog.h"
#include "restore/restoresourcepage.h"
#include "restore/restoresummarypage.h"
#include "restore/restoretargetpage.h"
#include "restore/restorewizard.h"
#include "restore/toctreemodel.h"
#include "shell/appcontext.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace pgs;

namespace {
const QString kPassword = QStringLiteral("restore-s3cret-pw");

// Screenshots for a person to look at: only when PGSTEWARD_SCREENSHOT_DIR is set.
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

QStandardItem *childNamed(QStandardItem *parent, const QString &text)
{
    for (int row = 0; row < parent->rowCount(); ++row) {
        if (parent->child(row)->text() == text)
            return parent->child(row);
    }
    return nullptr;
}
} // namespace

class TestRestoreWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoresOneTableIntoNewDatabase();
    void existingDatabaseNeedsTypedNameAndProductionGuard();
    void damagedBackupIsRefused();
    void globalsPageCreatesTheMissingRoles();
    void globalsOnlyBackupRestoresTheChosenRoles();
    void globalsOnProductionNeedTheTypedName();
    void cleanupTestCase();

private:
    RestoreWizard *openWizard(const ConnectionProfile &profile);
    bool nextTo(RestoreWizard *wizard, int pageId);
    ConnectionProfile makeProfile(const QString &name, bool production, const QString &catalog = {});
    bool dropTestRoles();
    // A globals-only backup of the cluster taken while role existed (created with attributes),
    // the role dropped afterwards; false when any step failed.
    bool globalsOnlyBackupWithout(const QString &role, const QString &attributes, const ConnectionProfile &profile,
                                  const QString &catalog);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    ConnectionProfile m_profile;
    ConnectionProfile m_production;
    QString m_catalog;
    BackupOutcome m_backup;
    QStringList m_testRoles; // created on the shared cluster by this run: dropped at the end
};

ConnectionProfile TestRestoreWizard::makeProfile(const QString &name, bool production, const QString &catalog)
{
    const ConnectionSpec spec = test::clusterSpec();
    ConnectionProfile p;
    p.name = name;
    p.host = spec.value(QStringLiteral("host"));
    p.port = spec.value(QStringLiteral("port")).toInt();
    p.user = spec.value(QStringLiteral("user"));
    p.database = QStringLiteral("postgres");
    p.production = production;
    // A password in the spec (the test cluster trusts us, so it is never checked): it must not
    // show up in the summary or the job log.
    p.passwordStorage = PasswordStorage::Ask;
    auto saved = m_app->saveProfile(p, kPassword);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().message));
    backupsettings::setCatalogDirectory(m_app->settings(), saved.value().id, catalog.isEmpty() ? m_catalog : catalog);
    return saved.value();
}

void TestRestoreWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_app = test::isolatedAppContext(m_dir);
    QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
    m_catalog = m_dir.filePath(QStringLiteral("catalog"));
    m_profile = makeProfile(QStringLiteral("Restore test"), false);
    m_production = makeProfile(QStringLiteral("Restore prod"), true);

    // A real backup of the demo database, with row counts, in the profiles' catalog.
    BackupRequest request;
    request.spec = test::clusterSpec();
    request.profileId = m_profile.id;
    request.profileName = m_profile.name;
    request.catalogDir = m_catalog;
    request.options.source = BackupOptions::Source::Database;
    request.options.database = test::demoDatabase();
    request.options.format = DumpFormat::Custom;
    request.options.recordRowCounts = true;
    JobContext ctx;
    auto outcome = runBackup(ctx, request);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message + u'\n' + outcome.error().detail));
    m_backup = outcome.value();
    QVERIFY(m_backup.manifest.rowCounts.value(QStringLiteral("ticketing.orders")) > 0);
}

RestoreWizard *TestRestoreWizard::openWizard(const ConnectionProfile &profile)
{
    auto *wizard = new RestoreWizard(m_app.get(), profile);
    wizard->show();
    auto *source = qobject_cast<RestoreSourcePage *>(wizard->page(RestoreWizard::SourcePageId));
    if (!QTest::qWaitFor([wizard, source] { return !wizard->isResolving() && !source->isListing(); }, 30000))
        qWarning("the catalog did not load");
    return wizard;
}

bool TestRestoreWizard::nextTo(RestoreWizard *wizard, int pageId)
{
    for (int guard = 0; guard < 6 && wizard->currentId() != pageId; ++guard) {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        const int before = wizard->currentId();
        if (!QTest::qWaitFor([next] { return next->isEnabled(); }, 60000))
            return false;
        next->click();
        // The source page moves on by itself once its job has opened the backup.
        if (!QTest::qWaitFor([wizard, before] { return wizard->currentId() != before; }, 120000))
            return false;
    }
    return wizard->currentId() == pageId;
}

void TestRestoreWizard::restoresOneTableIntoNewDatabase()
{
    QPointer<RestoreWizard> wizard = openWizard(m_profile);
    QVERIFY2(wizard->spec().has_value(), qPrintable(wizard->specError()));
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("backupsList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->currentItem()->text(0), test::demoDatabase());
    QVERIFY(!list->currentItem()->text(3).isEmpty()); // size
    auto *sourcePage = qobject_cast<RestoreSourcePage *>(wizard->page(RestoreWizard::SourcePageId));
    QCOMPARE(QDir::cleanPath(sourcePage->currentPath()), QDir::cleanPath(m_backup.folder));
    snap(wizard, QStringLiteral("restore-1-source"));

    // Contents: the archive's table of contents as schema → group → entry.
    QVERIFY(nextTo(wizard, RestoreWizard::ContentsPageId));
    QVERIFY(wizard->hasSource() && wizard->source().manifest.has_value());
    auto *contents = qobject_cast<RestoreContentsPage *>(wizard->page(RestoreWizard::ContentsPageId));
    TocTreeModel *model = contents->treeModel();
    QStandardItem *ticketing = nullptr;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row)->text() == QLatin1String("ticketing"))
            ticketing = model->item(row);
    }
    QVERIFY(ticketing);
    QStandardItem *tables = childNamed(ticketing, QStringLiteral("Tables"));
    QVERIFY(tables);
    for (const QString &table : {QStringLiteral("orders"), QStringLiteral("customers"), QStringLiteral("tickets")})
        QVERIFY2(childNamed(tables, table), qPrintable(table));
    QVERIFY(childNamed(ticketing, QStringLiteral("Indexes")) && childNamed(ticketing, QStringLiteral("Data")));
    QCOMPARE(model->selectedCount(), model->entryCount());
    QVERIFY(contents->summaryText().startsWith(QStringLiteral("%1 of %1 entries selected").arg(model->entryCount())));
    snap(wizard, QStringLiteral("restore-2-contents"));

    // Search: only names containing "orders" (with their schema and group) stay visible.
    contents->setSearchText(QStringLiteral("orders"));
    QSortFilterProxyModel *filter = contents->filterModel();
    QVERIFY(filter->rowCount() >= 1);
    int visibleEntries = 0;
    for (int s = 0; s < filter->rowCount(); ++s) {
        const QModelIndex schema = filter->index(s, 0);
        for (int g = 0; g < filter->rowCount(schema); ++g) {
            const QModelIndex group = filter->index(g, 0, schema);
            for (int e = 0; e < filter->rowCount(group); ++e) {
                QVERIFY2(filter->index(e, 0, group).data().toString().contains(QStringLiteral("orders")),
                         qPrintable(filter->index(e, 0, group).data().toString()));
                ++visibleEntries;
            }
        }
    }
    QVERIFY(visibleEntries >= 3); // the table, its data, its indexes/constraints

    // Untick everything, then "Select table with its data, indexes and constraints" on ticketing.orders.
    wizard->findChild<QPushButton *>(QStringLiteral("selectNoneButton"))->click();
    QCOMPARE(model->selectedCount(), 0);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    int ordersId = 0;
    for (const TocEntry &entry : wizard->tableOfContents().entries) {
        if (entry.type == QLatin1String("TABLE") && entry.schema == QLatin1String("ticketing")
            && entry.name == QLatin1String("orders"))
            ordersId = entry.id;
    }
    QVERIFY(ordersId > 0);
    auto *tree = wizard->findChild<QTreeView *>(QStringLiteral("contentsTree"));
    tree->setCurrentIndex(filter->mapFromSource(model->entryItem(ordersId)->index()));
    auto *selectTable = wizard->findChild<QPushButton *>(QStringLiteral("selectTableButton"));
    QVERIFY(selectTable->isEnabled());
    selectTable->click();
    const QSet<int> expected = entriesForTable(wizard->tableOfContents(), QStringLiteral("ticketing.orders"));
    QCOMPARE(model->selectedEntries(), expected);
    QVERIFY(contents->summaryText().startsWith(
        QStringLiteral("%1 of %2 entries selected").arg(expected.size()).arg(model->entryCount())));
    QCOMPARE(model->entryItem(ordersId)->parent()->parent()->checkState(), Qt::PartiallyChecked);
    snap(wizard, QStringLiteral("restore-2b-contents-orders"));

    // Target: a new database, the suggested name made unique for this run.
    QVERIFY(nextTo(wizard, RestoreWizard::TargetPageId));
    auto *target = qobject_cast<RestoreTargetPage *>(wizard->page(RestoreWizard::TargetPageId));
    auto *nameEdit = wizard->findChild<QLineEdit *>(QStringLiteral("newNameEdit"));
    const QString suggested = suggestedRestoreName(test::demoDatabase(), QDate::currentDate());
    QCOMPARE(nameEdit->text(), suggested);
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("newRadio"))->isChecked());
    const QString database = suggested + QStringLiteral("_gui%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    nameEdit->setText(database);
    QTRY_VERIFY_WITH_TIMEOUT(!target->isChecking() && target->plan().has_value(), 30000);
    QVERIFY(!target->plan()->targetExists);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    snap(wizard, QStringLiteral("restore-3-target-new"));

    // Options: single transaction is not possible with parallel jobs.
    QVERIFY(nextTo(wizard, RestoreWizard::OptionsPageId));
    auto *jobs = wizard->findChild<QSpinBox *>(QStringLiteral("jobsSpin"));
    auto *single = wizard->findChild<QCheckBox *>(QStringLiteral("singleTransactionCheck"));
    QVERIFY(jobs->isEnabled());
    jobs->setValue(2);
    QVERIFY(!single->isEnabled());
    jobs->setValue(1);
    QVERIFY(single->isEnabled());
    QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("exitOnErrorCheck"))->isChecked());
    QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("disableTriggersCheck"))->isEnabled());
    snap(wizard, QStringLiteral("restore-4-options"));

    // Summary: plain words and the command, never the password.
    QVERIFY(nextTo(wizard, RestoreWizard::SummaryPageId));
    auto *summaryPage = qobject_cast<RestoreSummaryPage *>(wizard->page(RestoreWizard::SummaryPageId));
    const QString summary = summaryPage->summaryText();
    QVERIFY2(summary.contains(database), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 of %2 entries").arg(expected.size()).arg(model->entryCount())),
             qPrintable(summary));
    const QString commands = summaryPage->commandText();
    QVERIFY2(commands.contains(QStringLiteral("pg_restore")) && commands.contains(QStringLiteral("--use-list")),
             qPrintable(commands));
    // The database goes in as a conninfo ("dbname='x'"), exactly as the job passes it.
    QVERIFY2(commands.contains(QStringLiteral("--dbname=dbname=")) && commands.contains(database), qPrintable(commands));
    QVERIFY(!commands.contains(kPassword) && !commands.contains(QStringLiteral("PGPASSWORD")));
    snap(wizard, QStringLiteral("restore-5-summary"));

    QSignalSpy started(wizard.data(), &RestoreWizard::restoreStarted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(started.count(), 1);
    QPointer<Job> job = started.first().at(0).value<Job *>();
    QPointer<RestoreResultDialog> dialog = started.first().at(1).value<RestoreResultDialog *>();
    QVERIFY(job && dialog);
    QCOMPARE(job->title(), QStringLiteral("Restore %1 into %2").arg(QFileInfo(m_backup.folder).fileName(), database));
    snap(dialog, QStringLiteral("restore-6-running"));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 240000);
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().message + u'\n' + job->error().detail));
    for (const QString &line : job->log())
        QVERIFY2(!line.contains(kPassword), "the password is in the job log");

    // The new database holds ticketing.orders with its rows and indexes, and nothing else of ticketing.
    auto conn = pg::Connection::open(test::clusterSpec(database));
    QVERIFY2(conn.ok(), conn.ok() ? "" : qPrintable(conn.error().message));
    auto rows = conn.value()->exec(QStringLiteral("SELECT count(*) AS n FROM ticketing.orders"));
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
    const qint64 recorded = m_backup.manifest.rowCounts.value(QStringLiteral("ticketing.orders"));
    QCOMPARE(rows->toInt64(0, "n"), recorded);
    auto indexes = conn.value()->exec(
        QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'ticketing' AND tablename = 'orders'"));
    QVERIFY(indexes.ok());
    QStringList indexNames;
    for (int row = 0; row < indexes->rows(); ++row)
        indexNames << indexes->text(row, "indexname");
    for (const QString &index : {QStringLiteral("orders_pkey"), QStringLiteral("orders_event_id_idx"),
                                 QStringLiteral("orders_customer_id_idx")})
        QVERIFY2(indexNames.contains(index), qPrintable(indexNames.join(u',')));
    auto others = conn.value()->exec(QStringLiteral(
        "SELECT string_agg(tablename, ',') AS t FROM pg_tables WHERE schemaname = 'ticketing' AND tablename <> 'orders'"));
    QVERIFY(others.ok());
    QVERIFY2(others->isNull(0, 0), qPrintable(others->text(0, "t")));
    conn.value().reset();

    // The result view compares restored and recorded rows.
    QTRY_VERIFY(dialog->rowsTable()->rowCount() > 0);
    QTableWidget *compare = dialog->rowsTable();
    bool ordersCompared = false;
    for (int row = 0; row < compare->rowCount(); ++row) {
        if (compare->item(row, 0)->text() == QLatin1String("ticketing.orders")) {
            ordersCompared = true;
            QCOMPARE(compare->item(row, 1)->data(Qt::UserRole).toLongLong(), recorded);
            QCOMPARE(compare->item(row, 2)->data(Qt::UserRole).toLongLong(), recorded);
        }
    }
    QVERIFY(ordersCompared);
    QVERIFY2(dialog->stateText().contains(QStringLiteral("#2e7d32")), qPrintable(dialog->stateText()));
    snap(dialog, QStringLiteral("restore-7-result"));
    dialog->close();
    QVERIFY(test::dropScratchDatabase(database));
}

void TestRestoreWizard::existingDatabaseNeedsTypedNameAndProductionGuard()
{
    for (const ConnectionProfile &profile : {m_profile, m_production}) {
        QPointer<RestoreWizard> wizard = openWizard(profile);
        QVERIFY(nextTo(wizard, RestoreWizard::TargetPageId));
        auto *target = qobject_cast<RestoreTargetPage *>(wizard->page(RestoreWizard::TargetPageId));
        auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("existingCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(test::demoDatabase()) >= 0, 30000);
        wizard->findChild<QRadioButton *>(QStringLiteral("existingRadio"))->click();
        combo->setCurrentIndex(combo->findText(test::demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(!target->isChecking() && target->plan().has_value(), 30000);
        QVERIFY(target->plan()->targetExists);
        QVERIFY(target->plan()->targetTableCount > 0);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        auto *lift = wizard->findChild<QCheckBox *>(QStringLiteral("liftGuardCheck"));
        auto *clean = wizard->findChild<QCheckBox *>(QStringLiteral("cleanCheck"));
        QVERIFY(confirm->isVisible());
        QVERIFY(!next->isEnabled());

        QVERIFY(clean->isVisible());
        clean->setChecked(true);
        auto *drops = wizard->findChild<QPlainTextEdit *>(QStringLiteral("dropList"));
        QVERIFY(drops->isVisible());
        QVERIFY2(drops->toPlainText().contains(QStringLiteral("ticketing.orders")), qPrintable(drops->toPlainText()));

        QTest::keyClicks(confirm, test::demoDatabase().chopped(1));
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(confirm, test::demoDatabase().right(1) + QStringLiteral(" "));
        QVERIFY(!next->isEnabled()); // exact match only
        QTest::keyClick(confirm, Qt::Key_Backspace);
        QCOMPARE(confirm->text(), test::demoDatabase());
        if (profile.production) {
            QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("productionLabel"))->isVisible());
            QVERIFY(lift->isVisible());
            QVERIFY(!next->isEnabled()); // the typed name is not enough on production
            snap(wizard, QStringLiteral("restore-3c-target-production"));
            lift->setChecked(true);
            QVERIFY(next->isEnabled());
            snap(wizard, QStringLiteral("restore-3d-target-production-lifted"));
        } else {
            QVERIFY(!lift->isVisible());
            QVERIFY(next->isEnabled());
            snap(wizard, QStringLiteral("restore-3b-target-existing"));
        }
        const RestoreRequest request = wizard->request();
        QCOMPARE(request.options.target, RestoreOptions::Target::ExistingDatabase);
        QCOMPARE(request.options.confirmName, test::demoDatabase());
        QVERIFY(request.options.clean);
        QCOMPARE(request.options.liftProductionGuard, profile.production);
        QCOMPARE(request.productionProfile, profile.production);
        wizard->reject(); // nothing is restored into the demo database
    }
}

void TestRestoreWizard::damagedBackupIsRefused()
{
    // A copy of the good backup with one byte of the dump flipped: the checksums no longer match.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged/") + QFileInfo(m_backup.folder).fileName());
    QVERIFY(copyTree(m_backup.folder, damaged));
    QFile dump(QDir(damaged).filePath(m_backup.manifest.dumpName));
    QVERIFY(dump.open(QIODevice::ReadWrite));
    QVERIFY(dump.size() > 1000);
    dump.seek(dump.size() / 2);
    char byte = 0;
    QVERIFY(dump.getChar(&byte));
    dump.seek(dump.size() / 2);
    QVERIFY(dump.putChar(char(byte ^ 0x5a)));
    dump.close();

    QPointer<RestoreWizard> wizard = openWizard(m_profile);
    auto *source = qobject_cast<RestoreSourcePage *>(wizard->page(RestoreWizard::SourcePageId));
    wizard->findChild<QRadioButton *>(QStringLiteral("fileRadio"))->click();
    wizard->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(damaged);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QSignalSpy opened(source, &RestoreSourcePage::openFinished);
    next->click();
    QVERIFY(!next->isEnabled()); // while the job verifies
    QVERIFY(opened.wait(60000));
    QCOMPARE(opened.first().first().toBool(), false);
    QCOMPARE(wizard->currentId(), int(RestoreWizard::SourcePageId));
    QVERIFY(!wizard->hasSource());
    QVERIFY(!next->isEnabled());
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(m_backup.manifest.dumpName), qPrintable(status));
    auto *problems = wizard->findChild<QPlainTextEdit *>(QStringLiteral("problemsEdit"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->toPlainText().contains(m_backup.manifest.dumpName), qPrintable(problems->toPlainText()));
    snap(wizard, QStringLiteral("restore-1b-source-damaged"));

    // The good backup from the catalog is still fine.
    wizard->findChild<QRadioButton *>(QStringLiteral("catalogRadio"))->click();
    QVERIFY(next->isEnabled());
    wizard->reject();
}

bool TestRestoreWizard::globalsOnlyBackupWithout(const QString &role, const QString &attributes,
                                                 const ConnectionProfile &profile, const QString &catalog)
{
    m_testRoles << role;
    auto conn = pg::Connection::open(test::clusterSpec());
    if (!conn || !(*conn)->exec(QStringLiteral("CREATE ROLE %1 %2").arg((*conn)->quoteIdentifier(role), attributes)).ok())
        return false;
    BackupRequest request;
    request.spec = test::clusterSpec();
    request.profileId = profile.id;
    request.profileName = profile.name;
    request.catalogDir = catalog;
    request.options.source = BackupOptions::Source::GlobalsOnly;
    JobContext ctx;
    auto backup = runBackup(ctx, request);
    if (!backup) {
        qWarning("%s", qPrintable(backup.error().message + u'\n' + backup.error().detail));
        return false;
    }
    return (*conn)->exec(QStringLiteral("DROP ROLE ") + (*conn)->quoteIdentifier(role)).ok();
}

bool TestRestoreWizard::dropTestRoles()
{
    auto conn = pg::Connection::open(test::clusterSpec());
    if (!conn)
        return false;
    bool dropped = true;
    // Members first: DROP ROLE refuses nothing here (the roles own no objects).
    for (auto it = m_testRoles.crbegin(); it != m_testRoles.crend(); ++it)
        dropped = (*conn)->exec(QStringLiteral("DROP ROLE IF EXISTS ") + (*conn)->quoteIdentifier(*it)).ok() && dropped;
    return dropped;
}

void TestRestoreWizard::cleanupTestCase()
{
    QVERIFY(dropTestRoles());
}

// A backup with its globals: one of its roles is gone from the server since (it is listed ticked
// and created before the restore), the other is still there (listed as existing, not ticked).
void TestRestoreWizard::globalsPageCreatesTheMissingRoles()
{
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    const QString keptRole = QStringLiteral("pgs_gui_kept_") + suffix;
    const QString goneRole = QStringLiteral("pgs gui Gone ") + suffix; // needs quoting
    const QString rolePassword = QStringLiteral("globals-pw-") + suffix;
    m_testRoles << keptRole << goneRole;
    {
        auto conn = pg::Connection::open(test::clusterSpec());
        QVERIFY2(conn.ok(), conn.ok() ? "" : qPrintable(conn.error().message));
        pg::Connection &c = **conn;
        for (const QString &statement :
             {QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(c.quoteIdentifier(keptRole)),
              QStringLiteral("CREATE ROLE %1 LOGIN CREATEDB CONNECTION LIMIT 4 PASSWORD %2")
                  .arg(c.quoteIdentifier(goneRole), c.quoteLiteral(rolePassword)),
              QStringLiteral("GRANT %1 TO %2").arg(c.quoteIdentifier(keptRole), c.quoteIdentifier(goneRole))}) {
            auto ran = c.exec(statement);
            QVERIFY2(ran.ok(), ran.ok() ? "" : qPrintable(ran.error().message));
        }
    }
    const QString catalog = m_dir.filePath(QStringLiteral("globals-catalog"));
    const ConnectionProfile profile = makeProfile(QStringLiteral("Restore globals"), false, catalog);
    BackupRequest request;
    request.spec = test::clusterSpec();
    request.profileId = profile.id;
    request.profileName = profile.name;
    request.catalogDir = catalog;
    request.options.source = BackupOptions::Source::Database;
    request.options.database = test::demoDatabase();
    request.options.format = DumpFormat::Custom;
    request.options.withGlobals = true;
    JobContext ctx;
    auto backup = runBackup(ctx, request);
    QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message + u'\n' + backup.error().detail));
    {
        auto conn = pg::Connection::open(test::clusterSpec());
        QVERIFY(conn.ok());
        QVERIFY((*conn)->exec(QStringLiteral("DROP ROLE ") + (*conn)->quoteIdentifier(goneRole)).ok());
    }

    QPointer<RestoreWizard> wizard = openWizard(profile);
    QVERIFY2(wizard->spec().has_value(), qPrintable(wizard->specError()));
    QVERIFY(nextTo(wizard, RestoreWizard::TargetPageId));
    QVERIFY(!wizard->source().globalsPath.isEmpty());
    auto *target = qobject_cast<RestoreTargetPage *>(wizard->page(RestoreWizard::TargetPageId));
    const QString database = suggestedRestoreName(test::demoDatabase(), QDate::currentDate()) + QStringLiteral("_glob") + suffix;
    wizard->findChild<QLineEdit *>(QStringLiteral("newNameEdit"))->setText(database);
    QTRY_VERIFY_WITH_TIMEOUT(!target->isChecking() && target->plan().has_value(), 30000);

    QVERIFY(nextTo(wizard, RestoreWizard::GlobalsPageId));
    auto *page = qobject_cast<RestoreGlobalsPage *>(wizard->page(RestoreWizard::GlobalsPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTreeWidgetItem *gone = page->treeItem(GlobalsItem::Kind::Role, goneRole);
    QTreeWidgetItem *kept = page->treeItem(GlobalsItem::Kind::Role, keptRole);
    QTreeWidgetItem *membership = page->treeItem(GlobalsItem::Kind::Membership, goneRole);
    QVERIFY(gone && kept && membership);
    QCOMPARE(gone->checkState(0), Qt::Checked);
    QCOMPARE(gone->text(2), QStringLiteral("missing"));
    QVERIFY2(gone->text(1).contains(QStringLiteral("LOGIN")) && gone->text(1).contains(QStringLiteral("CREATEDB"))
                 && gone->text(1).contains(QStringLiteral("password set")),
             qPrintable(gone->text(1)));
    QCOMPARE(kept->checkState(0), Qt::Unchecked);
    QCOMPARE(kept->text(2), QStringLiteral("exists"));
    QVERIFY(!(kept->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(membership->checkState(0), Qt::Checked);
    QCOMPARE(membership->text(1), QStringLiteral("member of %1").arg(keptRole));
    // Other tests share the cluster: their roles, missing by now, are not created by this one.
    auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("globalsTree"));
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        for (int row = 0; row < tree->topLevelItem(top)->childCount(); ++row) {
            QTreeWidgetItem *item = tree->topLevelItem(top)->child(row);
            QVERIFY2(!item->text(1).contains(QStringLiteral("SCRAM")), qPrintable(item->text(1)));
            if (item != gone && item != membership)
                item->setCheckState(0, Qt::Unchecked);
        }
    }
    QCOMPARE(page->steps().size(), 3); // CREATE ROLE, ALTER ROLE ... PASSWORD, GRANT
    snap(wizard, QStringLiteral("restore-3e-globals"));

    QVERIFY(nextTo(wizard, RestoreWizard::OptionsPageId));
    wizard->findChild<QRadioButton *>(QStringLiteral("schemaOnlyRadio"))->setChecked(true);
    QVERIFY(nextTo(wizard, RestoreWizard::SummaryPageId));
    auto *summaryPage = qobject_cast<RestoreSummaryPage *>(wizard->page(RestoreWizard::SummaryPageId));
    const QString summary = summaryPage->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("role %1").arg(goneRole))
                 && summary.contains(QStringLiteral("membership of %1 in %2").arg(goneRole, keptRole))
                 && !summary.contains(QStringLiteral("role %1,").arg(keptRole)),
             qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("SCRAM")) && !summaryPage->commandText().contains(QStringLiteral("SCRAM")));

    QSignalSpy started(wizard.data(), &RestoreWizard::restoreStarted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(started.count(), 1);
    QPointer<Job> job = started.first().at(0).value<Job *>();
    QPointer<RestoreResultDialog> dialog = started.first().at(1).value<RestoreResultDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 240000);
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().message + u'\n' + job->error().detail));
    for (const QString &line : job->log())
        QVERIFY2(!line.contains(QStringLiteral("SCRAM")) && !line.contains(rolePassword), qPrintable(line));

    auto conn = pg::Connection::open(test::clusterSpec());
    QVERIFY(conn.ok());
    auto role = (*conn)->exec(QStringLiteral("SELECT r.rolcanlogin, r.rolcreatedb, r.rolconnlimit, "
                                             "pg_has_role(r.rolname, $2, 'MEMBER') AS member "
                                             "FROM pg_roles r WHERE r.rolname = $1"),
                              {goneRole, keptRole});
    QVERIFY2(role.ok(), role.ok() ? "" : qPrintable(role.error().message));
    QCOMPARE(role->rows(), 1);
    QCOMPARE(role->text(0, 0), QStringLiteral("t"));
    QCOMPARE(role->text(0, 1), QStringLiteral("t"));
    QCOMPARE(role->text(0, 2), QStringLiteral("4"));
    QCOMPARE(role->text(0, 3), QStringLiteral("t"));
    conn.value().reset();
    if (dialog)
        dialog->close();
    QVERIFY(test::dropScratchDatabase(database));
    QVERIFY(dropTestRoles());
}

// A globals-only backup (pg_dumpall --globals-only): source, globals, summary; no database.
void TestRestoreWizard::globalsOnlyBackupRestoresTheChosenRoles()
{
    const QString role = QStringLiteral("pgs_gui_only_") + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    const QString catalog = m_dir.filePath(QStringLiteral("globals-only-catalog"));
    const ConnectionProfile profile = makeProfile(QStringLiteral("Restore globals only"), false, catalog);
    QVERIFY(globalsOnlyBackupWithout(role, QStringLiteral("NOLOGIN CREATEROLE"), profile, catalog));

    QPointer<RestoreWizard> wizard = openWizard(profile);
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("backupsList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(nextTo(wizard, RestoreWizard::GlobalsPageId));
    QVERIFY(wizard->source().isGlobalsOnly());
    QVERIFY(!wizard->hasVisitedPage(RestoreWizard::ContentsPageId) && !wizard->hasVisitedPage(RestoreWizard::TargetPageId));
    auto *page = qobject_cast<RestoreGlobalsPage *>(wizard->page(RestoreWizard::GlobalsPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000);
    QTreeWidgetItem *mine = page->treeItem(GlobalsItem::Kind::Role, role);
    QVERIFY(mine);
    QCOMPARE(mine->checkState(0), Qt::Checked);
    auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("globalsTree"));
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        for (int row = 0; row < tree->topLevelItem(top)->childCount(); ++row) {
            if (tree->topLevelItem(top)->child(row) != mine)
                tree->topLevelItem(top)->child(row)->setCheckState(0, Qt::Unchecked);
        }
    }
    QVERIFY(nextTo(wizard, RestoreWizard::SummaryPageId));
    auto *summaryPage = qobject_cast<RestoreSummaryPage *>(wizard->page(RestoreWizard::SummaryPageId));
    QVERIFY2(summaryPage->summaryText().contains(QStringLiteral("role %1").arg(role)), qPrintable(summaryPage->summaryText()));
    QVERIFY2(!summaryPage->commandText().contains(QStringLiteral("pg_restore"))
                 && !summaryPage->commandText().contains(QStringLiteral("CREATE DATABASE")),
             qPrintable(summaryPage->commandText()));
    snap(wizard, QStringLiteral("restore-5b-summary-globals-only"));

    QSignalSpy started(wizard.data(), &RestoreWizard::restoreStarted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(started.count(), 1);
    QPointer<Job> job = started.first().at(0).value<Job *>();
    QPointer<RestoreResultDialog> dialog = started.first().at(1).value<RestoreResultDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().message + u'\n' + job->error().detail));
    if (dialog) {
        snap(dialog, QStringLiteral("restore-7b-result-globals-only"));
        dialog->close();
    }
    auto conn = pg::Connection::open(test::clusterSpec());
    QVERIFY(conn.ok());
    auto found = (*conn)->exec(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = $1"), {role});
    QVERIFY(found.ok());
    QCOMPARE(found->rows(), 1);
    QCOMPARE(found->text(0, 0), QStringLiteral("t"));

    // Created behind the wizard's back after the page read the server: its CREATE ROLE fails,
    // and the result dialog lists that statement's error under the role, the statement unshown.
    QVERIFY((*conn)->exec(QStringLiteral("DROP ROLE ") + (*conn)->quoteIdentifier(role)).ok());
    wizard = openWizard(profile);
    QVERIFY(nextTo(wizard, RestoreWizard::GlobalsPageId));
    page = qobject_cast<RestoreGlobalsPage *>(wizard->page(RestoreWizard::GlobalsPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000);
    mine = page->treeItem(GlobalsItem::Kind::Role, role);
    QVERIFY(mine && mine->checkState(0) == Qt::Checked);
    tree = wizard->findChild<QTreeWidget *>(QStringLiteral("globalsTree"));
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        for (int row = 0; row < tree->topLevelItem(top)->childCount(); ++row) {
            if (tree->topLevelItem(top)->child(row) != mine)
                tree->topLevelItem(top)->child(row)->setCheckState(0, Qt::Unchecked);
        }
    }
    QVERIFY(nextTo(wizard, RestoreWizard::SummaryPageId));
    QVERIFY((*conn)->exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg((*conn)->quoteIdentifier(role))).ok());
    QSignalSpy again(wizard.data(), &RestoreWizard::restoreStarted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(again.count(), 1);
    job = again.first().at(0).value<Job *>();
    dialog = again.first().at(1).value<RestoreResultDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
    QCOMPARE(job->state(), Job::State::Failed);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->errorsTable()->rowCount() == 1);
    QCOMPARE(dialog->errorsTable()->item(0, 0)->text(), QStringLiteral("role %1").arg(role));
    QVERIFY2(dialog->errorsTable()->item(0, 1)->text().contains(QStringLiteral("already exists")),
             qPrintable(dialog->errorsTable()->item(0, 1)->text()));
    for (const QString &line : job->log())
        QVERIFY2(!line.contains(QStringLiteral("CREATE ROLE")), qPrintable(line));
    // The role's ALTER ROLE still ran: it has the backup's attributes.
    found = (*conn)->exec(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = $1"), {role});
    QVERIFY(found.ok() && found->rows() == 1);
    QCOMPARE(found->text(0, 0), QStringLiteral("t"));
    snap(dialog, QStringLiteral("restore-7c-result-globals-error"));
    dialog->close();
    conn.value().reset();
    QVERIFY(dropTestRoles());
}

// Roles are cluster-wide: creating them on a production server is guarded by the profile's name,
// whatever the restore target (here a globals-only backup, which needs no target database).
void TestRestoreWizard::globalsOnProductionNeedTheTypedName()
{
    const QString role = QStringLiteral("pgs_gui_prod_") + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    const QString catalog = m_dir.filePath(QStringLiteral("globals-production-catalog"));
    const ConnectionProfile profile = makeProfile(QStringLiteral("Billing production"), true, catalog);
    QVERIFY(globalsOnlyBackupWithout(role, QStringLiteral("NOLOGIN"), profile, catalog));

    QPointer<RestoreWizard> wizard = openWizard(profile);
    QVERIFY(nextTo(wizard, RestoreWizard::GlobalsPageId));
    auto *page = qobject_cast<RestoreGlobalsPage *>(wizard->page(RestoreWizard::GlobalsPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000);
    QTreeWidgetItem *mine = page->treeItem(GlobalsItem::Kind::Role, role);
    QVERIFY(mine);
    QCOMPARE(mine->checkState(0), Qt::Checked);
    auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("globalsConfirmEdit"));
    QVERIFY(confirm);
    QVERIFY(!confirm->isHidden());
    QVERIFY(!page->isComplete());
    QTest::keyClicks(confirm, QStringLiteral("billing production"));
    QVERIFY(!page->isComplete()); // the exact name only
    confirm->clear();
    QTest::keyClicks(confirm, profile.name);
    QVERIFY(page->isComplete());
    // Nothing to create: nothing to guard.
    confirm->clear();
    auto *tree = wizard->findChild<QTreeWidget *>(QStringLiteral("globalsTree"));
    for (int top = 0; top < tree->topLevelItemCount(); ++top)
        for (int row = 0; row < tree->topLevelItem(top)->childCount(); ++row)
            tree->topLevelItem(top)->child(row)->setCheckState(0, Qt::Unchecked);
    QVERIFY(confirm->isHidden());
    QVERIFY(page->isComplete());
    wizard->reject();
}

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
