// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The size rclone rcat is told for a streamed upload is predicted from age's header and the plain
// size: checked against what the real age writes, at the 64 KiB chunk edges and with several
// recipients (a wrong prediction fails every upload of such a file).
#include "offsite/streamupload.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TestAgeStreamSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("age-keygen")).isEmpty())
            QSKIP("age is not installed (apt-get install age)");
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 3; ++i) {
            QProcess keygen;
            const QString file = m_dir.filePath(QStringLiteral("key%1.txt").arg(i));
            keygen.start(QStringLiteral("age-keygen"), {QStringLiteral("-o"), file});
            QVERIFY(keygen.waitForFinished(30000));
            QFile key(file);
            QVERIFY(key.open(QIODevice::ReadOnly));
            for (const QByteArray &line : key.readAll().split('\n'))
                if (line.startsWith("# public key: "))
                    m_recipients << QString::fromLatin1(line.mid(14).trimmed());
        }
        QCOMPARE(m_recipients.size(), 3);
    }

    void predictedSizeIsAgesSize_data()
    {
        QTest::addColumn<qint64>("plain");
        QTest::addColumn<int>("recipients");
        for (const qint64 size : {qint64(0), qint64(1), qint64(65535), qint64(65536), qint64(65537), qint64(3 * 65536),
                                  qint64(3 * 65536 + 100)})
            for (int r : {1, 3})
                QTest::addRow("%lld bytes, %d recipient(s)", size, r) << size << r;
    }

    void predictedSizeIsAgesSize()
    {
        QFETCH(qint64, plain);
        QFETCH(int, recipients);
        const QString in = m_dir.filePath(QStringLiteral("plain"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(plain, 'p'));
        f.close();
        QStringList args;
        for (int i = 0; i < recipients; ++i)
            args << QStringLiteral("-r") << m_recipients.at(i);
        QProcess age;
        age.start(QStringLiteral("age"), args << in);
        QVERIFY(age.waitForFinished(30000));
        QCOMPARE(age.exitCode(), 0);
        const QByteArray out = age.readAllStandardOutput();
        const qint64 header = ageHeaderLength(out);
        QVERIFY2(header > 0, out.left(200).constData());
        QCOMPARE(ageOutputSize(header, plain), qint64(out.size()));
        // Not complete yet, and not age at all.
        QCOMPARE(ageHeaderLength(out.left(int(header) - 1)), qint64(0));
        QCOMPARE(ageHeaderLength(QByteArray("PGDMP")), qint64(-1));
    }

private:
    QTemporaryDir m_dir;
    QStringList m_recipients;
};

QTEST_GUILESS_MAIN(TestAgeStreamSize)
#include "tst_agestreamsize.moc"
