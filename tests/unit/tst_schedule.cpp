// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/schedule.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {

bool writeScript(const QString &path, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

BackupSchedule sample()
{
    BackupSchedule s;
    s.profileName = QStringLiteral("Bob's \"prod\" db");
    s.database = QStringLiteral("shop");
    s.catalogDir = QStringLiteral("/srv/my backups/100%");
    s.onCalendar = QStringLiteral("*-*-* 03:15:00");
    s.backupArguments = {QStringLiteral("--format"), QStringLiteral("directory"), QStringLiteral("--jobs"),
                         QStringLiteral("2")};
    s.retention.keepLast = 3;
    s.retention.keepWeekly = 4;
    return s;
}

const QString kCli = QStringLiteral("/opt/pg steward/bin/pgsteward-cli");

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void slugAndCommandLine();
    void rendersSystemdUnitsExactly();
    void rendersCronLineExactly();
    void cronDerivation_data();
    void cronDerivation();
    void cronInstallKeepsOtherLinesAndReplacesOurs();
    void cronInstallRejectsComplexCalendar();
    void systemdInstallWritesUnitsAndEnablesTimer();
    void systemdInstallReportsBusFailure();
    void detectsScheduler();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_path;
    QString m_bin;
};

void TestSchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_bin = m_dir->filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(m_bin));
    m_path = qgetenv("PATH");
    // Fakes first in PATH: they keep state in files inside the temp dir.
    qputenv("PATH", m_bin.toLocal8Bit() + ':' + m_path);
    qputenv("FAKE_CRONTAB_FILE", m_dir->filePath(QStringLiteral("crontab.txt")).toLocal8Bit());
    qputenv("FAKE_SYSTEMCTL_LOG", m_dir->filePath(QStringLiteral("systemctl.log")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toLocal8Bit());
    QVERIFY(writeScript(m_bin + QStringLiteral("/crontab"),
                        "case \"$1\" in\n"
                        "  -l) if [ -f \"$FAKE_CRONTAB_FILE\" ]; then cat \"$FAKE_CRONTAB_FILE\"; "
                        "else echo \"no crontab for tester\" >&2; exit 1; fi ;;\n"
                        "  -) cat > \"$FAKE_CRONTAB_FILE\" ;;\n"
                        "  *) echo \"unexpected $*\" >&2; exit 2 ;;\n"
                        "esac\n"));
    QVERIFY(writeScript(m_bin + QStringLiteral("/systemctl"),
                        "echo \"$*\" >> \"$FAKE_SYSTEMCTL_LOG\"\n"
                        "if [ -n \"$FAKE_SYSTEMCTL_FAIL\" ]; then echo 'Failed to connect to bus: No medium found' >&2; "
                        "exit 1; fi\n"));
}

void TestSchedule::cleanup()
{
    qputenv("PATH", m_path);
    qunsetenv("FAKE_SYSTEMCTL_FAIL");
    m_dir.reset();
}

void TestSchedule::slugAndCommandLine()
{
    const BackupSchedule s = sample();
    QCOMPARE(s.slug(), QStringLiteral("bob-s-prod-db-shop"));
    QCOMPARE(s.commandLine(kCli),
             (QStringList{kCli, "backup", "--profile", "Bob's \"prod\" db", "--database", "shop", "--catalog",
                          "/srv/my backups/100%", "--format", "directory", "--jobs", "2", "--prune", "--keep-last",
                          "3", "--keep-weekly", "4"}));
    BackupSchedule cluster;
    cluster.profileName = QStringLiteral("Local");
    cluster.catalogDir = QStringLiteral("/b");
    QCOMPARE(cluster.slug(), QStringLiteral("local-cluster"));
    QVERIFY(!cluster.commandLine(kCli).contains(QStringLiteral("--prune")));
}

