// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditstore.h"

#include "util/atomicfile.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditStore)
};

// "db: SELECT on table app.t to reader", by names, so two audits compare across role oids.
QHash<QString, QString> grantTexts(const AuditSnapshot &s)
{
    QHash<QString, QString> out;
    out.reserve(s.grants.size());
    for (const AuditGrant &g : s.grants) {
        const QString text = Tr::tr("%1: %2 on %3 %4 to %5").arg(g.database, g.privilege, g.kind, g.objectText(), s.roleName(g.grantee));
        out.insert(text, text);
    }
    return out;
}

} // namespace

AuditStore::AuditStore(QString root) : m_root(root.isEmpty() ? paths::dataDir() + QStringLiteral("/audits") : std::move(root)) {}

QString AuditStore::folder(const QString &profileKey) const
{
    // A key (a profile id, or "db:" + a description) may hold characters no file name should.
    const QByteArray hash = QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_root + QLatin1Char('/') + QString::fromLatin1(hash);
}

Result<QString> AuditStore::save(const QString &profileKey, const AuditSnapshot &snapshot) const
{
    const QString path = folder(profileKey) + QLatin1Char('/')
                         + (snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc()).toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + QStringLiteral(".json");
    const QByteArray data = QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact);
    if (Status st = writeFileAtomically(path, data, kPrivateFile, Tr::tr("the audit file")); !st)
        return st.error();
    return path;
}

QStringList AuditStore::files(const QString &profileKey) const
{
    const QDir dir(folder(profileKey));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

Result<std::optional<AuditSnapshot>> AuditStore::latest(const QString &profileKey) const
{
    const QStringList all = files(profileKey);
    if (all.isEmpty())
        return std::optional<AuditSnapshot>();
    auto loaded = load(all.last());
    if (!loaded)
        return loaded.error();
    return std::optional<AuditSnapshot>(std::move(loaded).value());
}

Result<AuditSnapshot> AuditStore::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Could not read %1").arg(path), file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != QLatin1String("pgsteward-audit-1"))
        return Error::of(Tr::tr("%1 is not a pgsteward audit file").arg(path), error.errorString());
    return AuditSnapshot::fromJson(doc.object());
}

bool AuditComparison::isEmpty() const
{
    return rolesAdded.isEmpty() && rolesRemoved.isEmpty() && grantsAdded.isEmpty() && grantsRemoved.isEmpty()
           && findingsNew.isEmpty() && findingsResolved.isEmpty();
}

QJsonObject AuditComparison::toJson() const
{
    QJsonArray added, resolved;
    for (const Finding &f : findingsNew)
        added.append(f.toJson());
    for (const Finding &f : findingsResolved)
        resolved.append(f.toJson());
    return QJsonObject{{QStringLiteral("roles_added"), QJsonArray::fromStringList(rolesAdded)},
                       {QStringLiteral("roles_removed"), QJsonArray::fromStringList(rolesRemoved)},
                       {QStringLiteral("grants_added"), QJsonArray::fromStringList(grantsAdded)},
                       {QStringLiteral("grants_removed"), QJsonArray::fromStringList(grantsRemoved)},
                       {QStringLiteral("findings_new"), added},
                       {QStringLiteral("findings_resolved"), resolved}};
}

AuditComparison compareAudits(const AuditSnapshot &previous, const AuditSnapshot &current)
{
    AuditComparison c;
    QSet<QString> before, after;
    for (const AuditRole &r : previous.roles)
        before.insert(r.name);
    for (const AuditRole &r : current.roles)
        after.insert(r.name);
    for (const QString &name : after)
        if (!before.contains(name))
            c.rolesAdded << name;
    for (const QString &name : before)
        if (!after.contains(name))
            c.rolesRemoved << name;
    const QHash<QString, QString> grantsBefore = grantTexts(previous), grantsAfter = grantTexts(current);
    for (auto it = grantsAfter.cbegin(); it != grantsAfter.cend(); ++it)
        if (!grantsBefore.contains(it.key()))
            c.grantsAdded << it.key();
    for (auto it = grantsBefore.cbegin(); it != grantsBefore.cend(); ++it)
        if (!grantsAfter.contains(it.key()))
            c.grantsRemoved << it.key();
    for (QStringList *list : {&c.rolesAdded, &c.rolesRemoved, &c.grantsAdded, &c.grantsRemoved})
        list->sort();
    const FindingsDiff diff = diffFindings(previous.findings, current.findings);
    c.findingsNew = diff.added;
    c.findingsResolved = diff.resolved;
    return c;
}

} // namespace pgs
