// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/restorejob.h"

#include <QString>

namespace pgs {

// What the restore will run, for the summary page: the connection as PG* variables (never the
// password or the passfile), CREATE DATABASE or the sandbox, then the pg_restore command (with
// the -L list of the selected entries) or the psql pipeline for a plain dump. A description for
// people, built from the request; the engine builds the real argument list itself.
QString restoreCommandText(const RestoreRequest &request);

// The same request in plain words, as HTML lines: source, target, entries, options.
QString restoreSummaryHtml(const RestoreRequest &request, const QString &sourceName, int entryCount);

} // namespace pgs
