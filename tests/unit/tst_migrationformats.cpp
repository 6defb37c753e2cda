// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/checksums.h"
#include "migrations/folderreader.h"
#include "migrations/formatdetect.h"
#include "migrations/lint.h"
#include "migrations/planner.h"
#include "migrations/preflight.h"
#include "migrations/textdiff.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::migrations;

namespace {
// The test file of the checksum vectors: two lines, a quoted identifier with a space.
const QByteArray kLf("CREATE TABLE \"my table\" (id int);\nINSERT INTO \"my table\" VALUES (1);\n");
const QByteArray kBomCrlf = QByteArray("\xEF\xBB\xBF") + QByteArray(kLf).replace("\n", "\r\n");

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

MigrationFile fileWith(const QString &version, const QString &sql, bool transactional = true)
{
    MigrationFile f;
    f.version = version;
    f.name = QStringLiteral("m") + version;
    f.script = version + QStringLiteral("_m.sql");
    f.upSql = sql;
    f.transactional = transactional;
    f.checksum = QStringLiteral("c") + version;
    return f;
}
} // namespace

class TstMigrationFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Expected values computed independently with Python:
    //   Flyway: c = 0; for each line of re.split(rb'\r\n|\r|\n', data) (BOM dropped, no trailing
    //   empty line): c = zlib.crc32(line, c); then c - 2**32 if c >= 2**31.
    //   sqlx: hashlib.sha384(data).hexdigest().
    void flywayChecksumMatchesKnownVectors()
    {
        QCOMPARE(flywayChecksum(kLf), -1995010679);
        QCOMPARE(flywayChecksum(kBomCrlf), -1995010679); // line endings and the BOM do not count
        QCOMPARE(flywayChecksum("SELECT 1;"), 78787420);
        QCOMPARE(flywayChecksum("select 1;\n\n-- end\r"), 1723754296);
        QCOMPARE(crc32Update(0, "123456789", 9), 0xCBF43926u); // the CRC-32 check value
    }
    void sqlxChecksumIsSha384OfTheBytes()
    {
        QCOMPARE(sqlxChecksum(kLf).toHex(),
                 QByteArray("f0d26a38711973c447007026a771a86eb8bd0149295b89fd13debb78c51e715e747ec2f027cdb553916f2e51"
                            "7885d87e"));
        QCOMPARE(sqlxChecksum(kBomCrlf).toHex(),
                 QByteArray("68f0a6db25a20bb0f3747946d33959fb8f907ade8eaad9196c69a55873fb9491e822f12b70388fb3ce2003"
                            "5c79372444"));
    }
    void versionsCompareNumericallyPerPart()
    {
        QVERIFY(compareVersions(QStringLiteral("2.1"), QStringLiteral("2")) > 0);
        QVERIFY(compareVersions(QStringLiteral("2.10"), QStringLiteral("2.9")) > 0);
        QVERIFY(compareVersions(QStringLiteral("10"), QStringLiteral("9")) > 0);
        QCOMPARE(compareVersions(QStringLiteral("1.0"), QStringLiteral("1")), 0);
        QCOMPARE(compareVersions(QStringLiteral("001"), QStringLiteral("1")), 0);
        QVERIFY(compareVersions(QStringLiteral("20240101120000"), QStringLiteral("20231231235959")) > 0);
    }
    void flywayFolderSortsDottedVersionsAndPairsUndo()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V2__second.sql")), "SELECT 2;");
        write(dir.filePath(QStringLiteral("V2.1__point_one.sql")), "SELECT 21;");
        write(dir.filePath(QStringLiteral("V10__ten.sql")), "SELECT 10;");
        write(dir.filePath(QStringLiteral("V1_1__underscore.sql")), "SELECT 11;");
        write(dir.filePath(QStringLiteral("U2__second.sql")), "SELECT -2;");
        write(dir.filePath(QStringLiteral("R__view.sql")), "SELECT 'r';");
        write(dir.filePath(QStringLiteral("V3__concurrent.sql")), "CREATE INDEX CONCURRENTLY i ON t (a);");
        write(dir.filePath(QStringLiteral("V3__concurrent.sql.conf")), "executeInTransaction=false\n");
        write(dir.filePath(QStringLiteral("later/V11__nested.sql")), "SELECT 11;");
        auto folder = readFolder(dir.path(), Format::Flyway);
        QVERIFY(folder.ok());
        QStringList versions;
        for (const MigrationFile &f : folder->files)
            versions << (f.repeatable ? QStringLiteral("R") : f.version);
        QCOMPARE(versions, (QStringList{"1.1", "2", "2.1", "3", "10", "11", "R"}));
        QCOMPARE(folder->files[5].script, QStringLiteral("later/V11__nested.sql")); // relative, as Flyway records it
        QCOMPARE(folder->files[1].name, QStringLiteral("second"));
        QVERIFY(folder->files[1].hasDown);
        QCOMPARE(folder->files[1].downScript, QStringLiteral("U2__second.sql"));
        QCOMPARE(folder->files[2].name, QStringLiteral("point one"));
        QVERIFY(!folder->files[3].transactional);
        QVERIFY(folder->files[0].transactional);
        QCOMPARE(folder->files[0].checksum, QString::number(flywayChecksum("SELECT 11;")));
    }
    void dbmateSectionsAndTransactionOption()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("20240101000000_create.sql")),
              "-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n");
        write(dir.filePath(QStringLiteral("20240102000000_index.sql")),
              "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY ai ON a (id);\n");
        auto folder = readFolder(dir.path(), Format::Dbmate);
        QVERIFY(folder.ok());
        QCOMPARE(folder->files.size(), 2);
        QCOMPARE(folder->files[0].upSql.trimmed(), QStringLiteral("CREATE TABLE a (id int);"));
        QCOMPARE(folder->files[0].downSql.trimmed(), QStringLiteral("DROP TABLE a;"));
        QCOMPARE(folder->files[0].upFirstLine, 2);
        QVERIFY(folder->files[0].transactional);
        QVERIFY(!folder->files[1].transactional);
        QVERIFY(!folder->files[1].hasDown);
        auto detected = detectFormat(dir.path(), {});
        QVERIFY(detected.ok());
        QCOMPARE(detected->format, Format::Dbmate);
    }
    void sqlxNoTransactionAndDescription()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("1_create_users.sql")), kLf);
        write(dir.filePath(QStringLiteral("2_index.sql")), "-- no-transaction\nCREATE INDEX CONCURRENTLY x ON t (a);\n");
        auto folder = readFolder(dir.path(), Format::Sqlx);
        QVERIFY(folder.ok());
        QCOMPARE(folder->files.size(), 2);
        QCOMPARE(folder->files[0].name, QStringLiteral("create users"));
        QCOMPARE(folder->files[0].checksum, QString::fromLatin1(sqlxChecksum(kLf).toHex()));
        QVERIFY(!folder->files[1].transactional);
        QCOMPARE(detectFormat(dir.path(), {})->format, Format::Sqlx);
    }
    void upDownFolderNeedsTheHistoryTableToTellFormats()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("1_a.up.sql")), "SELECT 1;");
        write(dir.filePath(QStringLiteral("1_a.down.sql")), "SELECT 0;");
        QCOMPARE(detectFormat(dir.path(), {})->format, Format::Native);
        HistoryTables golang{{QStringLiteral("schema_migrations"),
                              {{QStringLiteral("version"), QStringLiteral("bigint")}, {QStringLiteral("dirty"), QStringLiteral("boolean")}}}};
        QCOMPARE(detectFormat(dir.path(), golang)->format, Format::GolangMigrate);
        const QMap<QString, QString> dbmate{{QStringLiteral("version"), QStringLiteral("character varying(128)")}};
        QCOMPARE(schemaMigrationsFormat(dbmate), Format::Dbmate);
        QCOMPARE(schemaMigrationsFormat(golang.value(QStringLiteral("schema_migrations"))), Format::GolangMigrate);
    }
    void alembicChainOrderedFromTheBase()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("alembic.ini")), "[alembic]\n");
        write(dir.filePath(QStringLiteral("versions/b_second.py")),
              "\"\"\"second\n\"\"\"\nrevision = 'bbb'\ndown_revision = 'aaa'\n");
        write(dir.filePath(QStringLiteral("versions/a_first.py")),
              "\"\"\"first\n\"\"\"\nrevision: str = \"aaa\"\ndown_revision: Union[str, None] = None\n");
        write(dir.filePath(QStringLiteral("versions/0_third.py")), "revision = 'ccc'\ndown_revision = 'bbb'\n");
        QCOMPARE(detectFormat(dir.path(), {})->format, Format::Alembic);
        auto folder = readFolder(dir.path(), Format::Alembic);
        QVERIFY(folder.ok());
        QCOMPARE(folder->files.size(), 3);
        QCOMPARE(folder->files[0].version, QStringLiteral("aaa"));
        QCOMPARE(folder->files[2].version, QStringLiteral("ccc"));
        HistoryRow head;
        head.version = QStringLiteral("bbb");
        const auto status = planStatus(folder.value(), {head}, true);
        QCOMPARE(status[0].state, State::Applied);
        QCOMPARE(status[1].state, State::Applied);
        QCOMPARE(status[2].state, State::Pending);
    }
    void statementsKeepDollarQuotesAndLines()
    {
        const QString sql = QStringLiteral("-- header\nCREATE TABLE \"a b\" (x int);\n\nCREATE FUNCTION f() RETURNS int AS $$\n"
                                           "BEGIN; SELECT 1; END;\n$$ LANGUAGE sql;\n/* c; */ SELECT ';' ;\n");
        const auto st = splitStatements(sql);
        QCOMPARE(st.size(), 3);
        QCOMPARE(st[0].line, 2);
        QCOMPARE(st[0].text, QStringLiteral("CREATE TABLE \"a b\" (x int)"));
        QCOMPARE(st[1].line, 4);
        QVERIFY(st[1].text.contains(QStringLiteral("BEGIN; SELECT 1; END;")));
        QCOMPARE(st[2].line, 7);
        QVERIFY(!isTransactionControl(st[1].text));
    }
    void preflightNamesStatementLineAndMarker()
    {
        MigrationFile f = fileWith(QStringLiteral("3"), QStringLiteral("SELECT 1;\nCREATE INDEX CONCURRENTLY i ON t (a);\n"));
        auto findings = preflight(f, Format::Dbmate, 150000);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].code, QStringLiteral("needs-no-transaction"));
        QCOMPARE(findings[0].severity, Severity::Critical);
        QVERIFY2(findings[0].object.contains(QStringLiteral("line 2")), qPrintable(findings[0].object));
        QVERIFY(findings[0].detail.contains(QStringLiteral("CREATE INDEX CONCURRENTLY")));
        QVERIFY(findings[0].advice.contains(QStringLiteral("-- migrate:up transaction:false")));
        f.transactional = false;
        findings = preflight(f, Format::Dbmate, 150000);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, Severity::Info);
        // ALTER TYPE ... ADD VALUE only before PostgreSQL 12
        QVERIFY(nonTransactionalReason(QStringLiteral("ALTER TYPE mood ADD VALUE 'x'"), 110000).contains(QStringLiteral("ADD VALUE")));
        QVERIFY(nonTransactionalReason(QStringLiteral("ALTER TYPE mood ADD VALUE 'x'"), 150000).isEmpty());
        QVERIFY(isTransactionControl(QStringLiteral("COMMIT")));
        QVERIFY(!isTransactionControl(QStringLiteral("ROLLBACK TO SAVEPOINT a")));
    }
    void plannerStates()
    {
        MigrationFolder folder;
        folder.files = {fileWith(QStringLiteral("1"), {}), fileWith(QStringLiteral("2"), {}), fileWith(QStringLiteral("3"), {}),
                        fileWith(QStringLiteral("5"), {}), fileWith(QStringLiteral("6"), {})};
        auto row = [](const QString &v, const QString &checksum, bool success = true) {
            HistoryRow r;
            r.version = v;
            r.checksum = checksum;
            r.success = success;
            return r;
        };
        const QList<HistoryRow> history{row(QStringLiteral("1"), QStringLiteral("c1")), row(QStringLiteral("3"), QStringLiteral("other")),
                                        row(QStringLiteral("4"), QStringLiteral("c4")), row(QStringLiteral("5"), QStringLiteral("c5"), false)};
        const auto s = planStatus(folder, history, false);
        QStringList states;
        for (const MigrationStatus &m : s)
            states << m.version + QLatin1Char('=') + stateName(m.state);
        QCOMPARE(states, (QStringList{"1=applied", "2=out-of-order", "3=changed", "4=missing-file", "5=failed", "6=pending"}));
        QCOMPARE(validationProblems(s).size(), 4);
        auto up = selectUp(s, {});
        QVERIFY(!up.ok());
        QVERIFY(up.error().message.contains(QStringLiteral("5 m5")));
        auto down = selectDown(s, {});
        QVERIFY(!down.ok()); // 3 has no down script
        QVERIFY(down.error().message.contains(QStringLiteral("3 m3")));
    }
    void golangCurrentVersionAndDirty()
    {
        MigrationFolder folder;
        folder.format = Format::GolangMigrate;
        folder.files = {fileWith(QStringLiteral("1"), {}), fileWith(QStringLiteral("2"), {}), fileWith(QStringLiteral("3"), {})};
        HistoryRow current;
        current.version = QStringLiteral("2");
        current.success = false; // dirty
        const auto s = planStatus(folder, {current}, true);
        QCOMPARE(s[0].state, State::Applied);
        QCOMPARE(s[1].state, State::Failed);
        QVERIFY(s[1].note.contains(QStringLiteral("force")));
        QCOMPARE(s[2].state, State::Pending);
    }
    void diffOfAppliedAgainstFile()
    {
        QCOMPARE(lineDiff(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\r\nB\r\nc\r\nd\r\n")),
                 QStringLiteral("  a\n- b\n+ B\n  c\n+ d"));
        QCOMPARE(lineDiff(QStringLiteral("x\n"), QStringLiteral("x\r\n")), QStringLiteral("  x")); // CRLF is no change
    }
    void lintJudgesAgainstTableSize()
    {
        MigrationFile f = fileWith(QStringLiteral("7"),
                                   QStringLiteral("CREATE INDEX ON public.\"Order Items\" (qty);\n"
                                                  "ALTER TABLE orders ALTER COLUMN total TYPE numeric;\n"
                                                  "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();\n"
                                                  "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n"
                                                  "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id);\n"
                                                  "ALTER TABLE fresh ADD COLUMN x int;\n"));
        QCOMPARE(referencedTables({f}), (QStringList{"public.\"Order Items\"", "orders", "fresh"}));
        TableSizes sizes;
        sizes.insert(QStringLiteral("public.\"Order Items\""), TableSize{QStringLiteral("\"Order Items\""), 50 << 20, 1000000});
        sizes.insert(QStringLiteral("orders"), TableSize{QStringLiteral("orders"), 8192, 10});
        const auto findings = lintMigration(f, sizes);
        QStringList codes;
        for (const Finding &x : findings)
            codes << x.code + QLatin1Char(':') + severityName(x.severity);
        QCOMPARE(codes, (QStringList{"index-without-concurrently:warning", "column-type-rewrite:info",
                                     "volatile-default-rewrite:info", "set-not-null-scan:info",
                                     "constraint-without-not-valid:info", "no-lock-timeout:warning"}));
        QVERIFY(findings[0].fixSql.contains(QStringLiteral("INDEX CONCURRENTLY")));
        MigrationFile safe = fileWith(QStringLiteral("8"), QStringLiteral("SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT k CHECK (a > 0) NOT VALID;\n"));
        QVERIFY(lintMigration(safe, sizes).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMigrationFormats)
#include "tst_migrationformats.moc"
