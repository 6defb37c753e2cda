// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Security view offscreen against the fixture cluster: the audit fills the roles table and
// the findings; a selected role shows its groups and effective privileges; Apply fix runs the
// fix and the next audit no longer has the finding (on a production profile only after the
// typed name); the role dialog previews a SCRAM verifier, never the password, and creates the
// role; the grant dialog grants on all tables of a schema in one transaction; exports; a
// screenshot to /tmp/audit.png. Roles carry a unique prefix and are dropped at the end.
#include "audit/grantdialog.h"
#include "audit/roledialog.h"
#include "audit/rolesmodel.h"
#include "audit/securityview.h"
#include "guitestenv.h"
#include "pg/connection.h"
#include "shell/typedconfirmdialog.h"
#include "testcluster.h"


#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace pgs;

namespace {

// The widgets of the Designer forms, by their object names.
template<class W>
W *child(QObject *parent, const char *name)
{
    W *w = parent->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_prefix;
    QString m_db;
    std::unique_ptr<SecurityView> m_view;

    QString name(const QString &what) const { return m_prefix + what; }

    ConnectionProfile profile(bool production) const
    {
        const ConnectionSpec spec = test::clusterSpec();
        ConnectionProfile p;
        p.id = QStringLiteral("audit-test");
        p.name = QStringLiteral("Audit test");
        p.host = spec.value(QStringLiteral("host"));
        p.port = spec.value(QStringLiteral("port")).toInt();
        p.user = spec.value(QStringLiteral("user"));
        p.database = QStringLiteral("postgres");
        p.production = production;
        return p;
    }

    Result<pg::QueryResult> query(const QString &sql, const QVariantList &params = {}, const QString &db = QStringLiteral("postgres"))
    {
        auto conn = pg::Connection::open(test::clusterSpec(db));
        if (!conn)
            return conn.error();
        return (*conn)->exec(sql, params);
    }

    bool audited()
    {
        QSignalSpy done(m_view.get(), &SecurityView::auditFinished);
        if (!m_view->isRunning())
            m_view->runAudit();
        return done.wait(60000) && done.first().first().toString().isEmpty();
    }

    QTreeWidgetItem *findingItem(const QString &code, const QString &object) const
    {
        QTreeWidget *tree = child<QTreeWidget>(m_view.get(), "findingsTree");
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
                if (item->text(0) == code && item->text(1) == object)
                    return item;
            }
        return nullptr;
    }

    bool applyFix(const QString &code, const QString &object, bool production)
    {
        QTreeWidgetItem *item = findingItem(code, object);
        if (!item)
            return false;
        child<QTreeWidget>(m_view.get(), "findingsTree")->setCurrentItem(item);
        if (!child<QPushButton>(m_view.get(), "applyFixButton")->isEnabled())
            return false;
        QSignalSpy changed(m_view.get(), &SecurityView::changeFinished);
        QSignalSpy audit(m_view.get(), &SecurityView::auditFinished);
        child<QPushButton>(m_view.get(), "applyFixButton")->click();
        if (production) {
            auto *confirm = m_view->findChild<TypedConfirmDialog *>(QStringLiteral("securityConfirmation"));
            if (!confirm || confirm->buttons()->button(QDialogButtonBox::Ok)->isEnabled())
                return false; // the typed name is required first
            if (changed.wait(300))
                return false; // nothing may run before the name is typed
            QTest::keyClicks(confirm->confirmationEdit(), profile(true).name);
            confirm->buttons()->button(QDialogButtonBox::Ok)->click();
        }
        return changed.wait(30000) && changed.first().first().toString().isEmpty() && audit.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_prefix = QStringLiteral("gui au%1 \"ü' ").arg(QRandomGenerator::global()->bounded(100000000));
        m_db = test::createScratchDatabase(QStringLiteral("auditgui"));
        QVERIFY(!m_db.isEmpty());
        const auto q = [this](const QString &w) { return quoteIdentAlways(name(w)); };
        QVERIFY(query(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(q(QStringLiteral("creator")))).ok());
        QVERIFY(query(QStringLiteral("CREATE ROLE %1 LOGIN BYPASSRLS").arg(q(QStringLiteral("bypass")))).ok());
        QVERIFY(query(QStringLiteral("CREATE ROLE %1").arg(q(QStringLiteral("readers")))).ok());
        QVERIFY(query(QStringLiteral("GRANT %1 TO %2").arg(q(QStringLiteral("readers")), q(QStringLiteral("creator")))).ok());
        QVERIFY(query(QStringLiteral("CREATE SCHEMA app"), {}, m_db).ok());
        QVERIFY(query(QStringLiteral("CREATE TABLE app.orders (id int)"), {}, m_db).ok());
        QVERIFY(query(QStringLiteral("GRANT SELECT ON app.orders TO %1").arg(q(QStringLiteral("readers"))), {}, m_db).ok());
        m_view = std::make_unique<SecurityView>(m_app.get(), profile(false));
        m_view->resize(1400, 820);
        m_view->setConnection(test::clusterSpec());
        m_view->show();
        QVERIFY(audited());
    }

