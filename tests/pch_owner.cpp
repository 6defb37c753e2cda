// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of the targets that own the tests' precompiled headers (tests/CMakeLists.txt).
