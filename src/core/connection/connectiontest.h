// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace pgs {

// "Test connection": what the user wants to know before saving a profile.
struct ConnectionTestReport
{
    QString serverVersion;
    int serverVersionNum = 0;
    bool ssl = false;
    QString sslVersion; // "TLSv1.3"
    QString sslCipher;
    double connectMsecs = 0;   // time to establish the session (TCP/socket, TLS, auth)
    double roundTripMsecs = 0; // median of a few SELECT 1 round trips
    QString user;
    QString database;
    QString host;

    QString summary() const; // one translated line
    QJsonObject toJson() const;
};

// Failures come back as classified Errors (see connecterror.h).
Result<ConnectionTestReport> testConnection(const ConnectionSpec &spec);

} // namespace pgs