    void cleanupTestCase()
    {
        m_view.reset();
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
        auto roles = query(QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)"), {m_prefix});
        QVERIFY(roles.ok());
        for (int i = 0; i < roles->rows(); ++i)
            QVERIFY(query(QStringLiteral("DROP ROLE %1").arg(quoteIdentAlways(roles->text(i, 0)))).ok());
    }

    void rolesFindingsAndPrivileges()
    {
        RolesModel *model = m_view->rolesModel();
        QVERIFY(model->rowCount() >= 3);
        QVERIFY(findingItem(QStringLiteral("createrole-nonsuper"), name(QStringLiteral("creator"))));
        QCOMPARE(findingItem(QStringLiteral("createrole-nonsuper"), name(QStringLiteral("creator")))->parent()->text(0).left(7),
                 severityLabel(Severity::Warning).left(7));
        m_view->selectRole(name(QStringLiteral("creator")));
        QTreeWidget *members = child<QTreeWidget>(m_view.get(), "membershipTree");
        QCOMPARE(members->topLevelItem(0)->child(0)->text(0), name(QStringLiteral("readers")));
        QTreeWidget *privileges = child<QTreeWidget>(m_view.get(), "privilegesTree");
        QTreeWidgetItem *orders = nullptr;
        for (int i = 0; i < privileges->topLevelItemCount(); ++i)
            if (privileges->topLevelItem(i)->text(0) == m_db && privileges->topLevelItem(i)->text(1) == QLatin1String("table app.orders"))
                orders = privileges->topLevelItem(i);
        QVERIFY(orders);
        QVERIFY2(orders->text(3).contains(name(QStringLiteral("readers"))), qPrintable(orders->text(3)));
        privileges->setCurrentItem(orders);
        QVERIFY(child<QTreeWidget>(m_view.get(), "objectAccessTree")->topLevelItemCount() >= 2); // the group and its member
    }

    void applyFixThenGone()
    {
        QVERIFY(applyFix(QStringLiteral("createrole-nonsuper"), name(QStringLiteral("creator")), false));
        QVERIFY(!findingItem(QStringLiteral("createrole-nonsuper"), name(QStringLiteral("creator"))));
        QVERIFY2(child<QTextBrowser>(m_view.get(), "changesText")->toPlainText().contains(QStringLiteral("createrole-nonsuper")),
                 qPrintable(child<QTextBrowser>(m_view.get(), "changesText")->toPlainText()));
    }

    void productionNeedsTheTypedName()
    {
        m_view->setProfile(profile(true));
        QVERIFY(applyFix(QStringLiteral("bypassrls"), name(QStringLiteral("bypass")), true));
        QVERIFY(!findingItem(QStringLiteral("bypassrls"), name(QStringLiteral("bypass"))));
        m_view->setProfile(profile(false));
    }

