// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoreprogress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RestoreProgress)
};

constexpr qint64 kEntryWeight = 8192; // an entry without known data weighs one page

QString qualified(const TocEntry &e)
{
    return e.schema.isEmpty() ? e.name : e.schema + QLatin1Char('.') + e.name;
}
} // namespace

RestoreProgress::RestoreProgress(const TableOfContents &toc, const QSet<int> &scope) : m_toc(toc)
{
    for (const TocEntry &e : toc.entries) {
        if (!scope.isEmpty() && !scope.contains(e.id))
            continue;
        const qint64 weight = e.dataBytes > 0 ? e.dataBytes : kEntryWeight;
        m_weights.insert(e.id, weight);
        m_totalWeight += weight;
        m_byName.insert(e.type + QLatin1Char('|') + qualified(e), e.id);
        if (!m_byName.contains(e.type + QLatin1Char('|') + e.name))
            m_byName.insert(e.type + QLatin1Char('|') + e.name, e.id);
    }
}

int RestoreProgress::resolve(const QString &type, const QString &name) const
{
    return m_byName.value(type + QLatin1Char('|') + name, 0);
}

void RestoreProgress::markDone(int id)
{
    if (id == 0 || !m_weights.contains(id) || m_done.contains(id))
        return;
    m_done.insert(id);
    m_doneWeight += m_weights.value(id);
}

void RestoreProgress::start(int id, bool serial)
{
    if (id == 0)
        return;
    // A serial start ends the previous serial entry; in the parallel phase workers overlap, and
    // only "finished item" ends an entry.
    if (serial && !m_parallel && m_current != id)
        markDone(m_current);
    m_current = id;
}

void RestoreProgress::feedLine(const QString &line)
{
    static const QRegularExpression item(QStringLiteral("^pg_restore: (processing|launching|finished) item (\\d+) "));
    static const QRegularExpression creating(QStringLiteral("^pg_restore: creating (.+) \"(.*)\"$"));
    static const QRegularExpression data(QStringLiteral("^pg_restore: processing data for table \"(.*)\"$"));
    static const QRegularExpression executing(QStringLiteral("^pg_restore: executing (SEQUENCE SET|BLOB|LARGE OBJECT) (.*)$"));
    static const QRegularExpression fromEntry(QStringLiteral("^pg_restore: from TOC entry (\\d+);"));
    static const QRegularExpression ignored(QStringLiteral("^pg_restore: warning: errors ignored on restore: (\\d+)"));

    if (!line.startsWith(QLatin1String("pg_restore: "))) {
        // Continuation of an error: keep the server's DETAIL/HINT, not the (possibly huge) command.
        if (m_inError && !m_errors.isEmpty()) {
            if (line.startsWith(QLatin1String("DETAIL:")) || line.startsWith(QLatin1String("HINT:")))
                m_errors.last().message += QLatin1Char(' ') + line.simplified();
            else if (line.startsWith(QLatin1String("Command was:")))
                m_inError = false;
        }
        return;
    }
    m_inError = false;
    if (auto m = item.match(line); m.hasMatch()) {
        const int id = m.captured(2).toInt();
        if (m.captured(1) == QLatin1String("finished")) {
            markDone(id);
        } else if (m.captured(1) == QLatin1String("launching")) {
            m_parallel = true;
            m_current = id;
        } else {
            start(id, true);
        }
        return;
    }
    if (auto m = data.match(line); m.hasMatch()) {
        start(resolve(QStringLiteral("TABLE DATA"), m.captured(1)), true);
        return;
    }
    if (auto m = creating.match(line); m.hasMatch()) {
        start(resolve(m.captured(1), m.captured(2)), true);
        return;
    }
    if (auto m = executing.match(line); m.hasMatch()) {
        start(resolve(m.captured(1), m.captured(2)), true);
        return;
    }
    if (auto m = fromEntry.match(line); m.hasMatch()) {
        m_errorEntry = m.captured(1).toInt();
        return;
    }
    if (auto m = ignored.match(line); m.hasMatch()) {
        m_ignored = m.captured(1).toInt();
        return;
    }
    if (line.startsWith(QLatin1String("pg_restore: error: "))) {
        RestoreError error;
        error.tocId = m_errorEntry ? m_errorEntry : m_current;
        error.tocEntry = describe(error.tocId);
        error.message = line.mid(19).simplified();
        m_errors.append(error);
        m_errorEntry = 0;
        m_inError = true;
    }
}

void RestoreProgress::finish(bool succeeded)
{
    if (!succeeded)
        return;
    // Everything in scope was processed; some entries (e.g. ACLs skipped by --no-privileges) log nothing.
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        markDone(it.key());
}

QString RestoreProgress::describe(int id) const
{
    const TocEntry *e = id ? m_toc.find(id) : nullptr;
    if (!e)
        return {};
    return e->type + QLatin1Char(' ') + (e->schema.isEmpty() ? QString() : e->schema + QLatin1Char(' ')) + e->name;
}

double RestoreProgress::fraction() const
{
    return m_totalWeight > 0 ? double(m_doneWeight) / double(m_totalWeight) : 0.0;
}

QString RestoreProgress::text() const
{
    const QString current = describe(m_current);
    const QString counts = Tr::tr("%1 of %2 entries").arg(m_done.size()).arg(m_weights.size());
    return current.isEmpty() ? counts : current + QStringLiteral(" (") + counts + QLatin1Char(')');
}

} // namespace pgs
