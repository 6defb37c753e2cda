// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rclone's --use-json-log lines (as rclone 1.60 writes them) into progress and log messages.
#include "offsite/rclone.h"

#include <QTest>

using namespace pgs;

class TestRcloneLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stats()
    {
        QString message;
        const QString line = QStringLiteral(
            "{\"level\":\"notice\",\"msg\":\"\\nTransferred:   \\t   25 MiB / 100 MiB, 25%, 5 MiB/s, ETA 15s\\n\",\"source\":\"accounting/stats.go:482\","
            "\"stats\":{\"bytes\":26214400,\"checks\":0,\"elapsedTime\":5.0,\"errors\":0,\"eta\":15,\"fatalError\":false,"
            "\"speed\":5242880,\"totalBytes\":104857600,\"totalTransfers\":3,\"transfers\":1},\"time\":\"2026-12-02T07:10:12.53064+00:00\"}");
        QCOMPARE(parseRcloneLogLine(line, &message), 0.25);
        QVERIFY(message.isEmpty());
    }

    void statsBeforeTheSizeIsKnown()
    {
        QString message;
        QCOMPARE(parseRcloneLogLine(QStringLiteral("{\"level\":\"notice\",\"msg\":\"\",\"stats\":{\"bytes\":0,\"totalBytes\":0}}"), &message),
                 0.0);
    }

    void errorsBecomeMessages()
    {
        QString message;
        QCOMPARE(parseRcloneLogLine(QStringLiteral("{\"level\":\"error\",\"msg\":\"Failed to copy: AccessDenied\",\"source\":\"x\"}"),
                                    &message),
                 -1.0);
        QCOMPARE(message, QStringLiteral("Failed to copy: AccessDenied"));
    }

    void infoAndTheMissingConfigFileAreQuiet()
    {
        QString message;
        parseRcloneLogLine(QStringLiteral("{\"level\":\"info\",\"msg\":\"Copied (new)\",\"object\":\"dump.custom.age\"}"), &message);
        QVERIFY(message.isEmpty());
        parseRcloneLogLine(
            QStringLiteral("{\"level\":\"warning\",\"msg\":\"Config file \\\"/root/.config/rclone/rclone.conf\\\" not found - using defaults\"}"),
            &message);
        QVERIFY(message.isEmpty());
    }

    void plainTextIsAMessage()
    {
        QString message;
        QCOMPARE(parseRcloneLogLine(QStringLiteral("Failed to create file system: LoadCustomCABundleError"), &message), -1.0);
        QCOMPARE(message, QStringLiteral("Failed to create file system: LoadCustomCABundleError"));
    }
};

QTEST_GUILESS_MAIN(TestRcloneLog)
#include "tst_rclonelog.moc"
