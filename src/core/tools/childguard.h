// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/types.h>

namespace pgs {

// What the child of a tool run does between fork and exec (QProcess's child process modifier).
// Qt 6.4 starts it with vfork semantics: it shares our memory and stack until exec, so only
// plain system calls may run here (no allocation, no locks).
//
// - It becomes the leader of its own process group, so a cancel ends the tool with every
//   process it started (pg_dump -j workers, a shell's commands).
// - It dies with us: PR_SET_PDEATHSIG delivers SIGTERM when our process ends, even by kill -9.
//   SIGTERM is what pg_dump and pg_restore handle by canceling their server queries and
//   forwarding it to their parallel workers, so none of them lives on holding locks or writing
//   into a backup folder.
// - inheritFds (opened close-on-exec by us) stay open across exec: a passfile in memory, a
//   writer lock. No other tool running at the same time gets them.
// - SIGXFSZ gets its default action back (we ignore it; an ignored signal stays ignored across
//   exec), so a tool over the file-size limit ends visibly.
struct ChildGuardSetup
{
    static constexpr int kMaxInherited = 8;
    pid_t parent = 0; // getpid() of our process, taken before the fork
    int inheritFds[kMaxInherited] = {};
    int inheritCount = 0;
};

// Resolves, in our process, the library calls the child makes, so the child never runs the
// dynamic linker on the shared stack.
void prepareChildGuard();
void runChildGuard(const ChildGuardSetup &setup) noexcept;

} // namespace pgs
