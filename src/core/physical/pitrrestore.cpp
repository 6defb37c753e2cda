// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/pitrrestore.h"

#include "pg/connection.h"
#include "physical/basebackuptar.h"
#include "physical/pitrwindow.h"
#include "sandbox/sandboxcluster.h"
#include "sql/sqlcatalog.h"
#include "tools/toollocator.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <optional>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::PitrRestore)
};

QString confQuoted(QString value)
{
    value.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

QStringList logLines(const SandboxCluster &c)
{
    QFile f(c.logFile());
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

// The line after "LOG:  " etc. of the last log line containing one of the needles.
QString lastLogMessage(const QStringList &lines, const QStringList &needles)
{
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        for (const QString &n : needles) {
            const qsizetype at = it->indexOf(n);
            if (at >= 0)
                return it->mid(at).trimmed();
        }
    }
    return {};
}

Error explainFailure(const SandboxCluster &c, const QStringList &gaps, const QString &fallback)
{
    const QStringList lines = logLines(c);
    const QString tail = lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(QLatin1Char('\n'));
    if (!lastLogMessage(lines, {QStringLiteral("recovery ended before configured recovery target was reached")}).isEmpty()) {
        if (!gaps.isEmpty())
            return Error::of(Tr::tr("Recovery stopped before the target: WAL segment %1 is missing from the archive.").arg(gaps.first()),
                             tail, QStringLiteral("wal-missing"));
        return Error::of(Tr::tr("Recovery reached the end of the archive before the target: the target is later than the newest archived WAL."),
                         tail, QStringLiteral("target-beyond-archive"));
    }
    if (!lastLogMessage(lines, {QStringLiteral("requested recovery stop point is before consistent recovery point")}).isEmpty())
        return Error::of(Tr::tr("The target is before the end of the base backup: choose a later moment or an older base backup."),
                         tail, QStringLiteral("target-before-backup"));
    const QString fatal = lastLogMessage(lines, {QStringLiteral("FATAL:"), QStringLiteral("PANIC:")});
    return Error::of(fatal.isEmpty() ? fallback : Tr::tr("The recovered server stopped: %1").arg(fatal), tail,
                     QStringLiteral("recovery-failed"));
}
// The recovered server must be the backup's major: checked before anything is verified or
// unpacked, naming the Debian package that brings it.
Status checkServerBinaries(int major)
{
    QStringList installed;
    for (const ToolInfo &t : ToolLocator().candidates(QStringLiteral("postgres"))) {
        if (t.majorVersion == major)
            return ok();
        if (!installed.contains(QString::number(t.majorVersion)))
            installed << QString::number(t.majorVersion);
    }
    return Error::of(Tr::tr("The base backup is from PostgreSQL %1, but the PostgreSQL %1 server binaries are not installed here "
                            "(installed: %2): install the package postgresql-%1 (apt install postgresql-%1).")
                         .arg(major)
                         .arg(installed.isEmpty() ? Tr::tr("none") : installed.join(QStringLiteral(", "))),
                     {}, QStringLiteral("major-mismatch"));
}
} // namespace

QJsonObject PitrRestoreResult::toJson() const
{
    return QJsonObject{{QStringLiteral("data_dir"), dataDir},       {QStringLiteral("port"), port},
                       {QStringLiteral("socket_dir"), socketDir},   {QStringLiteral("conninfo"), conninfo},
                       {QStringLiteral("recovered_to"), recoveredTo}, {QStringLiteral("stop_reason"), stopReason},
                       {QStringLiteral("base_backup"), backupName},  {QStringLiteral("directory"), directory},
                       {QStringLiteral("paused"), paused}};
}

