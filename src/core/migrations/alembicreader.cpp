// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folderreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pgs::migrations::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::FolderReader)
};

QStringList quotedValues(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("['\"]([^'\"]+)['\"]"));
    QStringList out;
    for (auto it = quoted.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}
} // namespace

// The folder itself or its versions/ subfolder (alembic's layout: alembic.ini, env.py, versions/).
QString alembicVersionsDir(const QString &dir)
{
    const QDir d(dir);
    if (d.exists(QStringLiteral("versions")))
        return d.filePath(QStringLiteral("versions"));
    return dir;
}

// Status only: the revision chain from "revision = ..." / "down_revision = ..." in versions/*.py,
// ordered from the base so that ancestors come first.
Result<MigrationFolder> readAlembic(const QString &dir)
{
    const QDir versions(alembicVersionsDir(dir));
    if (!versions.exists())
        return Error::of(Tr::tr("The migrations folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));
    static const QRegularExpression revision(QStringLiteral("^revision\\s*(?::[^=]*)?=\\s*['\"]([^'\"]+)['\"]"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression down(QStringLiteral("^down_revision\\s*(?::[^=]*)?=\\s*(.+)$"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression docstring(QStringLiteral("^\\s*(?:\"\"\"|''')\\s*(.+)$"), QRegularExpression::MultilineOption);
    MigrationFolder folder{Format::Alembic, dir, {}, {}};
    QHash<QString, MigrationFile> byRevision;
    for (const QString &fileName : versions.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        QFile file(versions.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return Error::of(Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QString text = QString::fromUtf8(file.readAll());
        const auto rev = revision.match(text);
        if (!rev.hasMatch()) {
            if (fileName != QLatin1String("__init__.py"))
                folder.warnings << Tr::tr("%1 has no revision = ... line").arg(fileName);
            continue;
        }
        MigrationFile m;
        m.version = rev.captured(1);
        m.script = fileName;
        m.upPath = file.fileName();
        const auto doc = docstring.match(text);
        m.name = doc.hasMatch() ? doc.captured(1).trimmed() : QFileInfo(fileName).completeBaseName();
        if (const auto dm = down.match(text); dm.hasMatch())
            m.parents = quotedValues(dm.captured(1));
        byRevision.insert(m.version, m);
    }
    // Base first: a revision comes after all of its parents (Kahn's order, stable by file name).
    QSet<QString> placed;
    QStringList order = byRevision.keys();
    std::sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        return byRevision[a].script < byRevision[b].script;
    });
    bool progressed = true;
    while (placed.size() < byRevision.size() && progressed) {
        progressed = false;
        for (const QString &rev : std::as_const(order)) {
            if (placed.contains(rev))
                continue;
            const MigrationFile &m = byRevision[rev];
            bool ready = true;
            for (const QString &p : m.parents)
                ready = ready && (placed.contains(p) || !byRevision.contains(p));
            if (ready) {
                folder.files << m;
                placed.insert(rev);
                progressed = true;
            }
        }
    }
    if (placed.size() < byRevision.size())
        folder.warnings << Tr::tr("The revisions form a cycle; some are left out");
    return folder;
}

} // namespace pgs::migrations::detail
