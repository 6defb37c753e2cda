// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace pgs {

// Is this finished pg_dump archive whole? pg_dump can exit 0 and leave a cut-short file (a
// nearly full disk), and a copy can be cut short later; pg_restore then fails half way through
// a restore. The check reads the table of contents and then seeks instead of reading the data:
//  - custom: every data entry's block is at the offset the TOC gives (block type and dump id),
//    and the last block's length-prefixed chunks run to their zero-length end inside the file
//    (a cut-short file always cuts the last block present). Without offsets (written to a
//    pipe) every block is walked from the end of the TOC.
//  - directory: every data file the TOC names exists; uncompressed COPY data ends with pg_dump's
//    "\." terminator; compressed files up to 1 MiB are decompressed to their end, bigger ones
//    only have their compression signature checked; large-object TOCs list existing files.
//  - tar: every member header is intact and inside the file, the end-of-archive block is
//    there, and every member the TOC names exists (COPY data with its terminator).
// Fails with code "archive-incomplete" (the message names the file and the first missing part,
// the detail lists every one), "archive-damaged", or the codes of readArchiveToc. A plain SQL
// file is not an archive: code "not-an-archive".
Status checkArchiveComplete(const QString &dumpPath);

} // namespace pgs
