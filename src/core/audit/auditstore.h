// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditdata.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pgs {

// Audits saved per profile: <data dir>/audits/<profile key>/<UTC time>.json (private, atomic),
// so the next audit can be compared with the previous one.
class AuditStore
{
public:
    explicit AuditStore(QString root = {}); // default: paths::dataDir() + "/audits"

    Result<QString> save(const QString &profileKey, const AuditSnapshot &snapshot) const; // the file written
    // The newest saved audit of the profile, nullopt when there is none.
    Result<std::optional<AuditSnapshot>> latest(const QString &profileKey) const;
    QStringList files(const QString &profileKey) const; // oldest first

    static Result<AuditSnapshot> load(const QString &path);

private:
    QString folder(const QString &profileKey) const;
    QString m_root;
};

// What changed between two audits.
struct AuditComparison
{
    QStringList rolesAdded, rolesRemoved;
    QStringList grantsAdded, grantsRemoved; // "db: PRIVILEGE on kind object to role"
    QList<Finding> findingsNew, findingsResolved;

    bool isEmpty() const;
    QJsonObject toJson() const;
};

AuditComparison compareAudits(const AuditSnapshot &previous, const AuditSnapshot &current);

} // namespace pgs
