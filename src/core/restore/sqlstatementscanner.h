// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace pgs {

// Splits SQL as pg_dump, pg_restore -f - and pg_dumpall write it into top-level statements, fed in
// blocks of any size: string literals, quoted identifiers, dollar-quoted bodies and comments are
// skipped as such (a GRANT inside a function body is not a statement), psql meta-commands
// (\connect, \restrict) are dropped, and the data lines after COPY ... FROM stdin are passed over
// up to their "\.". Only statements starting with ALTER, CREATE, GRANT, REVOKE or SET are handed
// to the handler (without the semicolon), so a dump of any size is read in little memory.
// allStatements() hands over every statement with the line it starts on (migration files).
class SqlStatementScanner
{
public:
    using Handler = std::function<void(const QString &statement)>;
    using LineHandler = std::function<void(const QString &statement, int line)>;
    explicit SqlStatementScanner(Handler handler);
    static SqlStatementScanner allStatements(LineHandler handler);

    void feed(const QByteArray &chunk);
    void finish(); // the last statement when the input does not end with a newline

private:
    enum class State { Normal, BlockComment, SingleQuote, EscapeQuote, DoubleQuote, Dollar, CopyData };
    void scanLine(const QByteArray &line);
    void endStatement();

    Handler m_handler;
    LineHandler m_lineHandler; // set: every statement, with its first line
    int m_line = 0;            // the line being scanned (1-based)
    int m_statementLine = 0;
    QByteArray m_pending;   // an incomplete line
    QByteArray m_statement; // the current statement (its start only, unless it is one we keep)
    bool m_keep = true;     // undecided or wanted
    bool m_decided = false; // the first word is known
    State m_state = State::Normal;
    int m_commentDepth = 0;
    QByteArray m_dollarTag;
};

} // namespace pgs
