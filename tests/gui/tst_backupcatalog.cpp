// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupcatalogview.h"
#include "backup/catalogtablemodel.h"
#include "catalog/manifest.h"
#include "backup/prunedialog.h"
#include "catalog/retention.h"
#include "shell/appcontext.h"

#include <QAbstractButton>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
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

class TestBackupCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsStatuses();
    void filters();
    void pruneDialogPreviewsPlanRetention();
    void deleteAsksAndRemovesTheFolder();
    void ageTexts();

private:
    QString writeBackup(const QString &folderName, const QString &database, BackupManifest::State status,
                        const QDateTime &started);
    int rowOf(const QString &folderName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    ConnectionProfile m_profile;
    QString m_catalog;
    BackupCatalogView *m_view = nullptr;
};

void TestBackupCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", m_dir.path().toLocal8Bit());
    qputenv("PGSTEWARD_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("PGSTEWARD_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("PGSTEWARD_NO_KEYCHAIN", "1");
    m_app = std::make_unique<AppContext>(m_dir.filePath(QStringLiteral("config/profiles.json")));
    m_profile.id = QStringLiteral("catalog-test");
    m_profile.name = QStringLiteral("Catalog test");
}

QString TestBackupCatalog::writeBackup(const QString &folderName, const QString &database, BackupManifest::State status,
                                       const QDateTime &started)
{
    const QString folder = QDir(m_catalog).filePath(folderName);
    QDir().mkpath(folder);
    BackupManifest m;
    m.id = folderName.section(QLatin1Char('_'), -1);
    m.profileId = m_profile.id;
    m.profileName = m_profile.name;
    m.database = database;
    m.options.database = database;
    m.startedAt = started;
    m.finishedAt = started.addSecs(95);
    m.status = status;
    m.dumpName = QStringLiteral("dump.custom");
    if (status == BackupManifest::State::Complete) {
        QFile dump(QDir(folder).filePath(m.dumpName));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(QByteArray(4096, 'x'));
        dump.close();
        m.files.append({m.dumpName, 4096, sha256OfFile(dump.fileName()).value()});
        m.verifications.append({BackupManifest::VerifyLevel::Checksums, started.addSecs(200), true, {}});
    } else if (status == BackupManifest::State::Failed) {
        m.error = QStringLiteral("pg_dump failed with exit code 1: connection lost");
    }
    const Status saved = m.save(folder);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().message));
    return folder;
}

void TestBackupCatalog::init()
{
    m_catalog = m_dir.filePath(QStringLiteral("catalog-%1").arg(QTest::currentTestFunction()));
    const QDateTime now = QDateTime::currentDateTime();
    writeBackup(QStringLiteral("shop_20260101-020000_aaaa1111"), QStringLiteral("shop"), BackupManifest::State::Complete,
                now.addDays(-3));
    writeBackup(QStringLiteral("shop_20260102-020000_bbbb2222"), QStringLiteral("shop"), BackupManifest::State::Complete,
                now.addDays(-2));
    writeBackup(QStringLiteral("crm_20260102-030000_cccc3333.failed"), QStringLiteral("crm"),
                BackupManifest::State::Failed, now.addDays(-2).addSecs(3600));
    // An abandoned partial folder: its writer (and its lock) are gone.
    writeBackup(QStringLiteral(".partial-dddd4444"), QStringLiteral("shop"), BackupManifest::State::Incomplete,
                now.addSecs(-7200));

    m_view = new BackupCatalogView(m_app.get(), m_profile);
    QSignalSpy loaded(m_view, &BackupCatalogView::loaded);
    m_view->setCatalogDirectory(m_catalog);
    m_view->resize(1100, 500);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_view->isLoading(), 20000);
    QCOMPARE(m_view->catalogDirectory(), m_catalog);
}

void TestBackupCatalog::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

int TestBackupCatalog::rowOf(const QString &folderName) const
{
    const CatalogTableModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (QFileInfo(model->entry(row).folder).fileName() == folderName)
            return row;
    }
    return -1;
}

void TestBackupCatalog::listsStatuses()
{
    const CatalogTableModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 4);
    auto status = [&](const QString &folder) {
        const int row = rowOf(folder);
        return row < 0 ? QString() : model->index(row, CatalogTableModel::Status).data().toString();
    };
    QCOMPARE(status(QStringLiteral("shop_20260101-020000_aaaa1111")), QStringLiteral("complete"));
    QCOMPARE(status(QStringLiteral("crm_20260102-030000_cccc3333.failed")), QStringLiteral("failed"));
    QCOMPARE(status(QStringLiteral(".partial-dddd4444")), QStringLiteral("incomplete"));

    const int failed = rowOf(QStringLiteral("crm_20260102-030000_cccc3333.failed"));
    QCOMPARE(model->index(failed, CatalogTableModel::Status).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc62828));
    QVERIFY(model->index(failed, CatalogTableModel::Status).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("connection lost")));
    const int complete = rowOf(QStringLiteral("shop_20260102-020000_bbbb2222"));
    QCOMPARE(model->index(complete, CatalogTableModel::Started).data().toString(), QStringLiteral("2 d ago"));
    QVERIFY(model->index(complete, CatalogTableModel::Verified).data().toString().startsWith(QStringLiteral("checksums")));
    QCOMPARE(model->index(complete, CatalogTableModel::Duration).data().toString(), QStringLiteral("1 min"));
    QVERIFY(!model->index(complete, CatalogTableModel::Size).data().toString().isEmpty());
    // Newest first in the view.
    const auto *view = m_view->findChild<QTableView *>(QStringLiteral("backupsView"));
    QCOMPARE(view->model()->index(0, CatalogTableModel::Started).data().toString(), QStringLiteral("2 h ago"));
    m_view->selectFolder(m_view->model()->entry(failed).folder);
    snap(m_view, QStringLiteral("catalog-view"));
}

