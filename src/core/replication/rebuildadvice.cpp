// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/rebuildadvice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RebuildAdvice)
};

QString conninfoValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString sqlLiteral(QString text) { return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); }

QJsonArray array(const QStringList &list) { return QJsonArray::fromStringList(list); }
} // namespace

QString shellQuoted(const QString &text)
{
    QString t = text;
    return QLatin1Char('\'') + t.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QStringList shellContinued(const QString &command, int width)
{
    if (command.size() <= width)
        return {command};
    // Words split at blanks outside single quotes; a group is an option with the words after it.
    QStringList words;
    QString word;
    bool quoted = false, escaped = false;
    for (const QChar c : command) {
        if (escaped) { // \' outside quotes (shellQuoted's '\'') is a quote character, no quote
            word += c;
            escaped = false;
            continue;
        }
        if (c == QLatin1Char('\\') && !quoted)
            escaped = true;
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char(' ') && !quoted) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    QStringList groups;
    for (const QString &w : words) {
        if (groups.isEmpty() || w.startsWith(QLatin1Char('-')) || w == QLatin1String(">>") || w == QLatin1String(">"))
            groups << w;
        else
            groups.last() += QLatin1Char(' ') + w;
    }
    const QString indent = QStringLiteral("    ");
    QStringList lines{groups.value(0)};
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (lines.last().size() + 1 + groups[i].size() + 2 <= width)
            lines.last() += QLatin1Char(' ') + groups[i];
        else
            lines << indent + groups[i];
    }
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        lines[i] += QStringLiteral(" \\");
    return lines;
}

QString conninfoWithoutPassword(const ConnectionSpec &spec, const QString &database, const QString &applicationName)
{
    // Only what a standby or pg_rewind needs to reach the server; the rest stays with the profile.
    static const QStringList keep{QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"), QStringLiteral("user"),
                                  QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("passfile")};
    QStringList parts;
    for (const QString &key : keep) {
        const QString value = spec.value(key);
        if (!value.isEmpty())
            parts << key + QLatin1Char('=') + conninfoValue(value);
    }
    if (!applicationName.isEmpty())
        parts << QStringLiteral("application_name=") + conninfoValue(applicationName);
    if (!database.isEmpty())
        parts << QStringLiteral("dbname=") + conninfoValue(database);
    return parts.join(QLatin1Char(' '));
}

RebuildAdvice rebuildAdvice(const ConnectionSpec &newPrimary, const OldPrimaryFacts &old, const QString &promotedName,
                            const QString &promotedSlot)
{
    RebuildAdvice a;
    a.newPrimaryConninfo = conninfoWithoutPassword(newPrimary);
    const QString dataDir = old.dataDirectory.isEmpty() ? Tr::tr("<data directory of the old primary>") : old.dataDirectory;
    const QString pgdata = shellQuoted(dataDir);
    const QString stop = QStringLiteral("pg_ctl -D %1 stop -m fast").arg(pgdata);
    const QString start = QStringLiteral("pg_ctl -D %1 start").arg(pgdata);
    if (old.rewindable.value_or(true)) {
        a.rewindCommands = {stop,
                            QStringLiteral("pg_rewind -D %1 --source-server=%2 --write-recovery-conf --progress")
                                .arg(pgdata, shellQuoted(conninfoWithoutPassword(newPrimary, QStringLiteral("postgres")))),
                            start};
        a.rewindNote = old.rewindable ? Tr::tr("pg_rewind works here: the old primary has wal_log_hints or data checksums on.")
                                      : Tr::tr("pg_rewind needs wal_log_hints = on or data checksums on the old primary (not known: it could not be read).");
    } else {
        a.rewindNote = Tr::tr("pg_rewind cannot be used: the old primary has neither wal_log_hints = on nor data checksums. Take a new base backup.");
    }
    a.baseBackupCommands = {stop,
                            QStringLiteral("mv %1 %2").arg(pgdata, shellQuoted(dataDir + QStringLiteral(".old"))),
                            QStringLiteral("pg_basebackup -d %1 -D %2 -R -X stream -c fast --progress")
                                .arg(shellQuoted(a.newPrimaryConninfo), pgdata),
                            start};
    for (const StandbyInfo &st : old.standbys) {
        if (!promotedName.isEmpty() && st.applicationName == promotedName)
            continue;
        RebuildAdvice::Repoint r;
        r.standby = st.applicationName.isEmpty() ? st.client : st.applicationName;
        r.primaryConninfo = conninfoWithoutPassword(newPrimary, {}, st.applicationName);
        r.commands = {QStringLiteral("ALTER SYSTEM SET primary_conninfo = %1;").arg(sqlLiteral(r.primaryConninfo)),
                      QStringLiteral("SELECT pg_reload_conf();")};
        a.standbys.append(r);
    }
    for (const SlotInfo &slot : old.replicationSlots) {
        if (slot.temporary)
            continue;
        if (slot.name == promotedSlot) {
            a.slotSteps << Tr::tr("Slot %1 served the promoted standby: it is not needed once the old primary is rebuilt.").arg(slot.name);
        } else if (slot.type == QLatin1String("physical")) {
            a.slotSteps << Tr::tr("On the new primary: SELECT pg_create_physical_replication_slot(%1); the standby using it keeps primary_slot_name = %2.")
                               .arg(sqlLiteral(slot.name), slot.name);
        } else {
            a.slotSteps << Tr::tr("Logical slot %1 (database %2) does not exist on the new primary: re-create its subscription there "
                                  "(ALTER SUBSCRIPTION … CONNECTION, then a new slot); changes since the switch are not in it.")
                               .arg(slot.name, slot.database);
        }
    }
    return a;
}