void TestSchedule::rendersSystemdUnitsExactly()
{
    const ScheduleFiles files = renderSchedule(sample(), kCli);
    QCOMPARE(files.serviceUnit,
             QStringLiteral("# Written by pgsteward; edit the schedule in pgsteward.\n"
                            "[Unit]\n"
                            "Description=pgsteward backup of shop on Bob's \"prod\" db\n"
                            "\n"
                            "[Service]\n"
                            "Type=oneshot\n"
                            "ExecStart=\"/opt/pg steward/bin/pgsteward-cli\" \"backup\" \"--profile\" "
                            "\"Bob's \\\"prod\\\" db\" \"--database\" \"shop\" \"--catalog\" \"/srv/my backups/100%%\" "
                            "\"--format\" \"directory\" \"--jobs\" \"2\" \"--prune\" \"--keep-last\" \"3\" "
                            "\"--keep-weekly\" \"4\"\n"));
    QCOMPARE(files.timerUnit,
             QStringLiteral("# Written by pgsteward; edit the schedule in pgsteward.\n"
                            "[Unit]\n"
                            "Description=Timer for the pgsteward backup of shop on Bob's \"prod\" db\n"
                            "\n"
                            "[Timer]\n"
                            "OnCalendar=*-*-* 03:15:00\n"
                            "Persistent=true\n"
                            "Unit=pgsteward-backup-bob-s-prod-db-shop.service\n"
                            "\n"
                            "[Install]\n"
                            "WantedBy=timers.target\n"));
}

void TestSchedule::rendersCronLineExactly()
{
    const ScheduleFiles files = renderSchedule(sample(), kCli);
    QCOMPARE(files.cronLine,
             QStringLiteral("15 3 * * * '/opt/pg steward/bin/pgsteward-cli' backup --profile 'Bob'\\''s \"prod\" db' "
                            "--database shop --catalog '/srv/my backups/100\\%' --format directory --jobs 2 --prune "
                            "--keep-last 3 --keep-weekly 4 # pgsteward-backup:bob-s-prod-db-shop"));
}

void TestSchedule::cronDerivation_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("fields"); // empty: rejected
    QTest::newRow("daily 02:00") << "*-*-* 02:00:00" << "0 2 * * *";
    QTest::newRow("no seconds") << "*-*-* 23:45" << "45 23 * * *";
    QTest::newRow("weekday") << "Mon *-*-* 02:00:00" << "";
    QTest::newRow("keyword") << "daily" << "";
    QTest::newRow("seconds") << "*-*-* 02:00:30" << "";
    QTest::newRow("bad hour") << "*-*-* 24:00:00" << "";
}

void TestSchedule::cronDerivation()
{
    QFETCH(QString, calendar);
    QFETCH(QString, fields);
    const auto result = cronTimeFields(calendar);
    if (fields.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(calendar), qPrintable(result.error().message));
        BackupSchedule s = sample();
        s.onCalendar = calendar;
        QVERIFY(renderSchedule(s, kCli).cronLine.isEmpty());
    } else {
        QVERIFY(result.ok());
        QCOMPARE(result.value(), fields);
    }
}

