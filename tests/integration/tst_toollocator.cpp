// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toollocator.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TstToolLocator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseMajorVersion_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("full");
        QTest::newRow("debian") << "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)" << 15 << "15.4";
        QTest::newRow("beta") << "psql (PostgreSQL) 17beta1" << 17 << "17beta1";
        QTest::newRow("9.6") << "pg_ctl (PostgreSQL) 9.6.24" << 9 << "9.6.24";
        QTest::newRow("newline") << "initdb (PostgreSQL) 16.2\n" << 16 << "16.2";
        QTest::newRow("garbage") << "bash: pg_dump: command not found" << 0 << "";
    }
    void parseMajorVersion()
    {
        QFETCH(QString, output);
        QFETCH(int, major);
        QFETCH(QString, full);
        QString parsed;
        QCOMPARE(ToolLocator::parseMajorVersion(output, &parsed), major);
        if (major > 0)
            QCOMPARE(parsed, full);
    }

    void findsRealPgDump()
    {
        auto found = ToolLocator().find(QStringLiteral("pg_dump"), 15);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QVERIFY(found->majorVersion >= 15);
        QCOMPARE(found->name, QStringLiteral("pg_dump"));
        // Not Debian's pg_wrapper script behind /usr/bin/pg_dump.
        QCOMPARE(QFileInfo(QFileInfo(found->path).canonicalFilePath()).fileName(), QStringLiteral("pg_dump"));
        QVERIFY(QFileInfo(found->path).isExecutable());
    }

    void candidatesAreUniqueAndNewestFirst()
    {
        const QList<ToolInfo> all = ToolLocator().candidates(QStringLiteral("psql"));
        QVERIFY(!all.isEmpty());
        QStringList canonical;
        for (int i = 0; i < all.size(); ++i) {
            canonical.append(QFileInfo(all[i].path).canonicalFilePath());
            if (i > 0)
                QVERIFY(all[i - 1].majorVersion >= all[i].majorVersion);
        }
        QCOMPARE(canonical.removeDuplicates(), 0);
    }

    void errorNamesToolAndVersion()
    {
        auto found = ToolLocator().find(QStringLiteral("pg_dump"), 99);
        QVERIFY(!found.ok());
        QVERIFY2(found.error().message.contains(QLatin1String("99")), qPrintable(found.error().message));
        QVERIFY(found.error().message.contains(QLatin1String("pg_dump")));
        // It also says what was found.
        QVERIFY2(found.error().message.contains(QLatin1String("15")), qPrintable(found.error().message));
        QCOMPARE(found.error().code, QStringLiteral("tool-not-found"));
    }

    void missingTool()
    {
        auto found = ToolLocator().find(QStringLiteral("pg_no_such_tool"));
        QVERIFY(!found.ok());
        QVERIFY(found.error().message.contains(QLatin1String("pg_no_such_tool")));
    }

    void overrideDirectoryWins()
    {
        auto real = ToolLocator().find(QStringLiteral("pg_dump"), 15);
        QVERIFY(real.ok());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link = dir.filePath(QStringLiteral("pg_dump"));
        QVERIFY(QFile::link(QFileInfo(real->path).canonicalFilePath(), link));
        auto found = ToolLocator(dir.path()).find(QStringLiteral("pg_dump"), 15);
        QVERIFY(found.ok());
        QCOMPARE(found->path, link);
        QCOMPARE(ToolLocator::searchDirectories(dir.path()).value(0), dir.path());
        // Without the override the same binary is found elsewhere.
        QVERIFY(ToolLocator().find(QStringLiteral("pg_dump"), 15)->path != link);
    }
};

QTEST_GUILESS_MAIN(TstToolLocator)
#include "tst_toollocator.moc"
