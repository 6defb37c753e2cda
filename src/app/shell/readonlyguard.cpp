// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/readonlyguard.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace pgs {

bool refusedAsReadOnly(QWidget *parent, const ConnectionProfile &profile, const QString &action)
{
    const Status writable = refuseOnReadOnly(profile, action);
    if (writable)
        return false;
    auto *box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("pgs::ReadOnlyGuard", "Read-only profile"),
                                writable.error().message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("readOnlyRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

} // namespace pgs
