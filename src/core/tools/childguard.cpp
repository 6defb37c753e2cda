// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/childguard.h"

#include <csignal>

#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace pgs {

void prepareChildGuard()
{
    int deathSignal = 0;
    (void)::prctl(PR_GET_PDEATHSIG, &deathSignal);
    (void)::fcntl(STDIN_FILENO, F_GETFD);
    struct sigaction current{};
    (void)::sigaction(SIGXFSZ, nullptr, &current);
    (void)::getppid();
    (void)::getpgid(0);
}

void runChildGuard(const ChildGuardSetup &setup) noexcept
{
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != setup.parent)
        ::_exit(127); // we died before the death signal was armed
    for (int i = 0; i < setup.inheritCount; ++i)
        ::fcntl(setup.inheritFds[i], F_SETFD, 0);
    struct sigaction dfl{};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGXFSZ, &dfl, nullptr);
}

} // namespace pgs
