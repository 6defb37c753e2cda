// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The point-in-time recovery view over a real archive: the window on the time line, then the
// recovery wizard to the end of the archive into a sandbox, the result page, dropping it.
#include "guitestenv.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "physical/basebackup.h"
#include "physical/pitrwindow.h"
#include "backup/backupcatalogview.h"
#include "backup/catalogtablemodel.h"
#include "pitr/copybackdialog.h"
#include "pitr/pitrview.h"
#include "pitr/recoverytimeline.h"
#include "pitr/recoverywizard.h"
#include "sandbox/sandboxcluster.h"
#include "shell/appcontext.h"

#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace pgs;

class TestPitrView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_primary, m_archive, m_catalog;

    QString exec(const QString &sql)
    {
        SandboxCluster c(m_primary);
        c.loadState();
        auto conn = pg::Connection::open(c.connectionSpec());
        if (!conn)
            return QStringLiteral("ERROR ") + conn.error().message;
        auto r = (*conn)->exec(sql);
        if (!r)
            return QStringLiteral("ERROR ") + r.error().message;
        return r->rows() > 0 && r->columns() > 0 ? r->text(0, 0) : QString();
    }
    // Where the PNGs of the view go: PGSTEWARD_SCREENSHOT_DIR, else the temporary folder.
    QString shot(const QString &name) const
    {
        const QString dir = qEnvironmentVariableIsSet("PGSTEWARD_SCREENSHOT_DIR") ? qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR")
                                                                                   : m_dir.path();
        return QDir(dir).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        m_primary = m_dir.filePath(QStringLiteral("primary"));
        m_archive = m_dir.filePath(QStringLiteral("archive"));
        m_catalog = m_dir.filePath(QStringLiteral("catalog"));
        QVERIFY(QDir().mkpath(m_archive));
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0711);
        ::chmod(QFile::encodeName(m_archive).constData(), 0777);
        JobContext ctx;
        SandboxCluster primary(m_primary);
        QVERIFY(primary.create(ctx));
        QVERIFY(primary.start(ctx));
        QCOMPARE(exec(QStringLiteral("ALTER SYSTEM SET archive_mode = on")), QString());
        QCOMPARE(exec(QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'").arg(m_archive)), QString());
        QVERIFY(primary.stop(ctx));
        QVERIFY(primary.start(ctx));
        QCOMPARE(exec(QStringLiteral("CREATE TABLE t AS SELECT generate_series(1, 7) AS i")), QString());
        // A partitioned table: the copy-back dialog offers it, not its partitions.
        QCOMPARE(exec(QStringLiteral("CREATE TABLE readings(at date NOT NULL, v int) PARTITION BY RANGE (at)")), QString());
        for (const int year : {2025, 2026})
            QCOMPARE(exec(QStringLiteral("CREATE TABLE readings_%1 PARTITION OF readings FOR VALUES FROM ('%1-01-01') TO ('%2-01-01')")
                              .arg(year)
                              .arg(year + 1)),
                     QString());
        QCOMPARE(exec(QStringLiteral("INSERT INTO readings SELECT date '2025-03-01' + i * 7, i FROM generate_series(1, 60) i")), QString());
        QCOMPARE(exec(QStringLiteral("ANALYZE readings")), QString());
        auto backup = takeBaseBackup(ctx, primary.connectionSpec(), m_catalog);
        QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
        QCOMPARE(exec(QStringLiteral("INSERT INTO t VALUES (8)")), QString());
        const QString segment = exec(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        for (int i = 0; i < 300 && !QFile::exists(QDir(m_archive).filePath(segment)); ++i)
            QThread::msleep(100);
        QVERIFY(QFile::exists(QDir(m_archive).filePath(segment)));
    }

    void cleanupTestCase()
    {
        JobContext ctx;
        (void)SandboxCluster(m_primary).drop(ctx);
    }

    void showsTheWindowAndRecovers()
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("pitr-test");
        profile.name = QStringLiteral("PITR test");
        PitrView view(m_app.get(), profile);
        view.resize(1000, 640);
        QSignalSpy loaded(&view, &PitrView::loaded);
        view.setFolders(m_catalog, m_archive);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(view.timeline()->window().backups.size(), 1);
        QVERIFY2(view.summary().contains(QStringLiteral("Recoverable from")), qPrintable(view.summary()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(shot(QStringLiteral("pitr-view.png"))));

        RecoveryWizard wizard(m_app.get(), m_catalog, m_archive, view.timeline()->window());
        for (QRadioButton *b : wizard.findChildren<QRadioButton *>()) {
            if (b->text().contains(QStringLiteral("end of the archive")))
                b->setChecked(true);
        }
        QCOMPARE(wizard.target().kind, PitrTarget::Kind::Latest);
        const QString sandbox = m_dir.filePath(QStringLiteral("recovered"));
        for (QLineEdit *e : wizard.findChildren<QLineEdit *>()) {
            if (e->placeholderText().contains(QStringLiteral("data directory")))
                e->setText(sandbox);
        }
        QCOMPARE(wizard.sandboxDirectory(), sandbox);
        wizard.show();
        QSignalSpy finished(&wizard, &RecoveryWizard::recoveryFinished);
        wizard.next();
        QVERIFY(finished.wait(180000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(wizard.failure()));
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::ResultPageId));
        QVERIFY2(wizard.reachedLabel()->text().contains(QStringLiteral("Reached")), qPrintable(wizard.reachedLabel()->text()));
        QVERIFY(wizard.result()->port > 0);
        QVERIFY(wizard.grab().save(shot(QStringLiteral("pitr-wizard.png"))));

        // Open as profile: a read-only profile on the sandbox's socket.
        const QString id = wizard.openAsProfile();
        const ConnectionProfile *opened = m_app->profiles().find(id);
        QVERIFY(opened);
        QVERIFY(opened->readOnly);
        QCOMPARE(opened->host, wizard.result()->socketDir);

        // Copy back: t becomes t<suffix> in the live primary, through the dialog.
        SandboxCluster primary(m_primary);
        primary.loadState();
        ConnectionProfile live;
        live.name = QStringLiteral("Live primary");
        live.host = primary.socketDirectory();
        live.port = primary.port();
        live.user = primary.superuser();
        live.database = QStringLiteral("postgres");
        live.sslMode = QStringLiteral("disable");
        QVERIFY(m_app->saveProfile(live, {}));
        CopyBackDialog *copy = wizard.copyBack();
        QVERIFY(copy);
        QSignalSpy sourceLoaded(copy, &CopyBackDialog::sourceLoaded);
        QVERIFY(sourceLoaded.wait(30000));
        QCOMPARE(copy->profileCombo()->count(), 1); // the read-only profile is no target
        int row = -1;
        for (int r = 0; r < copy->tables()->rowCount(); ++r)
            if (copy->tables()->item(r, CopyBackDialog::TableColumn)->text() == QLatin1String("public.t"))
                row = r;
        QVERIFY(row >= 0);
        QStringList offered;
        for (int r = 0; r < copy->tables()->rowCount(); ++r)
            offered << copy->tables()->item(r, CopyBackDialog::TableColumn)->text();
        QVERIFY2(offered.contains(QStringLiteral("public.readings")) && !offered.contains(QStringLiteral("public.readings_2025")),
                 qPrintable(offered.join(QLatin1Char(','))));
        copy->tables()->item(row, CopyBackDialog::TableColumn)->setCheckState(Qt::Checked);
        const QString newName = copy->tables()->item(row, CopyBackDialog::NewNameColumn)->text();
        QCOMPARE(newName, QStringLiteral("t") + copy->suffixEdit()->text());
        QVERIFY(!copy->canStart()); // not confirmed yet
        copy->confirmEdit()->setText(QStringLiteral("postgres"));
        QVERIFY(copy->canStart());
        QVERIFY(copy->grab().save(shot(QStringLiteral("pitr-copyback.png"))));
        QSignalSpy copied(copy, &CopyBackDialog::copyFinished);
        copy->start();
        QVERIFY(copied.wait(120000));
        QVERIFY2(copied.first().first().toBool(), qPrintable(copy->statusLabel()->text()));
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM public.%1").arg(newName)), QStringLiteral("8"));
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM t")), QStringLiteral("8"));
        copy->close();

        QSignalSpy dropped(&wizard, &RecoveryWizard::sandboxDropped);
        wizard.dropSandbox();
        QVERIFY(dropped.wait(60000));
        QVERIFY(dropped.first().first().toBool());
        QVERIFY(!QFile::exists(sandbox + QStringLiteral("/cluster.json")));
        QVERIFY(!m_app->profiles().find(id));
    }

    // The Backups view lists the base backup beside logical ones; actions that do not apply
    // are off with a reason, and "Recover to a moment…" asks for the PITR view on this catalog.
    void catalogViewListsBaseBackups()
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("pitr-catalog");
        profile.name = QStringLiteral("PITR catalog");
        BackupCatalogView view(m_app.get(), profile);
        view.resize(1280, 500);
        QSignalSpy loaded(&view, &BackupCatalogView::loaded);
        view.setCatalogDirectory(m_catalog);
        QVERIFY(loaded.wait(30000));
        CatalogTableModel *model = view.model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->isBaseBackup(r))
                row = r;
        QVERIFY(row >= 0);
        const BaseBackupEntry &b = model->baseBackup(row);
        QVERIFY(b.isGood());
        QVERIFY(model->index(row, CatalogTableModel::Format).data().toString().startsWith(QStringLiteral("base backup")));
        QCOMPARE(model->index(row, CatalogTableModel::Wal).data().toString(),
                 QStringLiteral("%1 … %2 (TL %3)").arg(b.info.startLsn, b.info.stopLsn).arg(b.info.timeline));
        QCOMPARE(model->index(row, CatalogTableModel::Status).data().toString(), QStringLiteral("complete"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectFolder(b.info.folder);
        QVERIFY(view.selectedBaseBackup());
        QVERIFY(!view.selectedEntry());
        auto *restore = view.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        auto *recover = view.findChild<QPushButton *>(QStringLiteral("recoverButton"));
        QVERIFY(restore && recover);
        QVERIFY(!restore->isEnabled());
        QVERIFY2(restore->toolTip().contains(QStringLiteral("whole cluster")), qPrintable(restore->toolTip()));
        QVERIFY(recover->isEnabled());
        QVERIFY(view.grab().save(shot(QStringLiteral("backups-with-base.png"))));
        QSignalSpy recoverAsked(&view, &BackupCatalogView::recoverRequested);
        recover->click();
        QCOMPARE(recoverAsked.size(), 1);
        QCOMPARE(recoverAsked.first().first().toString(), m_catalog);
    }

    void failureIsExplained()
    {
        auto window = computeRecoveryWindow(m_catalog, m_archive);
        QVERIFY(window);
        RecoveryWizard wizard(m_app.get(), m_catalog, m_archive, *window);
        for (QRadioButton *b : wizard.findChildren<QRadioButton *>()) {
            if (b->text().contains(QStringLiteral("LSN")))
                b->setChecked(true);
        }
        for (QLineEdit *e : wizard.findChildren<QLineEdit *>()) {
            if (e->placeholderText() == QLatin1String("0/3000060"))
                e->setText(QStringLiteral("0/1000000")); // before the base backup ended
        }
        QCOMPARE(wizard.target().kind, PitrTarget::Kind::Lsn);
        wizard.show();
        QSignalSpy finished(&wizard, &RecoveryWizard::recoveryFinished);
        wizard.next();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::RunPageId));
        QVERIFY2(wizard.failure().contains(QStringLiteral("before the end of the oldest base backup")), qPrintable(wizard.failure()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled() || !wizard.currentPage()->isComplete());
    }

    void damagedBackupIsListedButNotOffered()
    {
        JobContext ctx;
        SandboxCluster primary(m_primary);
        primary.loadState();
        auto second = takeBaseBackup(ctx, primary.connectionSpec(), m_catalog);
        QVERIFY(second);
        QVERIFY(QFile::remove(second->dataDirectory() + QStringLiteral("/PG_VERSION")));
        ConnectionProfile profile;
        profile.id = QStringLiteral("pitr-test-2");
        PitrView view(m_app.get(), profile);
        QSignalSpy loaded(&view, &PitrView::loaded);
        view.setFolders(m_catalog, m_archive);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(view.backupRows(), 2);
        QCOMPARE(view.timeline()->window().backups.size(), 1);
        QVERIFY2(view.summary().contains(QStringLiteral("Not offered")) && view.summary().contains(QStringLiteral("PG_VERSION")),
                 qPrintable(view.summary()));
    }
};

QTEST_MAIN(TestPitrView)
#include "tst_pitrview.moc"
