// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestenv.h"
#include "health/fixpreviewdialog.h"
#include "health/healthview.h"
#include "health/maintenanceview.h"
#include "health/thresholdsdialog.h"
#include "health/healththresholds.h"
#include "jobs/jobrunner.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "testcluster.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTableWidget>
#include <QTreeWidget>

using namespace pgs;

// The Health tab offscreen against the test cluster: a run lists the findings of every database
// grouped by severity and area, a second run marks what is new, Fix previews the SQL (typed name
// on production) and its job makes the finding go away, and the Maintenance page runs a VACUUM
// with progress. Saves a screenshot to /tmp/health.png.
class TestHealthView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_db;

    ConnectionProfile profile(bool production) const
    {
        const ConnectionSpec spec = test::clusterSpec(m_db);
        ConnectionProfile p;
        p.id = QStringLiteral("health-test");
        p.name = QStringLiteral("Health test");
        p.host = spec.value(QStringLiteral("host"));
        p.port = spec.value(QStringLiteral("port")).toInt();
        p.user = spec.value(QStringLiteral("user"));
        p.database = m_db;
        p.production = production;
        return p;
    }

    bool exec(const QString &sql)
    {
        auto c = pg::Connection::open(test::clusterSpec(m_db));
        return c && (*c)->execScript(sql).ok();
    }

    static FixPreviewDialog *openPreview(HealthView &view)
    {
        QMetaObject::invokeMethod(&view, "fixSelected");
        return view.findChild<FixPreviewDialog *>(QStringLiteral("fixPreviewDialog"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_db = test::createScratchDatabase(QStringLiteral("gui_health"));
        QVERIFY(!m_db.isEmpty());
        QVERIFY(exec(QStringLiteral("CREATE TABLE \"o'rders\" (id int PRIMARY KEY, v int);"
                                    "INSERT INTO \"o'rders\" SELECT g, g FROM generate_series(1, 50000) g;"
                                    "ALTER TABLE \"o'rders\" ADD CONSTRAINT \"v pos\" CHECK (v > 0) NOT VALID")));
    }

    void runFixAndMaintain()
    {
        HealthView view(m_app.get(), profile(false));
        view.resize(1100, 700);
        view.show();
        view.setConnection(test::clusterSpec(m_db));
        auto *run = view.findChild<QPushButton *>(QStringLiteral("runButton"), Qt::FindDirectChildrenOnly);
        if (!run)
            run = view.findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(run && run->isEnabled());
        QSignalSpy finished(&view, &HealthView::runFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(view.pastRuns().size(), 1);
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
        QVERIFY(tree->topLevelItemCount() >= 1);
        QVERIFY(tree->topLevelItem(0)->text(0).contains(QLatin1Char('('))); // "Warning (n)"

        // What is new: a second NOT VALID constraint appears in the next run.
        QVERIFY(exec(QStringLiteral("ALTER TABLE \"o'rders\" ADD CONSTRAINT later CHECK (id > 0) NOT VALID")));
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(view.pastRuns().size(), 2);
        const QString object = m_db + QStringLiteral(".public.o'rders.later");
        QVERIFY(view.selectFinding(QStringLiteral("unvalidated-constraint"), object));
        QVERIFY(tree->currentItem()->text(0).contains(QStringLiteral("(new)")));
        auto *status = view.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("1 new")), qPrintable(status->text()));
        auto *sql = view.findChild<QPlainTextEdit *>(QStringLiteral("fixSqlEdit"));
        QCOMPARE(sql->toPlainText(), QStringLiteral("ALTER TABLE \"public\".\"o'rders\" VALIDATE CONSTRAINT \"later\";"));
        view.grab().save(QStringLiteral("/tmp/health.png"));

        // Fix: the preview shows the SQL; running it makes the finding disappear on the next run.
        FixPreviewDialog *preview = openPreview(view);
        QVERIFY(preview);
        QCOMPARE(preview->sqlEdit()->toPlainText(), sql->toPlainText());
        QVERIFY(!preview->confirmationEdit()); // not production
        QSignalSpy fixed(&view, &HealthView::fixFinished);
        QTest::mouseClick(preview->okButton(), Qt::LeftButton);
        QVERIFY(fixed.wait(30000));
        QCOMPARE(fixed.first().first().toBool(), true);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.selectFinding(QStringLiteral("unvalidated-constraint"), object));
        QVERIFY(view.selectFinding(QStringLiteral("unvalidated-constraint"), m_db + QStringLiteral(".public.o'rders.v pos")));

        // Maintenance: choose the table, VACUUM it, watch the job finish.
        MaintenanceView *maintenance = view.maintenanceView();
        auto *pages = view.findChild<QTabWidget *>(QStringLiteral("pages"));
        pages->setCurrentWidget(maintenance);
        QSignalSpy loaded(maintenance, &MaintenanceView::tablesLoaded);
        QMetaObject::invokeMethod(maintenance, "reload");
        QVERIFY(loaded.count() > 0 || loaded.wait(20000));
        QVERIFY(maintenance->setChecked(QStringLiteral("public"), QStringLiteral("o'rders"), true));
        auto *full = maintenance->findChild<QCheckBox *>(QStringLiteral("fullCheck"));
        full->setChecked(true);
        auto *warning = maintenance->findChild<QLabel *>(QStringLiteral("warningLabel"));
        QVERIFY(warning->text().contains(QStringLiteral("ACCESS EXCLUSIVE")));
        full->setChecked(false);
        QSignalSpy done(maintenance, &MaintenanceView::runFinished);
        auto *runMaintenance = maintenance->findChild<QPushButton *>(QStringLiteral("maintenanceRunButton"));
        QVERIFY(runMaintenance->isEnabled());
        QTest::mouseClick(runMaintenance, Qt::LeftButton);
        QVERIFY(maintenance->runningJob());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(loaded.wait(20000)); // reloaded after the run: the last vacuum is now set
        view.grab().save(QStringLiteral("/tmp/health-maintenance.png"));
    }

    void productionFixNeedsTypedName()
    {
        QVERIFY(exec(QStringLiteral("ALTER TABLE \"o'rders\" ADD CONSTRAINT prod CHECK (id > 0) NOT VALID")));
        HealthView view(m_app.get(), profile(true));
        view.setConnection(test::clusterSpec(m_db));
        QSignalSpy finished(&view, &HealthView::runFinished);
        view.runChecks();
        QVERIFY(finished.wait(60000));
        QVERIFY(view.selectFinding(QStringLiteral("unvalidated-constraint"), m_db + QStringLiteral(".public.o'rders.prod")));
        FixPreviewDialog *preview = openPreview(view);
        QVERIFY(preview && preview->confirmationEdit());
        QVERIFY(!preview->okButton()->isEnabled());
        QTest::keyClicks(preview->confirmationEdit(), QStringLiteral("Health tes"));
        QVERIFY(!preview->okButton()->isEnabled());
        QTest::keyClicks(preview->confirmationEdit(), QStringLiteral("t"));
        QVERIFY(preview->okButton()->isEnabled());
        preview->reject();
    }

    void thresholdsDialogSavesTheProfilesFile()
    {
        ThresholdsDialog dialog(QStringLiteral("health-test"), QStringLiteral("Health test"));
        QTableWidget *table = dialog.table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QLatin1String("idle-in-transaction.seconds"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("300"));
        table->item(row, 3)->setText(QStringLiteral("soon"));
        QVERIFY(!dialog.save()); // not a number: nothing written
        table->item(row, 3)->setText(QStringLiteral("60"));
        QVERIFY(dialog.save());
        auto saved = health::loadThresholds(QStringLiteral("health-test"));
        QVERIFY(saved);
        QCOMPARE(saved->overrides().value(QStringLiteral("idle-in-transaction.seconds")), 60.0);
        // shown again when reopened
        ThresholdsDialog again(QStringLiteral("health-test"), QStringLiteral("Health test"));
        QCOMPARE(again.table()->item(row, 3)->text(), QStringLiteral("60"));
        dialog.resize(900, 500);
        dialog.grab().save(QStringLiteral("/tmp/health-thresholds.png"));
    }

    void cleanupTestCase()
    {
        m_app->jobs().waitForAll(30000);
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
    }
};

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
