// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
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

} // namespace pgs::test
