// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestenv.h"
#include "fakecrontab.h"

#include "monitor/historystore.h"

#include <QTest>

using namespace pgs;
using namespace pgs::test;

// `pgsteward-cli sample`, `capacity` and `activity` against the fixture cluster, each run a
// separate process, so sample -> sample -> capacity goes through the history file only.
class TstCliMonitor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_conninfo;
    QString m_history;

    CliRun cli(const QStringList &args) { return runCli(args, m_env); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(clusterAvailable(), "the test cluster fixture is not running");
        m_env = isolatedCliEnvironment(m_tmp);
        m_conninfo = conninfoOf(clusterSpec(demoDatabase()));
        m_history = m_tmp.filePath(QStringLiteral("h/history.sqlite"));
    }

    void sampleTwiceThenCapacity()
    {
        const QStringList target{QStringLiteral("--db"), m_conninfo, QStringLiteral("--history"), m_history};
        const CliRun first = cli(QStringList{QStringLiteral("sample")} + target);
        QVERIFY2(first.exitCode == 0, describeRun(first));
        QVERIFY2(first.out().contains(QLatin1String("first sample")), describeRun(first));
        QVERIFY(QFileInfo::exists(m_history));
        QThread::msleep(1100); // the server clock must move for a rate
        const CliRun second = cli(QStringList{QStringLiteral("sample"), QStringLiteral("--json")} + target);
        QVERIFY2(second.exitCode == 0, describeRun(second));
        const QJsonObject sample = jsonObjectOf(second);
        const QJsonObject rates = sample.value(QStringLiteral("rates")).toObject();
        QVERIFY2(rates.value(QStringLiteral("elapsed_seconds")).toDouble() >= 1.0, second.standardOutput.constData());
        bool demoRates = false;
        for (const QJsonValue &db : rates.value(QStringLiteral("databases")).toArray()) {
            if (db[QStringLiteral("name")].toString() == demoDatabase()) {
                demoRates = true;
                const QJsonValue commits = db[QStringLiteral("per_second")][QStringLiteral("xact_commit")];
                QVERIFY2(commits.isDouble() && commits.toDouble() >= 0, second.standardOutput.constData());
            }
        }
        QVERIFY2(demoRates, second.standardOutput.constData());
        QCOMPARE(sample.value(QStringLiteral("statements_available")).toBool(), true);

        // Both samples are in the file, for the key the CLI uses for --db.
        {
            HistoryStore store(m_history);
            QVERIFY(store.open().ok());
            const QString key = QStringLiteral("db:") + clusterSpec(demoDatabase()).describe();
            auto sizes = store.sizeSeries(key, demoDatabase(), QDateTime::currentDateTimeUtc().addDays(-1),
                                          QDateTime::currentDateTimeUtc().addDays(1));
            QVERIFY(sizes.ok());
            QCOMPARE(sizes->times.size(), 2);
            QVERIFY(sizes->values.first() > 0);
        }

        QThread::msleep(1100); // history is kept in whole seconds: the live point must be a new one
        // Issue 9: two samples a second apart are no basis for a growth per day. Until the
        // history spans 24 hours and 12 samples, no figure, no warning, and a note saying why.
        const CliRun early = cli(QStringList{QStringLiteral("capacity"), QStringLiteral("--json"),
                                             QStringLiteral("--capacity-bytes"), QStringLiteral("1000000000000")}
                                 + target);
        QVERIFY2(early.exitCode == 0, describeRun(early));
        const QJsonObject e = jsonObjectOf(early);
        QCOMPARE(e.value(QStringLiteral("collecting")).toBool(), true);
        QVERIFY2(e.value(QStringLiteral("forecasts_from")).isString(), early.standardOutput.constData());
        for (const QJsonValue &db : e.value(QStringLiteral("databases")).toArray()) {
            if (db[QStringLiteral("history_samples")].toInt() == 0)
                continue; // a scratch database of a test running beside this one, created after the samples
            QVERIFY2(db[QStringLiteral("growth_bytes_per_day")].isNull(), early.standardOutput.constData());
            QVERIFY(db[QStringLiteral("growth_percent_per_day")].isNull());
            QVERIFY(db[QStringLiteral("days_until_full")].isNull());
            QVERIFY(db[QStringLiteral("r2")].isNull());
            QVERIFY2(db[QStringLiteral("note")].toString().contains(QLatin1String("Collecting history")),
                     early.standardOutput.constData());
            QCOMPARE(db[QStringLiteral("history_samples")].toInt(), 2);
        }
        for (const QJsonValue &t : e.value(QStringLiteral("tables")).toArray())
            QVERIFY(t[QStringLiteral("growth_bytes_per_day")].isNull());
        QVERIFY(e[QStringLiteral("total")][QStringLiteral("growth_bytes_per_day")].isNull());
        QVERIFY(e[QStringLiteral("total")][QStringLiteral("days_until_full")].isNull());
        QVERIFY(e[QStringLiteral("total")][QStringLiteral("note")].toString().contains(QLatin1String("Forecasts from")));
        QVERIFY(e[QStringLiteral("xid")][QStringLiteral("per_day")].isNull());
        QCOMPARE(e.value(QStringLiteral("warnings")).toArray().size(), 0); // the capacity is given
        const CliRun earlyText = cli(QStringList{QStringLiteral("capacity")} + target);
        QVERIFY2(earlyText.exitCode == 0 && earlyText.out().contains(QLatin1String("Collecting history: 2 of 12 samples")),
                 describeRun(earlyText));

        // With the bar lowered on the command line, the same history forecasts.
        const CliRun capacity = cli(QStringList{QStringLiteral("capacity"), QStringLiteral("--json"),
                                                QStringLiteral("--capacity-bytes"), QStringLiteral("1000000000000"),
                                                QStringLiteral("--min-history-hours"), QStringLiteral("0"),
                                                QStringLiteral("--min-samples"), QStringLiteral("2")}
                                    + target);
        QVERIFY2(capacity.exitCode == 0, describeRun(capacity));
        const QJsonObject o = jsonObjectOf(capacity);
        QCOMPARE(o.value(QStringLiteral("capacity_bytes")).toDouble(), 1e12);
        QCOMPARE(o.value(QStringLiteral("collecting")).toBool(), false);
        bool demo = false;
        for (const QJsonValue &db : o.value(QStringLiteral("databases")).toArray()) {
            for (const char *field : {"name", "size_bytes", "growth_bytes_per_day", "r2", "days_until_full"})
                QVERIFY2(db.toObject().contains(QString::fromLatin1(field)), field);
            if (db[QStringLiteral("name")].toString() != demoDatabase())
                continue;
            demo = true;
            QVERIFY(db[QStringLiteral("size_bytes")].toDouble() > 0);
            // Two samples and the live point: a growth figure (any sign), r2 in [0, 1].
            QVERIFY2(db[QStringLiteral("growth_bytes_per_day")].isDouble(), capacity.standardOutput.constData());
            QVERIFY(db[QStringLiteral("r2")].toDouble() >= 0 && db[QStringLiteral("r2")].toDouble() <= 1);
            const QJsonValue days = db[QStringLiteral("days_until_full")];
            QVERIFY(days.isNull() || days.toDouble() >= 0);
        }
        QVERIFY2(demo, capacity.standardOutput.constData());
        const QJsonObject xid = o.value(QStringLiteral("xid")).toObject();
        QVERIFY(xid.value(QStringLiteral("age")).toDouble() > 0);
        QVERIFY(xid.value(QStringLiteral("per_day")).isDouble());
        QVERIFY(xid.contains(QStringLiteral("days_until_wraparound")));
        const CliRun badMin = cli(QStringList{QStringLiteral("capacity"), QStringLiteral("--min-samples"), QStringLiteral("1")}
                                  + target);
        QCOMPARE(badMin.exitCode, 2);

        // Without a capacity (a --db target has no profile) days_until_full is null.
        const CliRun unknown = cli(QStringList{QStringLiteral("capacity"), QStringLiteral("--json")} + target);
        QVERIFY2(unknown.exitCode == 0, describeRun(unknown));
        for (const QJsonValue &db : jsonObjectOf(unknown).value(QStringLiteral("databases")).toArray())
            QVERIFY(db[QStringLiteral("days_until_full")].isNull());
        const CliRun human = cli(QStringList{QStringLiteral("capacity")} + target);
        QVERIFY2(human.exitCode == 0 && human.out().contains(demoDatabase()), describeRun(human));
    }

    // --profile: the history goes to the data directory and the capacity is the profile's.
    void profileTarget()
    {
        const ConnectionSpec spec = clusterSpec(demoDatabase());
        QStringList add{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("mon"),
                        QStringLiteral("--database"), demoDatabase(), QStringLiteral("--capacity-bytes"),
                        QStringLiteral("5000000000000")};
        for (const char *keyword : {"host", "port", "user"}) {
            const QString value = spec.keywords().value(QString::fromLatin1(keyword));
            if (!value.isEmpty())
                add << QStringLiteral("--%1").arg(QString::fromLatin1(keyword)) << value;
        }
        const CliRun added = cli(add);
        QVERIFY2(added.exitCode == 0, describeRun(added));
        for (int i = 0; i < 2; ++i) {
            const CliRun sampled = cli({QStringLiteral("sample"), QStringLiteral("--profile"), QStringLiteral("mon")});
            QVERIFY2(sampled.exitCode == 0, describeRun(sampled));
            QThread::msleep(1100);
        }
        QVERIFY(QFileInfo::exists(m_tmp.filePath(QStringLiteral("data/history.sqlite"))));
        const CliRun capacity = cli({QStringLiteral("capacity"), QStringLiteral("--profile"), QStringLiteral("mon"),
                                     QStringLiteral("--json"), QStringLiteral("--min-history-hours"), QStringLiteral("0"),
                                     QStringLiteral("--min-samples"), QStringLiteral("2")});
        QVERIFY2(capacity.exitCode == 0, describeRun(capacity));
        const QJsonObject o = jsonObjectOf(capacity);
        QCOMPARE(o.value(QStringLiteral("capacity_bytes")).toDouble(), 5e12);
        bool demo = false;
        for (const QJsonValue &db : o.value(QStringLiteral("databases")).toArray()) {
            if (db[QStringLiteral("name")].toString() != demoDatabase())
                continue;
            demo = true;
            QCOMPARE(db[QStringLiteral("points")].toInt(), 3); // two samples of this profile and the live point
            const double growth = db[QStringLiteral("growth_bytes_per_day")].toDouble();
            const QJsonValue days = db[QStringLiteral("days_until_full")];
            if (growth > 0)
                QVERIFY(qAbs(days.toDouble() - (5e12 - db[QStringLiteral("size_bytes")].toDouble()) / growth) < 1e-3 * days.toDouble());
            else
                QVERIFY(days.isNull());
        }
        QVERIFY(demo);
        const CliRun usage = cli({QStringLiteral("capacity"), QStringLiteral("--profile"), QStringLiteral("mon"),
                                  QStringLiteral("--window-days"), QStringLiteral("0")});
        QCOMPARE(usage.exitCode, 2);
    }

    // The timer that keeps history while no window is open, here through a crontab (a fake
    // crontab binary keeps it in a file); the installed line itself is run to take a sample.
    void sampleTimerThroughCron()
    {
        const QString bin = m_tmp.filePath(QStringLiteral("fakebin"));
        QVERIFY(writeFakeCrontab(bin));
        const QString table = m_tmp.filePath(QStringLiteral("crontab.txt"));
        QFile existing(table);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("0 4 * * * /usr/local/bin/something-else\n");
        existing.close();
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("PGSTEWARD_SCHEDULER"), QStringLiteral("cron"));
        env.insert(QStringLiteral("FAKE_CRONTAB_FILE"), table);

        const CliRun viaDb = runCli({QStringLiteral("sample"), QStringLiteral("--install-timer"), QStringLiteral("--db"),
                                     QStringLiteral("dbname=x")},
                                    env);
        QCOMPARE(viaDb.exitCode, 2); // a conninfo never goes into a crontab
        const CliRun installed = runCli({QStringLiteral("sample"), QStringLiteral("--profile"), QStringLiteral("mon"),
                                         QStringLiteral("--install-timer"), QStringLiteral("--every"), QStringLiteral("5")},
                                        env);
        QVERIFY2(installed.exitCode == 0, describeRun(installed));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        existing.close();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("0 4 * * * /usr/local/bin/something-else"));
        const QString ours = lines[1];
        QVERIFY2(ours.startsWith(QStringLiteral("*/5 * * * * PGSTEWARD_CONFIG_DIR=")), qPrintable(ours));
        QVERIFY(ours.contains(QStringLiteral("PGSTEWARD_DATA_DIR=")));
        QVERIFY(ours.contains(QStringLiteral(" sample --profile mon")));
        QVERIFY(ours.endsWith(QStringLiteral("# pgsteward-sample:mon")));

        auto points = [&]() {
            const CliRun capacity = cli({QStringLiteral("capacity"), QStringLiteral("--profile"), QStringLiteral("mon"),
                                         QStringLiteral("--json")});
            for (const QJsonValue &db : jsonObjectOf(capacity).value(QStringLiteral("databases")).toArray())
                if (db[QStringLiteral("name")].toString() == demoDatabase())
                    return db[QStringLiteral("points")].toInt();
            return -1;
        };
        const int before = points();
        QVERIFY(before > 0);
        QThread::msleep(1100);
        QByteArray cronErr;
        QVERIFY2(runCronLine(ours, m_env, &cronErr) == 0, cronErr.constData());
        QThread::msleep(1100);
        QCOMPARE(points(), before + 1); // the cron sample went into the profile's history

        const CliRun removed = runCli({QStringLiteral("sample"), QStringLiteral("--profile"), QStringLiteral("mon"),
                                       QStringLiteral("--remove-timer")},
                                      env);
        QVERIFY2(removed.exitCode == 0, describeRun(removed));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(existing.readAll()), QStringLiteral("0 4 * * * /usr/local/bin/something-else\n"));
    }

    // Issue 8: a damaged history file stopped every `sample` for good. It is set aside (the CLI
    // warns with both paths) and sampling goes on in a new file.
    void damagedHistoryIsSetAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("truncated store") << QStringLiteral("truncated");
    }
    void damagedHistoryIsSetAside()
    {
        QFETCH(QString, kind);
        const QString dir = m_tmp.filePath(QStringLiteral("damaged-") + kind);
        QVERIFY(QDir().mkpath(dir));
        const QString history = dir + QStringLiteral("/history.sqlite");
        const QStringList target{QStringLiteral("--db"), m_conninfo, QStringLiteral("--history"), history};
        QByteArray damaged;
        if (kind == QLatin1String("garbage")) {
            damaged = QByteArray("\x13\x37 definitely not SQLite ").repeated(200);
        } else {
            for (int i = 0; i < 2; ++i) {
                const CliRun run = cli(QStringList{QStringLiteral("sample")} + target);
                QVERIFY2(run.exitCode == 0, describeRun(run));
            }
            QFile real(history);
            QVERIFY(real.open(QIODevice::ReadOnly));
            damaged = real.readAll().left(real.size() / 2);
            QVERIFY(damaged.size() > 4096);
        }
        QFile file(history);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(damaged), damaged.size());
        file.close();

        const CliRun first = cli(QStringList{QStringLiteral("sample")} + target);
        QVERIFY2(first.exitCode == 0, describeRun(first));
        // The file itself; its -wal and -shm, when the runs left them, travel with it.
        auto keptFiles = [&] {
            QStringList files = QDir(dir).entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
            files.removeIf([](const QString &f) { return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")); });
            return files;
        };
        const QStringList kept = keptFiles();
        QVERIFY2(kept.size() == 1, qPrintable(kept.join(u' ')));
        const QString keptPath = dir + QLatin1Char('/') + kept.first();
        QVERIFY2(first.err().contains(QLatin1String("warning")) && first.err().contains(history)
                     && first.err().contains(keptPath),
                 describeRun(first));
        QFile aside(keptPath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), damaged);

        // The new file is a good store: the next runs say nothing about it.
        const CliRun second = cli(QStringList{QStringLiteral("sample")} + target);
        QVERIFY2(second.exitCode == 0 && !second.err().contains(QLatin1String("damaged")), describeRun(second));
        const CliRun capacity = cli(QStringList{QStringLiteral("capacity"), QStringLiteral("--json")} + target);
        QVERIFY2(capacity.exitCode == 0 && !capacity.err().contains(QLatin1String("damaged")), describeRun(capacity));
        QCOMPARE(keptFiles(), kept);
    }

    // A history that cannot be opened for another reason (here: the path is a folder) is not
    // damage: nothing is moved, and the error names the path and the cause.
    void unopenableHistoryFailsWithPathAndCause()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        const CliRun run = cli({QStringLiteral("sample"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--history"), folder});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(folder) && run.err().contains(QLatin1String("unable to open")), describeRun(run));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/inside")));
        QVERIFY(QDir(m_tmp.path()).entryList({QStringLiteral("a-folder.corrupt-*")}, QDir::AllEntries).isEmpty());
    }

    void activityJson()
    {
        const CliRun run = cli({QStringLiteral("activity"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject o = jsonObjectOf(run);
        const QJsonArray sessions = o.value(QStringLiteral("sessions")).toArray();
        QVERIFY(!sessions.isEmpty()); // at least the CLI's own session
        QVERIFY(o.value(QStringLiteral("total")).toInt() >= sessions.size());
        const int own = o.value(QStringLiteral("own_pid")).toInt();
        bool ownFound = false;
        for (const QJsonValue &s : sessions) {
            for (const char *field : {"pid", "database", "user", "application", "state", "wait_event", "query_start",
                                      "query", "blocked_by"})
                QVERIFY2(s.toObject().contains(QString::fromLatin1(field)), field);
            QVERIFY(s[QStringLiteral("blocked_by")].isArray());
            if (s[QStringLiteral("pid")].toInt() == own) {
                ownFound = true;
                QCOMPARE(s[QStringLiteral("state")].toString(), QStringLiteral("active"));
                QCOMPARE(s[QStringLiteral("database")].toString(), demoDatabase());
            }
        }
        QVERIFY(ownFound);

        const CliRun limited = cli({QStringLiteral("activity"), QStringLiteral("--db"), m_conninfo,
                                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(limited.exitCode == 0, describeRun(limited));
        QCOMPARE(jsonObjectOf(limited).value(QStringLiteral("sessions")).toArray().size(), 1);
        const CliRun human = cli({QStringLiteral("activity"), QStringLiteral("--db"), m_conninfo});
        QVERIFY2(human.exitCode == 0 && human.out().contains(QLatin1String("Showing")), describeRun(human));
        const CliRun bad = cli({QStringLiteral("activity"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--limit"),
                                QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);

        // --sort orders on the server: by pid, descending.
        const CliRun sorted = cli({QStringLiteral("activity"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--json"),
                                   QStringLiteral("--sort"), QStringLiteral("pid"), QStringLiteral("--desc")});
        QVERIFY2(sorted.exitCode == 0, describeRun(sorted));
        const QJsonArray byPid = jsonObjectOf(sorted).value(QStringLiteral("sessions")).toArray();
        QVERIFY(!byPid.isEmpty());
        for (qsizetype i = 1; i < byPid.size(); ++i)
            QVERIFY(byPid[i - 1][QStringLiteral("pid")].toInt() > byPid[i][QStringLiteral("pid")].toInt());
        const CliRun unknown = cli({QStringLiteral("activity"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--sort"),
                                    QStringLiteral("pid; DROP TABLE x")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err().contains(QLatin1String("duration")), describeRun(unknown)); // the keys are listed
        const CliRun descAlone = cli({QStringLiteral("activity"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--desc")});
        QCOMPARE(descAlone.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstCliMonitor)
#include "tst_cli_monitor.moc"
