// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace pgs::test {

// Writes binDir/crontab, a stand-in for crontab(1) keeping the table in $FAKE_CRONTAB_FILE, so a
// test installs real schedules without touching the user's crontab. Put binDir first in PATH.
inline bool writeFakeCrontab(const QString &binDir)
{
    if (!QDir().mkpath(binDir))
        return false;
    QFile script(binDir + QStringLiteral("/crontab"));
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write("#!/bin/sh\n"
                 "case \"$1\" in\n"
                 "  -l) if [ -f \"$FAKE_CRONTAB_FILE\" ]; then cat \"$FAKE_CRONTAB_FILE\"; "
                 "else echo \"no crontab for tester\" >&2; exit 1; fi ;;\n"
                 "  -) cat > \"$FAKE_CRONTAB_FILE\" ;;\n"
                 "  *) echo \"unexpected $*\" >&2; exit 2 ;;\n"
                 "esac\n");
    script.close();
    return script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// What cron would run for one of its lines: the command after the five time fields, through sh,
// in the bare environment cron gives (HOME and PATH), plus what keeps a test away from the
// keychain and the person's passfile (taken from like). Returns sh's exit code, -1 on a timeout;
// *stderrText receives what it printed there.
inline int runCronLine(const QString &line, const QProcessEnvironment &like, QByteArray *stderrText = nullptr)
{
    QProcess sh;
    QProcessEnvironment bare;
    bare.insert(QStringLiteral("HOME"), like.value(QStringLiteral("HOME")));
    bare.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    bare.insert(QStringLiteral("PGSTEWARD_NO_KEYCHAIN"), QStringLiteral("1"));
    bare.insert(QStringLiteral("PGPASSFILE"), like.value(QStringLiteral("PGPASSFILE")));
    sh.setProcessEnvironment(bare);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line.section(QLatin1Char(' '), 5)});
    if (!sh.waitForFinished(120000)) {
        sh.kill();
        sh.waitForFinished();
        return -1;
    }
    if (stderrText)
        *stderrText = sh.readAllStandardError();
    return sh.exitCode();
}

} // namespace pgs::test
