// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pgs {

namespace pg {
class Connection;
}

// One thing a pg_dumpall --globals-only file creates: a role (its CREATE ROLE, ALTER ROLE and
// settings), a role membership or a tablespace (CREATE TABLESPACE and its grants).
struct GlobalsItem
{
    enum class Kind { Role, Membership, Tablespace };
    Kind kind = Kind::Role;
    QString name;           // the role or tablespace; Membership: the member
    QStringList granted;    // Membership: the roles granted to name
    QStringList attributes; // Role: "LOGIN", "SUPERUSER", "password set" ...; never a password
    QStringList statements; // as dumped, in file order; may carry a password: never show or log them
    bool exists = false;    // already on the target server
    bool selected = false;  // to be created

    // For people, logs and error lists (no statement text): "role alice", "membership alice in readers".
    QString label() const;
};

// Reads the file's roles, memberships and tablespaces, in the file's order; everything else
// (SET lines, the dump's own housekeeping) is left out. Nothing is selected yet.
Result<QList<GlobalsItem>> readGlobalsFile(const QString &path);

// Marks what exists on the server behind conn (pg_roles, pg_auth_members, pg_tablespace).
Status markExistingGlobals(pg::Connection &conn, QList<GlobalsItem> &items);

// The default choice: every missing role, and the missing memberships of a role that is created;
// nothing that exists; no tablespace (its directory must exist on the server first).
void selectDefaultGlobals(QList<GlobalsItem> &items);

// readGlobalsFile, then markExistingGlobals on spec's server and selectDefaultGlobals: what the
// wizard's globals page shows.
Result<QList<GlobalsItem>> loadGlobalsForTarget(JobContext &ctx, const ConnectionSpec &spec, const QString &path);

// One statement to run, with the label that stands for it in logs and errors.
struct GlobalsStep
{
    QString label;
    QString statement;
};
// The statements of the selected items that do not exist: roles first (CREATE before ALTER, as
// dumped), then memberships, then tablespaces, so that every statement finds the roles it names.
QList<GlobalsStep> selectedGlobalsSteps(const QList<GlobalsItem> &items);

struct GlobalsFailure
{
    QString label;
    QString message; // the server's primary message
};
struct GlobalsRun
{
    QStringList done;  // labels, once each
    QList<GlobalsFailure> failures;
};
// Runs each step on its own (CREATE TABLESPACE cannot run in a transaction block) and goes on
// after a failure; an Error only when canceled or the server cannot be reached.
Result<GlobalsRun> runGlobalsSteps(JobContext &ctx, pg::Connection &conn, const QList<GlobalsStep> &steps);

} // namespace pgs

Q_DECLARE_METATYPE(QList<pgs::GlobalsItem>)
