// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Off-site in the GUI, offscreen, against a local-path destination: the destinations dialog
// (add with recipients and retention, a bad recipient refused, test as a job, remove), the
// catalog's Off-site column after a "Copy to" job, the destinations a catalog copies every backup
// to (its Off-site menu, the copy job after a backup job), the schedule dialog's override, and
// the restore wizard's fetch from off-site.
#include "backup/backupcatalogview.h"
#include "backup/backupjob.h"
#include "backup/scheduledialog.h"
#include "backup/backupsettings.h"
#include "backup/catalogtablemodel.h"
#include "catalog/manifest.h"
#include "fakecrontab.h"
#include "guitestenv.h"
#include "jobs/jobrunner.h"
#include "offsite/catalogcopies.h"
#include "offsite/copyjobs.h"
#include "offsite/destination.h"
#include "offsite/destinationsdialog.h"
#include "offsite/fetchdialog.h"
#include "restore/restoresourcepage.h"
#include "restore/restorewizard.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TestOffsiteViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"rclone", "age", "age-keygen"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (apt-get install rclone age)").arg(QString::fromLatin1(tool))));
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        m_key = m_dir.filePath(QStringLiteral("key.txt"));
        QProcess keygen;
        keygen.start(QStringLiteral("age-keygen"), {QStringLiteral("-o"), m_key});
        QVERIFY(keygen.waitForFinished(30000));
        QFile key(m_key);
        QVERIFY(key.open(QIODevice::ReadOnly));
        for (const QByteArray &line : key.readAll().split('\n'))
            if (line.startsWith("# public key: "))
                m_recipient = QString::fromLatin1(line.mid(14).trimmed());
        QVERIFY(m_recipient.startsWith(QLatin1String("age1")));
        m_profile.id = QStringLiteral("offsite-gui");
        m_profile.name = QStringLiteral("Off-site GUI");
    }

    void destinationsDialog()
    {
        auto *dialog = new DestinationsDialog(m_app.get());
        dialog->show();
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("destinationsTable"));
        QCOMPARE(table->rowCount(), 0);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("nas"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit")), m_dir.filePath(QStringLiteral("nas")));
        auto *recipients = dialog->findChild<QPlainTextEdit *>(QStringLiteral("recipientsEdit"));
        recipients->setPlainText(QStringLiteral("not-a-key"));
        dialog->findChild<QSpinBox *>(QStringLiteral("keepDailySpin"))->setValue(90);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0); // refused: not an age recipient
        recipients->setPlainText(m_recipient);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        Result<OffsiteDestination> stored = DestinationStore().find(QStringLiteral("nas"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->recipients, QStringList{m_recipient});
        QCOMPARE(stored->retention.keepDaily, 90);

        table->selectRow(0);
        QSignalSpy tested(dialog, &DestinationsDialog::testFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(dialog->isTesting()); // a job, not the GUI thread
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));

        // A second one to remove again: the catalog of a profile that copies there stops doing so.
        QVERIFY(DestinationStore().add(*OffsiteDestination::make(QStringLiteral("gone"), m_dir.filePath(QStringLiteral("gone")))).ok());
        ConnectionProfile owner;
        owner.name = QStringLiteral("Copies to gone");
        const Result<ConnectionProfile> saved = m_app->saveProfile(owner, {});
        QVERIFY(saved.ok());
        const QString ownCatalog = m_dir.filePath(QStringLiteral("gone-catalog"));
        backupsettings::setCatalogDirectory(m_app->settings(), saved->id, ownCatalog);
        QVERIFY(attachDestination(ownCatalog, QStringLiteral("gone")).ok());
        QVERIFY(attachDestination(ownCatalog, QStringLiteral("nas")).ok());
        dialog->reload();
        QCOMPARE(table->rowCount(), 2);
        table->selectRow(1);
        QSignalSpy removed(dialog, &DestinationsDialog::removeFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!DestinationStore().find(QStringLiteral("gone")).ok());
        QVERIFY(removed.wait(30000)); // the catalogs are changed on a job, not the GUI thread
        QVERIFY(removed.first().first().toBool());
        QCOMPARE(*attachedDestinations(ownCatalog), QStringList{QStringLiteral("nas")});
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(ownCatalog), qPrintable(status));
        QVERIFY(detachDestination(ownCatalog, QStringLiteral("nas")).ok());
        QVERIFY(m_app->removeProfile(saved->id));
        dialog->close();
    }

    void copyFromTheCatalogAndFetchInTheRestoreWizard()
    {
        if (!DestinationStore().find(QStringLiteral("nas")).ok())
            QFAIL("the destination \"nas\" that destinationsDialog() adds is missing: that test failed first");
        const QString catalog = m_dir.filePath(QStringLiteral("catalog"));
        const QString folder = writeBackup(catalog, QStringLiteral("shop_20261201-020000_abcd1234"));
        auto *view = new BackupCatalogView(m_app.get(), m_profile);
        QSignalSpy loaded(view, &BackupCatalogView::loaded);
        view->setCatalogDirectory(catalog);
        view->show();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !view->isLoading(), 20000);
        view->selectFolder(folder);
        QVERIFY(view->selectedEntry());
        QCOMPARE(view->model()->data(view->model()->index(0, CatalogTableModel::Offsite)).toString(), QString());

        loaded.clear();
        view->copySelectedTo(QStringLiteral("nas"));
        // The job ends, the catalog reloads, and the column says so.
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->data(view->model()->index(0, CatalogTableModel::Offsite)).toString()
                                     == QStringLiteral("nas: copied"),
                                 60000);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("nas/shop_20261201-020000_abcd1234/pgsteward-copy.json"))));
        delete view;

        // Another profile's catalog does not have it: fetch it there from the restore wizard.
        ConnectionProfile other;
        other.id = QStringLiteral("offsite-gui-restore");
        other.name = QStringLiteral("Restore here");
        const QString target = m_dir.filePath(QStringLiteral("restore-catalog"));
        backupsettings::setCatalogDirectory(m_app->settings(), other.id, target);
        auto *wizard = new RestoreWizard(m_app.get(), other);
        wizard->show();
        auto *source = qobject_cast<RestoreSourcePage *>(wizard->page(RestoreWizard::SourcePageId));
        QVERIFY(QTest::qWaitFor([wizard, source] { return !wizard->isResolving() && !source->isListing(); }, 30000));
        FetchDialog *fetch = source->fetchFromOffsite();
        QTRY_VERIFY_WITH_TIMEOUT(!fetch->isListing() && fetch->copyCount() == 1, 30000);
        fetch->setIdentityFile(m_key);
        QSignalSpy fetched(fetch, &FetchDialog::fetched);
        fetch->fetch();
        QVERIFY(fetch->isFetching());
        QVERIFY(fetched.wait(60000));
        const QString path = fetched.first().first().toString();
        QCOMPARE(QDir::cleanPath(path), QDir::cleanPath(QDir(target).filePath(QStringLiteral("shop_20261201-020000_abcd1234"))));
        QVERIFY(BackupManifest::load(path).ok());
        QCOMPARE(QDir::cleanPath(source->currentPath()), QDir::cleanPath(path));
        wizard->close();
        delete wizard;
    }

    void copiedAfterEachBackup()
    {
        if (!DestinationStore().find(QStringLiteral("nas")).ok())
            QFAIL("the destination \"nas\" that destinationsDialog() adds is missing: that test failed first");
        const QString catalog = m_dir.filePath(QStringLiteral("catalog-auto"));
        writeBackup(catalog, QStringLiteral("shop_20261202-020000_feed0001"));
        auto *view = new BackupCatalogView(m_app.get(), m_profile);
        QSignalSpy loaded(view, &BackupCatalogView::loaded);
        view->setCatalogDirectory(catalog);
        view->resize(1280, 800);
        view->show();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !view->isLoading(), 20000);
        auto *label = view->findChild<QLabel *>(QStringLiteral("attachedLabel"));
        QCOMPARE(label->text(), QStringLiteral("Off-site after each backup: none"));

        // The Off-site menu has a checkable entry per destination.
        QMenu *menu = view->findChild<QToolButton *>(QStringLiteral("offsiteButton"))->menu();
        Q_EMIT menu->aboutToShow();
        QAction *attach = nullptr;
        for (QAction *a : menu->actions())
            if (a->isCheckable() && a->text() == QStringLiteral("Copy to nas"))
                attach = a;
        QVERIFY(attach);
        QVERIFY(!attach->isChecked());
        attach->trigger(); // a job, then the reload shows it
        QTRY_COMPARE_WITH_TIMEOUT(view->copiedAfterEachBackup(), QStringList{QStringLiteral("nas")}, 20000);
        QCOMPARE(label->text(), QStringLiteral("Off-site after each backup: nas"));
        QCOMPARE(attachedDestinations(catalog).value(), QStringList{QStringLiteral("nas")});
        QVERIFY(view->grab().save(QStringLiteral("/tmp/offsite-catalog-auto.png")));

        // A finished backup job (the wizard's, here a stand-in) starts the copy job by itself.
        const QString second = writeBackup(catalog, QStringLiteral("shop_20261202-030000_feed0002"));
        Job *backup = m_app->jobs().start(
            QStringLiteral("Back up shop"),
            [second](JobContext &) -> JobResult {
                BackupOutcome outcome;
                outcome.folder = second;
                outcome.manifest = BackupManifest::load(second).value();
                return QVariant::fromValue(outcome);
            },
            QStringLiteral("backup"));
        copyWhenBackedUp(m_app.get(), backup, catalog);
        const auto offsiteOf = [view, second]() -> QString {
            for (int row = 0; row < view->model()->rowCount(); ++row)
                if (view->model()->entry(row).folder == second)
                    return view->model()->data(view->model()->index(row, CatalogTableModel::Offsite)).toString();
            return {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(offsiteOf(), QStringLiteral("nas: copied"), 60000);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("nas/shop_20261202-030000_feed0002/pgsteward-copy.json"))));
        delete view;

        // A schedule copies as the catalog does, only to one destination, or not at all.
        QVERIFY(test::writeFakeCrontab(m_dir.filePath(QStringLiteral("bin"))));
        qputenv("PATH", (m_dir.filePath(QStringLiteral("bin")) + QLatin1Char(':') + qEnvironmentVariable("PATH")).toUtf8());
        qputenv("PGSTEWARD_SCHEDULER", "cron");
        qputenv("FAKE_CRONTAB_FILE", m_dir.filePath(QStringLiteral("crontab.txt")).toUtf8());
        auto *dialog = new ScheduleDialog(m_app.get(), m_profile, catalog, QStringLiteral("shop"));
        dialog->show();
        auto *copy = dialog->findChild<QComboBox *>(QStringLiteral("copyCombo"));
        QCOMPARE(copy->itemText(0), QStringLiteral("As the catalog (now: nas)"));
        QVERIFY(dialog->schedule().copyTo.isEmpty() && !dialog->schedule().noCopy);
        QVERIFY(!dialog->previewText().contains(QLatin1String("--copy-to")));
        copy->setCurrentIndex(copy->findData(QStringLiteral("only:nas")));
        QCOMPARE(dialog->schedule().copyTo, QStringList{QStringLiteral("nas")});
        QVERIFY2(dialog->previewText().contains(QLatin1String("--copy-to nas")), qPrintable(dialog->previewText()));
        copy->setCurrentIndex(copy->findData(QStringLiteral("none")));
        QVERIFY(dialog->schedule().noCopy);
        QVERIFY(dialog->previewText().contains(QLatin1String("--no-copy")));
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/offsite-schedule.png")));
        dialog->close();
    }

private:
    QString writeBackup(const QString &catalog, const QString &name)
    {
        const QString folder = QDir(catalog).filePath(name);
        QDir().mkpath(folder);
        BackupManifest m;
        m.id = name.section(QLatin1Char('_'), -1);
        m.profileId = m_profile.id;
        m.profileName = m_profile.name;
        m.database = QStringLiteral("shop");
        m.options.database = m.database;
        m.startedAt = QDateTime::currentDateTime().addSecs(-600);
        m.finishedAt = m.startedAt.addSecs(30);
        m.status = BackupManifest::State::Complete;
        m.dumpName = QStringLiteral("dump.custom");
        QFile dump(QDir(folder).filePath(m.dumpName));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(QByteArray(64 * 1024, 'x'));
        dump.close();
        m.files.append({m.dumpName, 64 * 1024, sha256OfFile(dump.fileName()).value()});
        if (Status saved = m.save(folder); !saved)
            qWarning("%s", qPrintable(saved.error().message));
        return folder;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    ConnectionProfile m_profile;
    QString m_key;
    QString m_recipient;
};

QTEST_MAIN(TestOffsiteViews)
#include "tst_offsiteviews.moc"
