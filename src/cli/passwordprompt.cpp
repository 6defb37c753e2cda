// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace pgs::cli {

namespace {
void stripLineEnd(std::string &line)
{
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
}
} // namespace

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

Result<QString> promptPassword(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error::of(QCoreApplication::translate("pgs::cli::PasswordPrompt", "cannot ask for a password: no terminal"), {}, QStringLiteral("password-required"));
    const QByteArray promptBytes = prompt.toUtf8();
    (void)!::write(fd, promptBytes.constData(), size_t(promptBytes.size()));

    termios saved{};
    const bool haveTermios = ::tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.push_back(c);
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    stripLineEnd(line);
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

Result<QString> readPasswordLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    stripLineEnd(line);
    if (!any || line.empty())
        return Error::of(QCoreApplication::translate("pgs::cli::PasswordPrompt", "--password-stdin: no password on standard input"));
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

} // namespace pgs::cli
