// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace pgs::cli {

// An HTML report printed to PDF through QTextDocument and QPdfWriter, as the GUI's capacity
// export does; written beside the target and renamed. Needs a QGuiApplication (main() makes one,
// offscreen, when an audit asks for PDF: see auditNeedsGuiApplication).
Status writeHtmlAsPdf(const QString &html, const QString &title, const QString &path);

} // namespace pgs::cli