void TestSchedule::cronInstallKeepsOtherLinesAndReplacesOurs()
{
    QVERIFY(installedSchedules(SchedulerKind::Cron).isEmpty()); // "no crontab" is an empty list
    QFile existing(qEnvironmentVariable("FAKE_CRONTAB_FILE"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("MAILTO=me@example.org\n0 * * * * /usr/bin/true # hourly\n");
    existing.close();

    BackupSchedule s = sample();
    QVERIFY(installSchedule(s, kCli, SchedulerKind::Cron).ok());
    s.onCalendar = QStringLiteral("*-*-* 04:30:00");
    QVERIFY(installSchedule(s, kCli, SchedulerKind::Cron).ok()); // replaces, does not duplicate
    QStringList lines = readAll(qEnvironmentVariable("FAKE_CRONTAB_FILE")).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // two old lines, ours, and the final newline
    QCOMPARE(lines[0], QStringLiteral("MAILTO=me@example.org"));
    QCOMPARE(lines[1], QStringLiteral("0 * * * * /usr/bin/true # hourly"));
    QVERIFY(lines[2].startsWith(QStringLiteral("30 4 * * * ")));

    const QList<BackupSchedule> installed = installedSchedules(SchedulerKind::Cron);
    QCOMPARE(installed.size(), 1);
    QCOMPARE(installed[0].profileName, s.profileName);
    QCOMPARE(installed[0].database, s.database);
    QCOMPARE(installed[0].catalogDir, s.catalogDir);
    QCOMPARE(installed[0].onCalendar, s.onCalendar);
    QCOMPARE(installed[0].backupArguments, s.backupArguments);
    QCOMPARE(installed[0].retention.keepLast, 3);
    QCOMPARE(installed[0].retention.keepWeekly, 4);

    QVERIFY(removeSchedule(s, SchedulerKind::Cron).ok());
    QCOMPARE(readAll(qEnvironmentVariable("FAKE_CRONTAB_FILE")),
             QStringLiteral("MAILTO=me@example.org\n0 * * * * /usr/bin/true # hourly\n"));
    QVERIFY(!removeSchedule(s, SchedulerKind::Cron).ok());
}

void TestSchedule::cronInstallRejectsComplexCalendar()
{
    BackupSchedule s = sample();
    s.onCalendar = QStringLiteral("Mon..Fri *-*-* 02:00:00");
    const Status installed = installSchedule(s, kCli, SchedulerKind::Cron);
    QVERIFY(!installed.ok());
    QVERIFY2(installed.error().message.contains(QStringLiteral("systemd")), qPrintable(installed.error().message));
    QVERIFY(!QFile::exists(qEnvironmentVariable("FAKE_CRONTAB_FILE")));
}

void TestSchedule::systemdInstallWritesUnitsAndEnablesTimer()
{
    const BackupSchedule s = sample();
    QVERIFY(installSchedule(s, kCli, SchedulerKind::SystemdUser).ok());
    const QString unitDir = m_dir->filePath(QStringLiteral("config/systemd/user"));
    const ScheduleFiles files = renderSchedule(s, kCli);
    QCOMPARE(readAll(unitDir + QStringLiteral("/pgsteward-backup-bob-s-prod-db-shop.service")), files.serviceUnit);
    QCOMPARE(readAll(unitDir + QStringLiteral("/pgsteward-backup-bob-s-prod-db-shop.timer")), files.timerUnit);
    QCOMPARE(readAll(qEnvironmentVariable("FAKE_SYSTEMCTL_LOG")),
             QStringLiteral("--user daemon-reload\n--user enable --now pgsteward-backup-bob-s-prod-db-shop.timer\n"));

    const QList<BackupSchedule> installed = installedSchedules(SchedulerKind::SystemdUser);
    QCOMPARE(installed.size(), 1);
    QCOMPARE(installed[0].profileName, s.profileName);
    QCOMPARE(installed[0].catalogDir, s.catalogDir); // "%%" read back as "%"
    QCOMPARE(installed[0].onCalendar, s.onCalendar);
    QCOMPARE(installed[0].backupArguments, s.backupArguments);
    QCOMPARE(installed[0].retention.keepWeekly, 4);

    QFile::remove(qEnvironmentVariable("FAKE_SYSTEMCTL_LOG"));
    QVERIFY(removeSchedule(s, SchedulerKind::SystemdUser).ok());
    QVERIFY(!QFile::exists(unitDir + QStringLiteral("/pgsteward-backup-bob-s-prod-db-shop.service")));
    QVERIFY(!QFile::exists(unitDir + QStringLiteral("/pgsteward-backup-bob-s-prod-db-shop.timer")));
    QCOMPARE(readAll(qEnvironmentVariable("FAKE_SYSTEMCTL_LOG")),
             QStringLiteral("--user disable --now pgsteward-backup-bob-s-prod-db-shop.timer\n--user daemon-reload\n"));
    QVERIFY(installedSchedules(SchedulerKind::SystemdUser).isEmpty());
}

void TestSchedule::systemdInstallReportsBusFailure()
{
    qputenv("FAKE_SYSTEMCTL_FAIL", "1");
    const Status installed = installSchedule(sample(), kCli, SchedulerKind::SystemdUser);
    QVERIFY(!installed.ok());
    QVERIFY2(installed.error().message.contains(QStringLiteral("systemctl --user daemon-reload failed")),
             qPrintable(installed.error().message));
    QVERIFY2(installed.error().message.contains(QStringLiteral("Failed to connect to bus")),
             qPrintable(installed.error().message));
    // Nothing half-installed is left behind.
    QVERIFY(installedSchedules(SchedulerKind::SystemdUser).isEmpty());
}

void TestSchedule::detectsScheduler()
{
    // Our fake systemctl is in PATH: the runtime directory decides.
    qputenv("XDG_RUNTIME_DIR", m_dir->path().toLocal8Bit());
    QCOMPARE(detectScheduler(), SchedulerKind::SystemdUser);
    qputenv("PATH", m_dir->filePath(QStringLiteral("nowhere")).toLocal8Bit());
    QCOMPARE(detectScheduler(), SchedulerKind::Cron);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
