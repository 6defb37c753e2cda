// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace pgs {

Status writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                           const QString &what)
{
    auto fail = [&](const QString &why) {
        return Error::of(QCoreApplication::translate("pgs::AtomicFile", "Cannot write %1 (%2): %3").arg(what, path, why),
                         {}, QStringLiteral("io"));
    };
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(QCoreApplication::translate("pgs::AtomicFile", "cannot create the folder %1").arg(dir));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.commit())
        return fail(file.errorString());
    // QSaveFile keeps the mode of a file it replaces; make sure the new one has ours.
    QFile::setPermissions(path, permissions);
    return ok();
}

} // namespace pgs