Result<PitrRestoreResult> restorePointInTime(JobContext &ctx, const QString &catalogDir, const QString &archiveDir,
                                             const PitrTarget &target, const QString &directory, const QString &superuser)
{
    auto window = computeRecoveryWindow(catalogDir, archiveDir);
    if (!window)
        return window.error();
    const std::optional<quint64> targetLsn = target.kind == PitrTarget::Kind::Lsn ? parseLsn(target.value) : std::nullopt;
    if (target.kind == PitrTarget::Kind::Lsn && !targetLsn)
        return Error::of(Tr::tr("%1 is not a WAL position (like 0/3000060).").arg(target.value), {}, QStringLiteral("bad-target"));
    if (target.kind == PitrTarget::Kind::Time && !target.time.isValid())
        return Error::of(Tr::tr("%1 is not an ISO 8601 time.").arg(target.value), {}, QStringLiteral("bad-target"));

    // The base backups that ended before the target, newest first.
    QList<const BaseBackupInfo *> candidates;
    for (const BaseBackupInfo &b : window->backups) {
        const bool before = target.kind == PitrTarget::Kind::Time ? b.stopTime <= target.time
                            : targetLsn                           ? parseLsn(b.stopLsn).value_or(~0ULL) <= *targetLsn
                                                                  : true;
        if (before)
            candidates.prepend(&b);
    }
    if (candidates.isEmpty())
        return Error::of(Tr::tr("The target %1 is before the end of the oldest base backup (%2, %3): no base backup can reach it.")
                             .arg(target.value, window->backups.first().stopTime.toString(Qt::ISODate), window->backups.first().stopLsn),
                         {}, QStringLiteral("target-before-backup"));
    if (Status binaries = checkServerBinaries(candidates.first()->serverVersionNum / 10000); !binaries)
        return binaries.error();
    // A backup that fails its full verification is passed over for the next older one.
    const BaseBackupInfo *chosen = nullptr;
    std::optional<Error> firstFailure;
    for (const BaseBackupInfo *b : std::as_const(candidates)) {
        Status verified = verifyBaseBackup(ctx, *b);
        if (verified) {
            chosen = b;
            break;
        }
        if (ctx.isCanceled())
            return JobContext::canceledError();
        ctx.log(verified.error().message);
        if (!firstFailure)
            firstFailure = verified.error();
    }
    if (!chosen)
        return *firstFailure;
    const QStringList gaps = window->gapsAfter(*chosen, targetLsn.value_or(0));
    if (!gaps.isEmpty() && (target.kind == PitrTarget::Kind::Latest || targetLsn))
        return Error::of(Tr::tr("WAL segment %1 is missing from the archive: recovery cannot go past it.").arg(gaps.first()),
                         gaps.join(QLatin1Char('\n')), QStringLiteral("wal-missing"));

    const bool pause = target.pause && target.kind != PitrTarget::Kind::Latest;
    QString settings = QStringLiteral("restore_command = %1\nrecovery_target_action = '%2'\nrecovery_target_timeline = 'latest'\n")
                           .arg(confQuoted(restoreCommandFor(archiveDir)), pause ? QStringLiteral("pause") : QStringLiteral("promote"));
    switch (target.kind) {
    case PitrTarget::Kind::Latest: break;
    case PitrTarget::Kind::Time: 
        // The server refuses zone abbreviations ("Z"): a numeric offset in UTC.
        settings += QStringLiteral("recovery_target_time = %1\n")
                        .arg(confQuoted(target.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("+00")));
        break;
    case PitrTarget::Kind::Lsn: settings += QStringLiteral("recovery_target_lsn = %1\n").arg(confQuoted(target.value)); break;
    case PitrTarget::Kind::Name: settings += QStringLiteral("recovery_target_name = %1\n").arg(confQuoted(target.value)); break;
    }
    const QString dir = directory.isEmpty()
                            ? paths::dataDir() + QStringLiteral("/pitr/") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                            : directory;
    // A failed recovery removes its directory again: only ever one we made.
    if (const QDir existing(dir); existing.exists() && !existing.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error::of(Tr::tr("%1 exists and is not empty: choose a new directory for the recovered cluster.").arg(dir), {},
                         QStringLiteral("sandbox-exists"));
    SandboxCluster cluster(dir);
    const auto failed = [&](const Error &e) -> Error {
        JobContext quiet;
        (void)cluster.drop(quiet);
        return e;
    };
    const BaseBackupInfo backup = *chosen;
    const Status created = backup.isTar()
                               ? cluster.createFromBaseBackup(
                                     ctx, [backup](JobContext &c, const QString &data) { return extractTarBaseBackup(c, backup, data); },
                                     backup.serverVersionNum / 10000, superuser, settings)
                               : cluster.createFromBaseBackup(ctx, backup.dataDirectory(), backup.serverVersionNum / 10000, superuser, settings);
    if (Status s = created; !s)
        return failed(s.error()); // the directory was new or empty: all of it is ours
    ctx.progress(-1, Tr::tr("Replaying WAL from the archive"));
    if (Status s = cluster.start(ctx); !s)
        return failed(explainFailure(cluster, gaps, s.error().message));
    PitrRestoreResult out;
    // Progress runs from the backup's start to the target LSN, or to the end of the newest segment.
    const quint64 from = parseLsn(chosen->startLsn).value_or(0);
    const auto newest = WalSegmentName::parse(window->latestSegment.left(24), window->segmentSize);
    const quint64 until = targetLsn ? *targetLsn : newest ? (newest->segment + 1) * quint64(window->segmentSize) : 0;
    for (int waited = 0;; waited += 200) {
        if (ctx.isCanceled())
            return failed(JobContext::canceledError());
        auto conn = pg::Connection::open(cluster.connectionSpec());
        if (conn) {
            auto r = (*conn)->exec(sql::query(QStringLiteral("physical/replay_reached"), (*conn)->serverVersionNum()));
            if (r && r->rows() == 1 && (!r->toBool(0, "in_recovery") || r->toBool(0, "paused"))) {
                out.recoveredTo = r->text(0, "last_replayed");
                out.paused = r->toBool(0, "in_recovery");
                break;
            }
            if (r && r->rows() == 1) {
                const quint64 replayed = parseLsn(r->text(0, "replay_lsn")).value_or(from);
                const double fraction = until > from ? double(std::clamp(replayed, from, until) - from) / double(until - from) : -1;
                ctx.progress(fraction, Tr::tr("Replayed WAL up to %1 of %2").arg(r->text(0, "replay_lsn"), formatLsn(until)));
            }
        } else if (!cluster.isRunning()) {
            return failed(explainFailure(cluster, gaps, conn.error().message));
        }
        if (waited > 30 * 60 * 1000)
            return failed(Error::of(Tr::tr("Recovery did not finish within 30 minutes."), {}, QStringLiteral("recovery-timeout")));
        QThread::msleep(200);
    }
    const QStringList lines = logLines(cluster);
    out.stopReason = lastLogMessage(lines, {QStringLiteral("recovery stopping"), QStringLiteral("last completed transaction was at log time")});
    if (out.recoveredTo.isEmpty()) {
        static const QRegularExpression lsn(QStringLiteral("([0-9A-F]+/[0-9A-F]+)"));
        out.recoveredTo = lsn.match(lastLogMessage(lines, {QStringLiteral("redo done at")})).captured(1);
    }
    out.directory = cluster.directory();
    out.dataDir = cluster.dataDirectory();
    out.socketDir = cluster.socketDirectory();
    out.port = cluster.port();
    out.backupName = chosen->name;
    out.conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres").arg(out.socketDir).arg(out.port).arg(superuser);
    // What was reached, for later steps (copy back names its tables after it).
    QSaveFile note(out.directory + QStringLiteral("/pitr.json"));
    if (note.open(QIODevice::WriteOnly)) {
        note.write(QJsonDocument(out.toJson()).toJson());
        if (!note.commit())
            ctx.log(Tr::tr("Cannot write %1: %2").arg(note.fileName(), note.errorString()));
    }
    return out;
}

} // namespace pgs
