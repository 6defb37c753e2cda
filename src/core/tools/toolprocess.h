// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace pgs {

class ConnectionSpec;

// Runs one child tool (pg_dump, psql, initdb ...) synchronously inside a job: streams its stderr
// lines into the job log (and to an optional line handler for progress parsing), kills the
// whole process group on Cancel, and reports a non-zero exit as an Error carrying the last
// stderr lines. Credentials reach the child only through its environment or a 0600 passfile
// (see PassFile), never through argv.
struct ToolRun
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;
    QString stdoutFile;  // when set, stdout goes to this file; otherwise it is collected
    // When set (and stdoutFile is not), stdout is handed over in chunks as it arrives instead of
    // being collected; returning false stops the tool and runTool fails with "tool-output-rejected".
    std::function<bool(const QByteArray &chunk)> onStdout;
    // Called on the job's thread about every 50 ms while the tool runs (progress polling).
    std::function<void()> onPoll;
    QString stdinFile;   // when set, stdin is read from this file
    // When set (and stdinFile is not), stdin is fed from this source as the tool reads: each call
    // returns the next chunk, an empty chunk ends the input; an Error stops the tool and becomes
    // runTool's error (e.g. a damaged compressed dump being decompressed into psql).
    std::function<Result<QByteArray>()> stdinSource;
    std::function<void(const QString &line)> onStderrLine; // in addition to the job log
    bool logStderr = true;
    int timeoutMsecs = -1;
    // Close-on-exec descriptors the tool alone inherits (a writer lock it must hold while it
    // lives). A PassFile's descriptor named by PGPASSFILE is added by runTool itself.
    QList<int> inheritFds;
};

struct ToolOutput
{
    int exitCode = 0;
    QByteArray standardOutput; // when not redirected to a file
    QStringList stderrTail;    // the last lines, for error messages
};

Result<ToolOutput> runTool(JobContext &ctx, const ToolRun &run);

// A passfile in the libpq format with one entry, mode 0600, gone when this goes out of scope. It
// lives in memory (memfd), never on a disk: no death of ours, not even kill -9, can leave the
// password in a file. path() is "/proc/self/fd/N"; runTool lets the tool inherit descriptor N, so
// the tool and its parallel workers open their own copy. Where memory files are not available it
// falls back to a 0600 file in the temporary folder, removed on destruction.
// The file belongs to the user we run as: a child running as another user (runuser -u postgres)
// cannot read it.
class PassFile
{
public:
    explicit PassFile(const ConnectionSpec &spec); // no file when the spec has no password
    ~PassFile();
    PassFile(const PassFile &) = delete;
    PassFile &operator=(const PassFile &) = delete;
    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    // The descriptor behind path() for a memory passfile, else -1.
    int descriptor() const { return m_fd; }
    // Adds PGPASSFILE (when there is a password) and the spec's PG* variables to env.
    QProcessEnvironment apply(const ConnectionSpec &spec, QProcessEnvironment env) const;

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace pgs
