// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/sqlstatementscanner.h"

#include <QList>

namespace pgs {

namespace {
bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
           || (static_cast<unsigned char>(c) & 0x80);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The first words of the statements anyone here looks at.
bool isWantedFirstWord(const QByteArray &word)
{
    static const QList<QByteArray> words = {"ALTER", "CREATE", "GRANT", "REVOKE", "SET", "COMMENT", "COPY"};
    return words.contains(word.toUpper());
}

} // namespace

SqlStatementScanner::SqlStatementScanner(Handler handler) : m_handler(std::move(handler)) {}

SqlStatementScanner SqlStatementScanner::allStatements(LineHandler handler)
{
    SqlStatementScanner scanner(Handler{});
    scanner.m_lineHandler = std::move(handler);
    return scanner;
}

void SqlStatementScanner::feed(const QByteArray &chunk)
{
    m_pending += chunk;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
        scanLine(QByteArray::fromRawData(m_pending.constData() + start, end + 1 - start));
        start = end + 1;
    }
    m_pending.remove(0, start);
}

void SqlStatementScanner::finish()
{
    if (!m_pending.isEmpty()) {
        const QByteArray last = m_pending + '\n';
        m_pending.clear();
        scanLine(last);
    }
    if (m_state == State::Normal && !m_statement.trimmed().isEmpty())
        endStatement();
    m_statement.clear();
}

void SqlStatementScanner::scanLine(const QByteArray &line)
{
    ++m_line;
    if (m_state == State::CopyData) {
        if (line == "\\.\n" || line == "\\.\r\n")
            m_state = State::Normal;
        return;
    }
    const qsizetype n = line.size();
    qsizetype i = 0;
    if (m_state == State::Normal && m_statement.isEmpty()) {
        while (i < n && isSpace(line[i]))
            ++i;
        if (i < n && line[i] == '\\')
            return; // a psql meta-command takes the whole line
    }
    auto append = [this](const char *from, qsizetype count) {
        if (!m_keep)
            return;
        if (m_statement.isEmpty())
            m_statementLine = m_line;
        m_statement.append(from, count);
        if (m_decided)
            return;
        // Decided once the first word is complete: only the statements we look at are kept whole.
        qsizetype word = 0;
        while (word < m_statement.size() && isIdentChar(m_statement[word]))
            ++word;
        if (word < m_statement.size() || m_statement.size() > 16) {
            m_decided = true;
            m_keep = m_lineHandler || isWantedFirstWord(m_statement.left(word));
        }
    };
    while (i < n) {
        const char c = line[i];
        const char next = i + 1 < n ? line[i + 1] : '\0';
        switch (m_state) {
        case State::CopyData:
            return;
        case State::BlockComment:
            if (c == '/' && next == '*') {
                ++m_commentDepth;
                i += 2;
            } else if (c == '*' && next == '/') {
                i += 2;
                if (--m_commentDepth == 0) {
                    m_state = State::Normal;
                    if (!m_statement.isEmpty())
                        append(" ", 1);
                }
            } else {
                ++i;
            }
            continue;
        case State::SingleQuote:
        case State::EscapeQuote:
        case State::DoubleQuote: {
            const char quote = m_state == State::DoubleQuote ? '"' : '\'';
            if (m_state == State::EscapeQuote && c == '\\' && i + 1 < n) {
                append(line.constData() + i, 2);
                i += 2;
                continue;
            }
            if (c == quote && next == quote) {
                append(line.constData() + i, 2);
                i += 2;
                continue;
            }
            if (c == quote)
                m_state = State::Normal;
            append(line.constData() + i, 1);
            ++i;
            continue;
        }
        case State::Dollar:
            if (c == '$' && QByteArray::fromRawData(line.constData() + i, n - i).startsWith(m_dollarTag)) {
                append(m_dollarTag.constData(), m_dollarTag.size());
                i += m_dollarTag.size();
                m_state = State::Normal;
            } else {
                append(line.constData() + i, 1);
                ++i;
            }
            continue;
        case State::Normal:
            break;
        }
        if (m_state != State::Normal)
            break;
        if (c == '-' && next == '-') {
            if (!m_statement.isEmpty())
                append(" ", 1);
            return; // the comment runs to the end of the line
        }
        if (c == '/' && next == '*') {
            m_state = State::BlockComment;
            m_commentDepth = 1;
            i += 2;
            continue;
        }
        if (c == ';') {
            endStatement();
            ++i;
            if (m_state == State::CopyData)
                return; // the data starts on the next line
            continue;
        }
        if (m_statement.isEmpty() && isSpace(c)) {
            ++i;
            continue;
        }
        const bool afterIdent = i > 0 && isIdentChar(line[i - 1]);
        if (c == '\'') {
            const bool escape = (i > 0 && (line[i - 1] == 'E' || line[i - 1] == 'e')) && !(i > 1 && isIdentChar(line[i - 2]));
            m_state = escape ? State::EscapeQuote : State::SingleQuote;
        } else if (c == '"') {
            m_state = State::DoubleQuote;
        } else if (c == '$' && !afterIdent) {
            qsizetype end = i + 1;
            while (end < n && isIdentChar(line[end]) && line[end] != '$')
                ++end;
            if (end < n && line[end] == '$' && !(end > i + 1 && line[i + 1] >= '0' && line[i + 1] <= '9')) {
                m_dollarTag = line.mid(i, end - i + 1);
                append(m_dollarTag.constData(), m_dollarTag.size());
                m_state = State::Dollar;
                i = end + 1;
                continue;
            }
        }
        append(line.constData() + i, 1);
        ++i;
    }
}

void SqlStatementScanner::endStatement()
{
    const QByteArray statement = m_statement.trimmed();
    const bool keep = m_keep;
    m_statement.clear();
    m_keep = true;
    m_decided = false;
    if (!keep || statement.isEmpty())
        return;
    if (statement.left(5).toUpper() == "COPY ") {
        if (statement.toUpper().endsWith("FROM STDIN"))
            m_state = State::CopyData;
        if (m_lineHandler) // a migration's COPY is reported (it cannot run without its data)
            m_lineHandler(QString::fromUtf8(statement), m_statementLine);
        return;
    }
    if (m_lineHandler) {
        m_lineHandler(QString::fromUtf8(statement), m_statementLine);
        return;
    }
    if (m_handler)
        m_handler(QString::fromUtf8(statement));
}

} // namespace pgs