void TestBackupCatalog::filters()
{
    const auto *view = m_view->findChild<QTableView *>(QStringLiteral("backupsView"));
    auto *databases = m_view->findChild<QComboBox *>(QStringLiteral("databaseFilter"));
    auto *statuses = m_view->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QCOMPARE(databases->count(), 3); // all, crm, shop
    databases->setCurrentIndex(databases->findData(QStringLiteral("shop")));
    QCOMPARE(view->model()->rowCount(), 3);
    statuses->setCurrentIndex(statuses->findData(QStringLiteral("complete")));
    QCOMPARE(view->model()->rowCount(), 2);
    search->setText(QStringLiteral("bbbb2222"));
    QCOMPARE(view->model()->rowCount(), 1);
    databases->setCurrentIndex(0);
    statuses->setCurrentIndex(statuses->findData(QStringLiteral("failed")));
    search->clear();
    QCOMPARE(view->model()->rowCount(), 1);
    search->setText(QStringLiteral("connection lost")); // the error text is searched too
    QCOMPARE(view->model()->rowCount(), 1);
    statuses->setCurrentIndex(0);
    search->setText(QStringLiteral("no such thing"));
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestBackupCatalog::pruneDialogPreviewsPlanRetention()
{
    m_view->pruneBackups();
    auto *dialog = m_view->findChild<PruneDialog *>();
    QVERIFY(dialog);
    RetentionPolicy policy;
    policy.keepLast = 1;
    dialog->setPolicy(policy);
    QList<RetentionDecision> expected = planRetention(m_view->model()->entries(), policy);
    auto key = [](const RetentionDecision &d) -> QString {
        return QFileInfo(d.entry.folder).fileName() + (d.keep ? QStringLiteral(" keep ") : QStringLiteral(" delete "))
            + d.reasons.join(u',');
    };
    QStringList expectedKeys, shownKeys;
    for (const RetentionDecision &d : expected)
        expectedKeys << key(d);
    for (const RetentionDecision &d : dialog->preview())
        shownKeys << key(d);
    expectedKeys.sort();
    shownKeys.sort();
    QCOMPARE(shownKeys, expectedKeys);
    // The failed and the abandoned folders always go; the older complete one goes with keep-last 1.
    const auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 4);
    snap(dialog, QStringLiteral("catalog-prune"));
    QStringList deleted;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("delete"))
            deleted << table->item(row, 1)->text();
    }
    deleted.sort();
    QCOMPARE(deleted, (QStringList{QStringLiteral(".partial-dddd4444"), QStringLiteral("crm_20260102-030000_cccc3333.failed"),
                                   QStringLiteral("shop_20260101-020000_aaaa1111")}));

    // Prune runs as a job; the view reloads when it ends.
    QSignalSpy loaded(m_view, &BackupCatalogView::loaded);
    dialog->findChild<QAbstractButton *>(QStringLiteral("pruneButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() == 1, 20000);
    QCOMPARE(QFileInfo(m_view->model()->entry(0).folder).fileName(), QStringLiteral("shop_20260102-020000_bbbb2222"));
    QVERIFY(!QDir(QDir(m_catalog).filePath(QStringLiteral("shop_20260101-020000_aaaa1111"))).exists());
}

void TestBackupCatalog::deleteAsksAndRemovesTheFolder()
{
    const QString name = QStringLiteral("shop_20260101-020000_aaaa1111");
    const QString folder = QDir(m_catalog).filePath(name);
    m_view->selectFolder(folder);
    QCOMPARE(m_view->selectedEntry()->folder, folder);

    // Cancel keeps it.
    m_view->deleteSelected();
    auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(name), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_view->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox")));
    QTest::qWait(200);
    QVERIFY(QDir(folder).exists());

    // Yes deletes it, as a job, and the list follows.
    m_view->deleteSelected();
    box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder).exists(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 3, 20000);
    QCOMPARE(rowOf(name), -1);
}

void TestBackupCatalog::ageTexts()
{
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(CatalogTableModel::ageText(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(CatalogTableModel::ageText(now.addSecs(-2 * 3600 - 65), now), QStringLiteral("2 h 1 min ago"));
    QCOMPARE(CatalogTableModel::ageText(now.addSecs(-12 * 60 - 30), now), QStringLiteral("12 min ago"));
}

QTEST_MAIN(TestBackupCatalog)
#include "tst_backupcatalog.moc"