void addCleanRejoin(RebuildAdvice &a, const QString &oldDataDirectory, const QString &primaryConninfo, const QString &slotName)
{
    const QString pgdata = shellQuoted(oldDataDirectory);
    const QString newPrimary = shellQuoted(a.newPrimaryConninfo + QStringLiteral(" dbname=postgres"));
    a.rejoinCommands = {
        QStringLiteral("psql -d %1 -c %2").arg(newPrimary, shellQuoted(QStringLiteral("SELECT pg_create_physical_replication_slot(%1)").arg(sqlLiteral(slotName)))),
        QStringLiteral("touch %1").arg(shellQuoted(oldDataDirectory + QStringLiteral("/standby.signal"))),
        QStringLiteral("printf '%s\\n' %1 %2 >> %3")
            .arg(shellQuoted(QStringLiteral("primary_conninfo = ") + sqlLiteral(primaryConninfo)),
                 shellQuoted(QStringLiteral("primary_slot_name = ") + sqlLiteral(slotName)),
                 shellQuoted(oldDataDirectory + QStringLiteral("/postgresql.auto.conf"))),
        QStringLiteral("pg_ctl -D %1 start").arg(pgdata)};
}

QStringList RebuildAdvice::lines() const
{
    QStringList out;
    if (rejoined) {
        out << Tr::tr("The old primary follows the new one as a standby (restarted after its clean shutdown): nothing to rebuild.");
    } else if (!rejoinCommands.isEmpty()) {
        out << Tr::tr("The old primary stopped cleanly at a checkpoint the new primary has: make it a standby as it is, no pg_rewind "
                      "needed (on its host, as the server's OS user):");
        for (const QString &c : rejoinCommands)
            out << QStringLiteral("    ") + c;
    } else {
        out << Tr::tr("Rebuild the old primary as a standby of the new one (on its host, as the server's OS user):");
        out << QStringLiteral("  ") + rewindNote;
        for (const QString &c : rewindCommands)
            out << QStringLiteral("    ") + c;
    }
    if (!rejoined) {
        out << Tr::tr("  Or with a new base backup:");
        for (const QString &c : baseBackupCommands)
            out << QStringLiteral("    ") + c;
    }
    if (standbys.isEmpty())
        out << Tr::tr("No other standby streamed from the old primary.");
    for (const Repoint &r : standbys) {
        out << Tr::tr("Repoint standby %1 (primary_conninfo = %2):").arg(r.standby, r.primaryConninfo);
        for (const QString &c : r.commands)
            out << QStringLiteral("    ") + c;
    }
    for (const QString &s : slotSteps)
        out << s;
    return out;
}

QJsonObject RebuildAdvice::toJson() const
{
    QJsonArray repoint;
    for (const Repoint &r : standbys)
        repoint.append(QJsonObject{{QStringLiteral("standby"), r.standby},
                                   {QStringLiteral("primary_conninfo"), r.primaryConninfo},
                                   {QStringLiteral("commands"), array(r.commands)}});
    return QJsonObject{{QStringLiteral("new_primary_conninfo"), newPrimaryConninfo},
                       {QStringLiteral("rewind_commands"), array(rewindCommands)},
                       {QStringLiteral("rewind_note"), rewindNote},
                       {QStringLiteral("base_backup_commands"), array(baseBackupCommands)},
                       {QStringLiteral("repoint_standbys"), repoint},
                       {QStringLiteral("slots"), array(slotSteps)},
                       {QStringLiteral("rejoin_commands"), array(rejoinCommands)},
                       {QStringLiteral("rejoined"), rejoined}};
}

} // namespace pgs
