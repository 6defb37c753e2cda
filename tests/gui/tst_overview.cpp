// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/databasetablemodel.h"
#include "monitor/humanformat.h"
#include "monitor/overviewwidget.h"
#include "monitor/serverview.h"
#include "shell/appcontext.h"
#include "shell/passwordprompt.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QAbstractItemModel>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void humanFormats();
    void showsServerAndDatabases();
    void showsProductionBanner();
    void connectionErrorOffersRetry();
    void askEveryTimePromptsOnceNonModally();

private:
    ConnectionProfile clusterProfile(int portOffset = 0) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
};

void TestOverview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_app = test::isolatedAppContext(m_dir);
    QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
}

ConnectionProfile TestOverview::clusterProfile(int portOffset) const
{
    const ConnectionSpec spec = test::clusterSpec();
    ConnectionProfile p;
    p.id = QStringLiteral("overview-test");
    p.name = QStringLiteral("Test cluster");
    p.host = spec.value(QStringLiteral("host"));
    p.port = spec.value(QStringLiteral("port")).toInt() + portOffset;
    p.user = spec.value(QStringLiteral("user"));
    p.database = QStringLiteral("postgres");
    return p;
}

void TestOverview::humanFormats()
{
    QCOMPARE(humanDuration(3 * 86400 + 4 * 3600 + 59), QStringLiteral("3 d 4 h"));
    QCOMPARE(humanDuration(2 * 3600 + 5 * 60), QStringLiteral("2 h 5 min"));
    QCOMPARE(humanDuration(42), QStringLiteral("42 s"));
}

void TestOverview::showsServerAndDatabases()
{
    ServerView view(m_app.get(), clusterProfile());
    QSignalSpy loaded(&view, &ServerView::overviewLoaded);
    QSignalSpy failed(&view, &ServerView::loadFailed);
    view.resize(900, 600);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("productionBanner"))->isVisible());
    const QString version = view.findChild<QLabel *>(QStringLiteral("versionValue"))->text();
    QVERIFY2(version.contains(QStringLiteral("15.")), qPrintable(version));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("roleValue"))->text(), QStringLiteral("Primary"));
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("lastRefreshLabel"))->text().isEmpty());

    const QAbstractItemModel *model = view.findChild<QTableView *>(QStringLiteral("databasesView"))->model();
    int demoRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DatabaseTableModel::Name).data().toString() == test::demoDatabase())
            demoRow = row;
    }
    QVERIFY2(demoRow >= 0, "pgsteward_demo is not listed");
    const QModelIndex size = model->index(demoRow, DatabaseTableModel::Size);
    QVERIFY(size.data(DatabaseTableModel::SortRole).toLongLong() > 0);
    QVERIFY(!size.data().toString().isEmpty());

    // Refresh reloads through a new job and lands again.
    view.findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    // Refresh jobs are forgotten once shown, so they do not pile up in the runner.
    QTRY_VERIFY(m_app->jobs().jobs().isEmpty());
}

void TestOverview::showsProductionBanner()
{
    ConnectionProfile profile = clusterProfile();
    profile.production = true;
    profile.name = QStringLiteral("Billing");
    ServerView view(m_app.get(), profile);
    view.show();
    auto *banner = view.findChild<QLabel *>(QStringLiteral("productionBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("PRODUCTION — Billing"));
    QVERIFY(banner->styleSheet().contains(QStringLiteral("#c62828")));
}

void TestOverview::connectionErrorOffersRetry()
{
    ServerView view(m_app.get(), clusterProfile(1000));
    QSignalSpy failed(&view, &ServerView::loadFailed);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QVERIFY(view.findChild<QFrame *>(QStringLiteral("errorFrame"))->isVisible());
    const QString message = view.findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("No PostgreSQL server is listening")), qPrintable(message));
    QVERIFY(!view.overview()->isVisible());
    auto *retry = view.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
}

void TestOverview::askEveryTimePromptsOnceNonModally()
{
    ConnectionProfile profile = clusterProfile();
    profile.id = QStringLiteral("ask-test");
    profile.passwordStorage = PasswordStorage::Ask;

    // Canceling the prompt is an error shown in the view, not a hang.
    {
        ServerView view(m_app.get(), profile);
        QSignalSpy failed(&view, &ServerView::loadFailed);
        view.show();
        PasswordPrompt *prompt = view.findChild<PasswordPrompt *>();
        QVERIFY(prompt && prompt->isVisible());
        prompt->reject();
        QCOMPARE(failed.count(), 1);
    }

    ServerView view(m_app.get(), profile);
    QSignalSpy loaded(&view, &ServerView::overviewLoaded);
    view.show();
    PasswordPrompt *prompt = view.findChild<PasswordPrompt *>();
    QVERIFY(prompt && prompt->isVisible());
    QTest::keyClicks(prompt->findChild<QLineEdit *>(QStringLiteral("promptPasswordEdit")), QStringLiteral("any"));
    prompt->accept();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000); // the test cluster trusts local sockets

    // A second view of the same profile uses the session cache: no second question.
    ServerView again(m_app.get(), profile);
    QSignalSpy loadedAgain(&again, &ServerView::overviewLoaded);
    again.show();
    QVERIFY(!again.findChild<PasswordPrompt *>());
    QTRY_COMPARE_WITH_TIMEOUT(loadedAgain.count(), 1, 20000);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
