// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestenv.h"
#include "health/autovacuumdialog.h"
#include "health/autovacuumsettings.h"
#include "health/maintenanceview.h"
#include "jobs/jobrunner.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "testcluster.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

// The per-table autovacuum settings editor of the Maintenance page on a table with a hostile
// name: the hot-table preset fills in the runbooks' numbers, the preview shows the exact SQL,
// Apply runs it as a job and the table's reloptions really change; a bad value cannot be applied;
// the server-defaults preset resets them; a production profile waits for its typed name.
class TestAutovacuumEditor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_db;
    const QString m_schema = QStringLiteral("av \"sch\"");
    const QString m_table = QStringLiteral("Hot \"orders\"; DROP TABLE x; --");

    ConnectionProfile profile(bool production) const
    {
        const ConnectionSpec spec = test::clusterSpec(m_db);
        ConnectionProfile p;
        p.id = QStringLiteral("autovacuum-test");
        p.name = QStringLiteral("Autovacuum test");
        p.host = spec.value(QStringLiteral("host"));
        p.port = spec.value(QStringLiteral("port")).toInt();
        p.user = spec.value(QStringLiteral("user"));
        p.database = m_db;
        p.production = production;
        return p;
    }

    QString reloptions()
    {
        auto c = pg::Connection::open(test::clusterSpec(m_db));
        if (!c)
            return QStringLiteral("<no connection>");
        auto r = (*c)->exec(QStringLiteral("SELECT coalesce(array_to_string(c.reloptions, ','), '') FROM pg_class c "
                                           "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2"),
                            {m_schema, m_table});
        return r && r->rows() == 1 ? r->text(0, 0) : QStringLiteral("<no table>");
    }

    AutovacuumDialog *openEditor(MaintenanceView &view)
    {
        auto *button = view.findChild<QPushButton *>(QStringLiteral("autovacuumButton"));
        if (!button || !button->isEnabled())
            return nullptr;
        // A closed editor is deleted later: take the one this click opened.
        const QList<AutovacuumDialog *> before = view.findChildren<AutovacuumDialog *>();
        QTest::mouseClick(button, Qt::LeftButton);
        for (AutovacuumDialog *dialog : view.findChildren<AutovacuumDialog *>())
            if (!before.contains(dialog))
                return dialog;
        return nullptr;
    }

    static void choosePreset(AutovacuumDialog *dialog, const QString &id)
    {
        dialog->presetCombo()->setCurrentIndex(dialog->presetCombo()->findData(id));
    }

    bool loadAndCheck(MaintenanceView &view)
    {
        QSignalSpy loaded(&view, &MaintenanceView::tablesLoaded);
        view.setConnection(test::clusterSpec(m_db));
        if (!loaded.wait(20000))
            return false;
        return view.setChecked(m_schema, m_table, true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_db = test::createScratchDatabase(QStringLiteral("gui_autovacuum"));
        QVERIFY(!m_db.isEmpty());
        auto c = pg::Connection::open(test::clusterSpec(m_db));
        QVERIFY(c);
        const QString t = (*c)->quoteIdentifier(m_schema) + QLatin1Char('.') + (*c)->quoteIdentifier(m_table);
        QVERIFY((*c)->execScript(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE %2 (id int); CREATE TABLE x (id int);"
                                                "ALTER TABLE %2 SET (autovacuum_vacuum_cost_limit = 500)")
                                     .arg((*c)->quoteIdentifier(m_schema), t))
                    .ok());
    }

    void changeSqlIsQuotedAndMinimal()
    {
        const health::TableRef ref{m_schema, m_table};
        const auto change = health::autovacuumChange({{QStringLiteral("autovacuum_vacuum_cost_limit"), QStringLiteral("500")},
                                                      {QStringLiteral("autovacuum_enabled"), QStringLiteral("false")}},
                                                     {{QStringLiteral("autovacuum_vacuum_cost_limit"), QStringLiteral("500")},
                                                      {QStringLiteral("autovacuum_enabled"), QString()},
                                                      {QStringLiteral("autovacuum_vacuum_scale_factor"), QStringLiteral("0.01")},
                                                      {QStringLiteral("autovacuum_analyze_threshold"), QString()}});
        QCOMPARE(change.set.keys(), QStringList{QStringLiteral("autovacuum_vacuum_scale_factor")});
        QCOMPARE(change.reset, QStringList{QStringLiteral("autovacuum_enabled")});
        auto sql = health::autovacuumChangeSql(ref, change);
        QVERIFY(sql);
        QCOMPARE(*sql, QStringLiteral("ALTER TABLE \"av \"\"sch\"\"\".\"Hot \"\"orders\"\"; DROP TABLE x; --\" SET (autovacuum_vacuum_scale_factor = 0.01);\n"
                                      "ALTER TABLE \"av \"\"sch\"\"\".\"Hot \"\"orders\"\"; DROP TABLE x; --\" RESET (autovacuum_enabled);"));
        QVERIFY(!health::autovacuumChangeSql(ref, {{{QStringLiteral("autovacuum_enabled"), QStringLiteral("1); DROP TABLE x")}}, {}}));
        QVERIFY(!health::autovacuumChangeSql(ref, {{}, {QStringLiteral("fillfactor")}}));
        QCOMPARE(health::parseAutovacuumOptions(QStringLiteral("autovacuum_enabled=false, autovacuum_vacuum_threshold=5")).size(), 2);
    }

    void hotPresetLandsInReloptionsAndResets()
    {
        MaintenanceView view(m_app.get(), profile(false));
        view.resize(1100, 700);
        view.show();
        QVERIFY(loadAndCheck(view));
        AutovacuumDialog *dialog = openEditor(view);
        QVERIFY(dialog);
        // The current value of the table is shown and kept.
        QTableWidget *table = dialog->parametersTable();
        bool sawCurrent = false;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == QLatin1String("autovacuum_vacuum_cost_limit"))
                sawCurrent = table->item(row, 1)->text() == QLatin1String("500");
        QVERIFY(sawCurrent);
        QVERIFY(!dialog->applyButton()->isEnabled()); // nothing changes yet
        choosePreset(dialog, QStringLiteral("hot"));
        const QString target = QStringLiteral("\"av \"\"sch\"\"\".\"Hot \"\"orders\"\"; DROP TABLE x; --\"");
        QCOMPARE(dialog->sqlEdit()->toPlainText(),
                 QStringLiteral("ALTER TABLE %1 SET (autovacuum_analyze_scale_factor = 0.005, autovacuum_analyze_threshold = 500, "
                                "autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);")
                     .arg(target));
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->setValue(QStringLiteral("autovacuum_vacuum_cost_delay"), QStringLiteral("2; DROP TABLE x"));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(dialog->sql().isEmpty());
        dialog->setValue(QStringLiteral("autovacuum_vacuum_cost_delay"), QStringLiteral("2"));
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->grab().save(QStringLiteral("/tmp/health-autovacuum.png"));
        QSignalSpy applied(&view, &MaintenanceView::autovacuumApplied);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(30000));
        QCOMPARE(applied.first().first().toBool(), true);
        const QString options = reloptions();
        for (const char *expected : {"autovacuum_vacuum_threshold=1000", "autovacuum_vacuum_scale_factor=0.01",
                                     "autovacuum_analyze_threshold=500", "autovacuum_analyze_scale_factor=0.005",
                                     "autovacuum_vacuum_cost_delay=2", "autovacuum_vacuum_cost_limit=500"})
            QVERIFY2(options.contains(QLatin1String(expected)), qPrintable(options));
        auto check = pg::Connection::open(test::clusterSpec(m_db));
        QVERIFY(check);
        QVERIFY((*check)->exec(QStringLiteral("SELECT 1 FROM x")).ok()); // the name's "DROP TABLE x" never ran

        // Server defaults: every autovacuum parameter of the table reset.
        QSignalSpy reloaded(&view, &MaintenanceView::tablesLoaded);
        QVERIFY(reloaded.count() > 0 || reloaded.wait(20000));
        QVERIFY(view.setChecked(m_schema, m_table, true));
        dialog = openEditor(view);
        QVERIFY(dialog);
        choosePreset(dialog, QStringLiteral("default"));
        QVERIFY2(dialog->sql().startsWith(QStringLiteral("ALTER TABLE %1 RESET (").arg(target)), qPrintable(dialog->sql()));
        applied.clear();
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(30000));
        QCOMPARE(applied.first().first().toBool(), true);
        QCOMPARE(reloptions(), QString());
    }

    void productionWaitsForTheTypedName()
    {
        MaintenanceView view(m_app.get(), profile(true));
        QVERIFY(loadAndCheck(view));
        AutovacuumDialog *dialog = openEditor(view);
        QVERIFY(dialog && dialog->confirmationEdit());
        choosePreset(dialog, QStringLiteral("large-hot"));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("Autovacuum test"));
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->setValue(QStringLiteral("autovacuum_enabled"), QStringLiteral("maybe"));
        QVERIFY(!dialog->applyButton()->isEnabled()); // the typed name does not make a bad value good
        dialog->reject();
    }

    void cleanupTestCase()
    {
        m_app->jobs().waitForAll(30000);
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
    }
};

QTEST_MAIN(TestAutovacuumEditor)
#include "tst_autovacuumeditor.moc"