    void createRoleWithClientSideScram()
    {
        RoleDialog *dialog = m_view->openRoleDialog(false);
        QVERIFY(dialog);
        const QString role = name(QStringLiteral("new one"));
        const QString password = QStringLiteral("gui-Secret-42");
        child<QLineEdit>(dialog, "nameEdit")->setText(role); // keyClicks knows no ü
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), password);
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), password);
        child<QCheckBox>(dialog, "loginCheck")->setChecked(true);
        child<QSpinBox>(dialog, "limitSpin")->setValue(7);
        for (int i = 0; i < child<QListWidget>(dialog, "memberOfList")->count(); ++i)
            if (child<QListWidget>(dialog, "memberOfList")->item(i)->text() == name(QStringLiteral("readers")))
                child<QListWidget>(dialog, "memberOfList")->item(i)->setCheckState(Qt::Checked);
        QPushButton *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing runs unpreviewed
        child<QPushButton>(dialog, "previewButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->statements().isEmpty(), 20000);
        const QString preview = child<QPlainTextEdit>(dialog, "previewEdit")->toPlainText();
        QVERIFY2(preview.contains(QLatin1String("PASSWORD 'SCRAM-SHA-256$4096:")), qPrintable(preview));
        QVERIFY(!preview.contains(password));
        QVERIFY2(preview.contains(QLatin1String("CONNECTION LIMIT 7")) && preview.contains(QLatin1String("IN ROLE")), qPrintable(preview));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/audit-role.png")));
        QSignalSpy changed(m_view.get(), &SecurityView::changeFinished);
        QSignalSpy audit(m_view.get(), &SecurityView::auditFinished);
        ok->click();
        QVERIFY(changed.wait(30000));
        QCOMPARE(changed.first().first().toString(), QString());
        QVERIFY(audit.wait(60000));
        auto r = query(QStringLiteral("SELECT rolcanlogin, rolconnlimit, pg_has_role(rolname, $2, 'MEMBER') FROM pg_roles WHERE rolname = $1"),
                       {role, name(QStringLiteral("readers"))});
        QVERIFY(r.ok() && r->rows() == 1);
        QCOMPARE(r->text(0, 0) + r->text(0, 1) + r->text(0, 2), QStringLiteral("t7t"));
        const AuditRole *created = m_view->snapshot()->roleNamed(role);
        QVERIFY(created);
        QCOMPARE(created->passwordMethod, QStringLiteral("scram-sha-256"));
    }

    void grantOnAllTablesInSchema()
    {
        m_view->selectRole(name(QStringLiteral("bypass")));
        GrantDialog *dialog = m_view->openGrantDialog();
        QVERIFY(dialog);
        child<QComboBox>(dialog, "databaseCombo")->setCurrentText(m_db);
        child<QComboBox>(dialog, "targetCombo")->setCurrentIndex(child<QComboBox>(dialog, "targetCombo")->findData(int(GrantRequest::Target::AllTablesInSchema)));
        child<QComboBox>(dialog, "schemaCombo")->setCurrentText(QStringLiteral("app"));
        QVERIFY(dialog->privilegeBox(QStringLiteral("SELECT")));
        dialog->privilegeBox(QStringLiteral("SELECT"))->setChecked(true);
        dialog->privilegeBox(QStringLiteral("UPDATE"))->setChecked(true);
        child<QPushButton>(dialog, "previewButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->statements().isEmpty(), 20000);
        QCOMPARE(dialog->statements(), QStringList{QStringLiteral("GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA \"app\" TO %1;")
                                                       .arg(quoteIdentAlways(name(QStringLiteral("bypass"))))});
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/audit-grant.png")));
        QSignalSpy changed(m_view.get(), &SecurityView::changeFinished);
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(changed.wait(30000));
        QCOMPARE(changed.first().first().toString(), QString());
        auto r = query(QStringLiteral("SELECT has_table_privilege($1, 'app.orders', 'UPDATE')"), {name(QStringLiteral("bypass"))}, m_db);
        QVERIFY(r.ok());
        QCOMPARE(r->text(0, 0), QStringLiteral("t"));
        QSignalSpy audit(m_view.get(), &SecurityView::auditFinished);
        QVERIFY(m_view->isRunning() ? audit.wait(60000) : true);
    }

    void exportsAndScreenshot()
    {
        for (auto [format, suffix] : {std::pair{AuditExportFormat::Html, "html"}, std::pair{AuditExportFormat::Pdf, "pdf"},
                                      std::pair{AuditExportFormat::Csv, "csv"}, std::pair{AuditExportFormat::Json, "json"}}) {
            const QString path = m_dir.filePath(QStringLiteral("audit.") + QString::fromLatin1(suffix));
            QCOMPARE(m_view->exportTo(path, format), QString());
            QVERIFY(QFileInfo(path).size() > 100);
        }
        m_view->selectRole(name(QStringLiteral("creator")));
        child<QTabWidget>(m_view.get(), "detailTabs")->setCurrentIndex(0);
        child<QTreeWidget>(m_view.get(), "findingsTree")->expandAll();
        QTest::qWait(50);
        QVERIFY(m_view->grab().save(QStringLiteral("/tmp/audit.png")));
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
