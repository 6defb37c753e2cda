// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditreport.h"

#include <QString>

namespace pgs {

// Writes the audit as HTML, PDF (the HTML printed through QTextDocument, as the capacity export
// does), CSV or JSON. Returns the translated error, empty on success.
QString writeAuditExport(const AuditSnapshot &snapshot, const AuditComparison *comparison, AuditExportFormat format,
                         const QString &path);

} // namespace pgs
