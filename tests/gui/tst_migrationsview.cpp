// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migrationsview.h"
#include "migrations/migrationtablemodel.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "shell/typedconfirmdialog.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QDialogButtonBox>
#include <QTextBrowser>

using namespace pgs;
using namespace pgs::migrations;

// The Migrations tab offscreen against the test cluster: a native folder in a scratch database,
// the status in the table, Apply as a job, a failing migration highlighted at its line, the
// production guard (backup offer, typed name), Roll back, and the folder remembered.
class TestMigrationsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_db;
    QString m_folder;

    ConnectionProfile profile(bool production = false) const
    {
        const ConnectionSpec spec = test::clusterSpec();
        ConnectionProfile p;
        p.id = QStringLiteral("migrations-test");
        p.name = QStringLiteral("Migrations test");
        p.host = spec.value(QStringLiteral("host"));
        p.port = spec.value(QStringLiteral("port")).toInt();
        p.user = spec.value(QStringLiteral("user"));
        p.database = m_db;
        p.production = production;
        return p;
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QString value(const QString &sql) const
    {
        auto conn = pg::Connection::open(test::clusterSpec(m_db));
        if (!conn)
            return conn.error().message;
        auto r = (*conn)->exec(sql);
        return r ? r->text(0, 0) : r.error().message;
    }
    // A view with its connection and folder, once its status is shown.
    std::unique_ptr<MigrationsView> openView(bool production = false, bool setFolder = true)
    {
        auto view = std::make_unique<MigrationsView>(m_app.get(), profile(production));
        view->resize(1100, 640);
        view->show();
        QSignalSpy loaded(view.get(), &MigrationsView::statusLoaded);
        view->setConnection(test::clusterSpec(m_db));
        if (setFolder) {
            // The database list comes first (a read); then the folder.
            [&] { QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(*view, "databaseCombo")->count() > 0, 10000); }();
            view->setFolder(m_folder);
        }
        [&] { QVERIFY(loaded.wait(15000)); }();
        return view;
    }
    static QStringList states(const MigrationsView &view)
    {
        QStringList out;
        for (const MigrationStatus &s : view.model()->migrations())
            out << s.version + QLatin1Char('=') + stateName(s.state);
        return out;
    }

    template<class T> static T *child(const MigrationsView &view, const char *name)
    {
        return view.findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_db = test::createScratchDatabase(QStringLiteral("mig_gui"));
        QVERIFY(!m_db.isEmpty());
        // An existing table for the lint to judge (value() of a statement without rows is empty).
        QCOMPARE(value(QStringLiteral("CREATE TABLE big AS SELECT g AS id, md5(g::text) AS t FROM generate_series(1, 20000) g")),
                 QString());
        m_folder = m_dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(m_folder);
        write(m_folder + QStringLiteral("/0001_create_orders.up.sql"), "CREATE TABLE \"order items\" (id int PRIMARY KEY, qty int);\n");
        write(m_folder + QStringLiteral("/0001_create_orders.down.sql"), "DROP TABLE \"order items\";\n");
        write(m_folder + QStringLiteral("/0002_index_big.up.sql"), "CREATE INDEX big_t ON big (t);\n");
        write(m_folder + QStringLiteral("/0002_index_big.down.sql"), "DROP INDEX big_t;\n");
        write(m_folder + QStringLiteral("/0003_seed.up.sql"), "INSERT INTO \"order items\" VALUES (1, 5);\n");
        write(m_folder + QStringLiteral("/0003_seed.down.sql"), "DELETE FROM \"order items\";\n");
    }
    void cleanupTestCase()
    {
        m_app.reset();
        test::dropScratchDatabase(m_db);
    }

    void showsPendingWithChecks()
    {
        auto view = openView();
        QCOMPARE(states(*view), (QStringList{"0001=pending", "0002=pending", "0003=pending"}));
        QVERIFY(child<QLabel>(*view, "detectionLabel")->text().contains(QLatin1String("native")));
        QCOMPARE(view->model()->data(view->model()->index(0, MigrationTableModel::StateColumn), Qt::ForegroundRole).value<QColor>(),
                 MigrationTableModel::stateColor(State::Pending));
        // Lint against the real table: CREATE INDEX without CONCURRENTLY on big.
        QVERIFY2(child<QTextBrowser>(*view, "checksView")->toPlainText().contains(QLatin1String("CREATE INDEX blocks writes")),
                 qPrintable(child<QTextBrowser>(*view, "checksView")->toPlainText()));
        child<QTabWidget>(*view, "detailTabs")->setCurrentWidget(child<QWidget>(*view, "checksTab"));
        QVERIFY(view->grab().save(QStringLiteral("/tmp/migrations.png")));
        child<QTableView>(*view, "migrationsTable")->selectRow(0);
        QVERIFY(child<QPlainTextEdit>(*view, "sqlView")->toPlainText().contains(QLatin1String("CREATE TABLE \"order items\"")));
        QVERIFY(child<QPushButton>(*view, "applyButton")->isEnabled());
        QVERIFY(child<QPushButton>(*view, "dryRunButton")->isEnabled());
        QVERIFY(!child<QPushButton>(*view, "rollbackButton")->isEnabled());

        QSignalSpy ran(view.get(), &MigrationsView::runFinished);
        QTest::mouseClick(child<QPushButton>(*view, "dryRunButton"), Qt::LeftButton);
        QVERIFY(ran.wait(15000));
        QVERIFY(child<QPlainTextEdit>(*view, "sqlView")->toPlainText().contains(QLatin1String("INSERT INTO pgsteward_migrations")));
        QCOMPARE(value(QStringLiteral("SELECT to_regclass('pgsteward_migrations') IS NULL")), QStringLiteral("t"));
    }

    void applyToHereThenFailureHighlighted()
    {
        auto view = openView();
        child<QTableView>(*view, "migrationsTable")->selectRow(1);
        QSignalSpy ran(view.get(), &MigrationsView::runFinished);
        QSignalSpy loaded(view.get(), &MigrationsView::statusLoaded);
        QTest::mouseClick(child<QPushButton>(*view, "applyToHereButton"), Qt::LeftButton);
        QVERIFY(ran.wait(15000));
        QCOMPARE(ran.first().first().toBool(), true);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(states(*view), (QStringList{"0001=applied", "0002=applied", "0003=pending"}));
        QVERIFY(child<QPlainTextEdit>(*view, "logView")->toPlainText().contains(QLatin1String("Applied 0002 index_big")));

        write(m_folder + QStringLiteral("/0004_broken.up.sql"), "SELECT 1;\nINSERT INTO nowhere VALUES (1);\n");
        view->refresh();
        QVERIFY(loaded.wait(15000));
        ran.clear();
        QTest::mouseClick(child<QPushButton>(*view, "applyButton"), Qt::LeftButton);
        QVERIFY(ran.wait(15000));
        QCOMPARE(ran.first().first().toBool(), false);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(states(*view), (QStringList{"0001=applied", "0002=applied", "0003=applied", "0004=pending"}));
        QVERIFY(view->lastRun().failed.has_value());
        QCOMPARE(view->lastRun().failed->line, 2);
        QVERIFY2(child<QLabel>(*view, "sqlCaption")->text().contains(QLatin1String("line 2")), qPrintable(child<QLabel>(*view, "sqlCaption")->text()));
        QCOMPARE(child<QPlainTextEdit>(*view, "sqlView")->extraSelections().size(), 1);
        QCOMPARE(child<QPlainTextEdit>(*view, "sqlView")->extraSelections().first().cursor.selectedText(), QStringLiteral("INSERT INTO nowhere VALUES (1);"));
        QVERIFY(view->grab().save(QStringLiteral("/tmp/migrations-failed.png")));
        QFile::remove(m_folder + QStringLiteral("/0004_broken.up.sql"));
    }

    void productionRollbackNeedsBackupOfferAndTypedName()
    {
        auto view = openView(true);
        QCOMPARE(view->folder(), m_folder); // remembered for this profile and database
        child<QTableView>(*view, "migrationsTable")->selectRow(2); // 0003
        QTest::mouseClick(child<QPushButton>(*view, "rollbackButton"), Qt::LeftButton);
        auto *offer = view->findChild<QMessageBox *>(QStringLiteral("migrationBackupOffer"));
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());
        QTest::mouseClick(offer->findChild<QPushButton *>(QStringLiteral("skipBackupButton")), Qt::LeftButton);
        TypedConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = view->findChild<TypedConfirmDialog *>(QStringLiteral("migrationConfirmation"))) != nullptr);
        QPushButton *ok = confirm->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok && !ok->isEnabled());
        QTest::keyClicks(confirm->confirmationEdit(), QStringLiteral("Migrations test"));
        QVERIFY(ok->isEnabled());
        QSignalSpy ran(view.get(), &MigrationsView::runFinished);
        QSignalSpy loaded(view.get(), &MigrationsView::statusLoaded);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(ran.wait(15000));
        QCOMPARE(ran.first().first().toBool(), true);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(states(*view), (QStringList{"0001=applied", "0002=applied", "0003=pending"}));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM \"order items\"")), QStringLiteral("0"));
    }

    void changedFileShownAsDiff()
    {
        write(m_folder + QStringLiteral("/0001_create_orders.up.sql"),
              "CREATE TABLE \"order items\" (id bigint PRIMARY KEY, qty int);\n");
        auto view = openView();
        QCOMPARE(states(*view).value(0), QStringLiteral("0001=changed"));
        QCOMPARE(view->model()->data(view->model()->index(0, MigrationTableModel::StateColumn), Qt::ForegroundRole).value<QColor>(),
                 MigrationTableModel::stateColor(State::Changed));
        child<QTableView>(*view, "migrationsTable")->selectRow(0);
        const QString text = child<QPlainTextEdit>(*view, "sqlView")->toPlainText();
        QVERIFY2(text.contains(QLatin1String("- CREATE TABLE \"order items\" (id int PRIMARY KEY, qty int);"))
                     && text.contains(QLatin1String("+ CREATE TABLE \"order items\" (id bigint PRIMARY KEY, qty int);")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestMigrationsView)
#include "tst_migrationsview.moc"
