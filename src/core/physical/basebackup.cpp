// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/basebackup.h"

#include "catalog/backupfolder.h"
#include "pg/connection.h"
#include "physical/basebackuptar.h"
#include "sql/sqlcatalog.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BaseBackup)
};

const QString kLabel = QStringLiteral("basebackup");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

Result<QJsonObject> readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Could not read %1").arg(path), f.errorString());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        return Error::of(Tr::tr("%1 is not a valid JSON file").arg(path), err.errorString());
    return doc.object();
}

// START WAL LOCATION, START TIME and START TIMELINE from the backup_label the server wrote.
Status readBackupLabel(const QString &dataDir, BaseBackupInfo &info)
{
    QFile f(dataDir + QStringLiteral("/backup_label"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::of(Tr::tr("The base backup has no backup_label: it is not a usable backup."), f.errorString());
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression start(QStringLiteral("^START WAL LOCATION: (\\S+)"), QRegularExpression::MultilineOption);
    static const QRegularExpression time(QStringLiteral("^START TIME: (.+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression tl(QStringLiteral("^START TIMELINE: (\\d+)"), QRegularExpression::MultilineOption);
    info.startLsn = start.match(text).captured(1);
    info.timeline = tl.match(text).captured(1).toUInt();
    QString t = time.match(text).captured(1).trimmed();
    // "2026-12-02 05:30:00 UTC": the zone is an abbreviation; the server writes its log_timezone.
    if (t.endsWith(QLatin1String(" UTC")) || t.endsWith(QLatin1String(" GMT")))
        info.startTime = QDateTime::fromString(t.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (info.startTime.isValid())
        info.startTime.setTimeSpec(Qt::UTC);
    if (info.startLsn.isEmpty() || info.timeline == 0)
        return Error::of(Tr::tr("The backup_label of the base backup could not be read."), text);
    return ok();
}

// Tar: the backup_label is inside base.tar; the manifest and the tool's timeline say enough.
Status readTarBackupLabel(BaseBackupInfo &info)
{
    auto manifest = readJson(info.dataDirectory() + QStringLiteral("/backup_manifest"));
    if (!manifest)
        return manifest.error();
    const QJsonArray ranges = manifest->value(QStringLiteral("WAL-Ranges")).toArray();
    if (ranges.isEmpty())
        return Error::of(Tr::tr("The backup_manifest of the base backup names no WAL range."));
    info.startLsn = ranges.first().toObject().value(QStringLiteral("Start-LSN")).toString();
    info.timeline = quint32(ranges.last().toObject().value(QStringLiteral("Timeline")).toInteger());
    return ok();
}

qint64 bytesBelow(const QString &dir)
{
    qint64 total = 0;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Status readWalRange(const QString &dataDir, BaseBackupInfo &info)
{
    auto manifest = readJson(dataDir + QStringLiteral("/backup_manifest"));
    if (!manifest)
        return manifest.error();
    const QJsonArray ranges = manifest->value(QStringLiteral("WAL-Ranges")).toArray();
    if (ranges.isEmpty())
        return Error::of(Tr::tr("The backup_manifest of the base backup names no WAL range."));
    const QJsonObject last = ranges.last().toObject();
    info.stopLsn = last.value(QStringLiteral("End-LSN")).toString();
    if (info.startLsn.isEmpty())
        info.startLsn = ranges.first().toObject().value(QStringLiteral("Start-LSN")).toString();
    return ok();
}
} // namespace

QJsonObject BaseBackupInfo::filesJson() const
{
    QJsonObject o;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject BaseBackupInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kLabel},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("start_lsn"), startLsn},
                       {QStringLiteral("stop_lsn"), stopLsn},
                       {QStringLiteral("timeline"), qint64(timeline)},
                       {QStringLiteral("start_time"), iso(startTime)},
                       {QStringLiteral("stop_time"), iso(stopTime)},
                       {QStringLiteral("wal_segment_size"), walSegmentSize},
                       {QStringLiteral("server_version_num"), serverVersionNum},
                       {QStringLiteral("verified"), verified},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("compression"), compression},
                       {QStringLiteral("wal_method"), walMethod},
                       {QStringLiteral("verification"), verification},
                       {QStringLiteral("files"), filesJson()},
                       {QStringLiteral("size_bytes"), sizeBytes}};
}

BaseBackupInfo BaseBackupInfo::fromJson(const QJsonObject &o)
{
    BaseBackupInfo b;
    b.id = o.value(QStringLiteral("id")).toString();
    b.startLsn = o.value(QStringLiteral("start_lsn")).toString();
    b.stopLsn = o.value(QStringLiteral("stop_lsn")).toString();
    b.timeline = quint32(o.value(QStringLiteral("timeline")).toInteger());
    b.startTime = QDateTime::fromString(o.value(QStringLiteral("start_time")).toString(), Qt::ISODate);
    b.stopTime = QDateTime::fromString(o.value(QStringLiteral("stop_time")).toString(), Qt::ISODate);
    b.walSegmentSize = o.value(QStringLiteral("wal_segment_size")).toInteger();
    b.serverVersionNum = o.value(QStringLiteral("server_version_num")).toInt();
    b.verified = o.value(QStringLiteral("verified")).toBool();
    b.format = o.value(QStringLiteral("format")).toString(QStringLiteral("plain"));
    b.compression = o.value(QStringLiteral("compression")).toString(QStringLiteral("none"));
    b.walMethod = o.value(QStringLiteral("wal_method")).toString(QStringLiteral("fetch"));
    b.verification = o.value(QStringLiteral("verification")).toString(QStringLiteral("pg_verifybackup"));
    const QJsonObject files = o.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        b.files.insert(it.key(), it.value().toInteger());
    b.sizeBytes = o.value(QStringLiteral("size_bytes")).toInteger();
    return b;
}

Status verifyBaseBackup(JobContext &ctx, const BaseBackupInfo &backup)
{
    if (backup.isTar())
        return verifyTarBaseBackup(ctx, backup);
    auto tool = ToolLocator().find(QStringLiteral("pg_verifybackup"), backup.serverVersionNum / 10000);
    if (!tool)
        return tool.error();
    ctx.progress(-1, Tr::tr("Verifying the base backup with pg_verifybackup"));
    ToolRun run;
    run.program = tool->path;
    run.arguments = {backup.dataDirectory()};
    run.environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    auto out = runTool(ctx, run);
    if (!out)
        return Error::of(Tr::tr("pg_verifybackup found the base backup %1 damaged or incomplete.").arg(backup.name),
                         out.error().detail.isEmpty() ? out.error().message : out.error().detail,
                         QStringLiteral("basebackup-damaged"));
    return ok();
}

Status checkBaseBackupFiles(const BaseBackupInfo &backup)
{
    if (backup.isTar()) {
        if (backup.files.isEmpty())
            return Error::of(Tr::tr("The base backup %1 records no archive files.").arg(backup.name), {},
                             QStringLiteral("basebackup-damaged"));
        for (auto it = backup.files.cbegin(); it != backup.files.cend(); ++it) {
            const QFileInfo info(backup.dataDirectory() + QLatin1Char('/') + it.key());
            if (!info.exists())
                return Error::of(Tr::tr("The base backup %1 is incomplete: %2 is missing.").arg(backup.name, it.key()), {},
                                 QStringLiteral("basebackup-damaged"));
            if (info.size() != it.value())
                return Error::of(Tr::tr("The base backup %1 is damaged: %2 has the wrong size.").arg(backup.name, it.key()), {},
                                 QStringLiteral("basebackup-damaged"));
        }
        return ok();
    }
    auto manifest = readJson(backup.dataDirectory() + QStringLiteral("/backup_manifest"));
    if (!manifest)
        return manifest.error();
    const QJsonArray files = manifest->value(QStringLiteral("Files")).toArray();
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const QString path = f.value(QStringLiteral("Path")).toString();
        if (path.isEmpty())
            continue; // Encoded-Path (not UTF-8): left to pg_verifybackup
        const QFileInfo info(backup.dataDirectory() + QLatin1Char('/') + path);
        if (!info.exists())
            return Error::of(Tr::tr("The base backup %1 is incomplete: %2 is missing.").arg(backup.name, path), {},
                             QStringLiteral("basebackup-damaged"));
        if (info.size() != f.value(QStringLiteral("Size")).toInteger())
            return Error::of(Tr::tr("The base backup %1 is damaged: %2 has the wrong size.").arg(backup.name, path), {},
                             QStringLiteral("basebackup-damaged"));
    }
    return ok();
}

Result<BaseBackupInfo> takeBaseBackup(JobContext &ctx, const ConnectionSpec &spec, const QString &catalogDir,
                                      const BaseBackupOptions &options)
{
    BaseBackupInfo info;
    {
        auto conn = pg::Connection::open(spec);
        if (!conn)
            return conn.error();
        auto r = (*conn)->exec(sql::query(QStringLiteral("physical/backup_source"), (*conn)->serverVersionNum()));
        if (!r)
            return r.error();
        info.serverVersionNum = int(r->toInt64(0, "version_num"));
        info.walSegmentSize = r->toInt64(0, "wal_segment_size");
    }
    // PG15's pg_verifybackup checks only plain-format backups; the tool must be as new as the server.
    auto tool = ToolLocator().find(QStringLiteral("pg_basebackup"), info.serverVersionNum / 10000);
    if (!tool)
        return tool.error();
    const int toolMajor = tool->majorVersion;
    info.format = options.tar ? QStringLiteral("tar") : QStringLiteral("plain");
    info.walMethod = !options.walIncluded ? QStringLiteral("archive") : options.tar ? QStringLiteral("stream") : QStringLiteral("fetch");
    if (options.tar)
        info.compression = options.compression == QLatin1String("auto") ? bestBaseBackupCompression(tool->path, toolMajor)
                                                                          : options.compression;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.startTime = QDateTime::currentDateTimeUtc();
    auto folder = BackupFolder::create(catalogDir, info.id);
    if (!folder)
        return folder.error();
    info.folder = (*folder)->path();
    info.name = QFileInfo(info.folder).fileName();
    const auto fail = [&](const Error &e) -> Error {
        if (QDir(info.dataDirectory()).exists())
            QDir(info.dataDirectory()).removeRecursively();
        (void)(*folder)->finish(BackupFolder::finalName(kLabel, info.startTime, info.id),
                                ctx.isCanceled() ? QStringLiteral(".canceled") : QStringLiteral(".failed"));
        return ctx.isCanceled() ? JobContext::canceledError() : e;
    };

    ctx.progress(-1, Tr::tr("Copying the server with pg_basebackup"));
    PassFile pass(spec);
    ToolRun run;
    run.program = tool->path;
    run.arguments = {QStringLiteral("-D"), info.dataDirectory(), options.tar ? QStringLiteral("-Ft") : QStringLiteral("-Fp"),
                     QStringLiteral("-X"), info.walMethod == QLatin1String("archive") ? QStringLiteral("none") : info.walMethod,
                     options.fastCheckpoint ? QStringLiteral("--checkpoint=fast") : QStringLiteral("--checkpoint=spread"),
                     QStringLiteral("--manifest-checksums=SHA256"), QStringLiteral("--no-password")};
    if (options.tar)
        run.arguments += compressionArguments(info.compression, toolMajor);
    run.environment = pass.apply(spec, QProcessEnvironment::systemEnvironment());
    run.environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    if ((*folder)->lockDescriptor() >= 0)
        run.inheritFds.append((*folder)->lockDescriptor());
    if (auto out = runTool(ctx, run); !out)
        return fail(out.error());
    info.stopTime = QDateTime::currentDateTimeUtc();
    if (options.tar) {
        for (const QFileInfo &f : QDir(info.dataDirectory()).entryInfoList(QDir::Files)) {
            if (f.fileName() != QLatin1String("backup_manifest"))
                info.files.insert(f.fileName(), f.size());
        }
        if (Status s = readTarBackupLabel(info); !s)
            return fail(s.error());
    } else if (Status s = readBackupLabel(info.dataDirectory(), info); !s) {
        return fail(s.error());
    }
    info.sizeBytes = bytesBelow(info.dataDirectory());
    if (Status s = readWalRange(info.dataDirectory(), info); !s)
        return fail(s.error());
    if (Status s = verifyBaseBackup(ctx, info); !s)
        return fail(s.error());
    info.verified = true;
    info.verification = options.tar ? QStringLiteral("manifest-checksums") : QStringLiteral("pg_verifybackup");
    const QString finalName = BackupFolder::finalName(kLabel, info.startTime, info.id);
    if (Status s = writeFileAtomically(QDir(info.folder).filePath(BaseBackupInfo::manifestFileName()),
                                       QJsonDocument(info.toJson()).toJson(), Tr::tr("the base backup manifest"));
        !s)
        return fail(s.error());
    auto renamed = (*folder)->finish(finalName);
    if (!renamed)
        return fail(renamed.error());
    info.folder = *renamed;
    info.name = QFileInfo(info.folder).fileName();
    return info;
}

QList<BaseBackupEntry> listAllBaseBackups(const QString &catalogDir)
{
    QList<BaseBackupEntry> out;
    const QFileInfoList dirs = QDir(catalogDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &d : dirs) {
        const QString name = d.fileName();
        if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String(".failed"))
            || name.endsWith(QLatin1String(".canceled")))
            continue;
        const QString manifestPath = d.absoluteFilePath() + QLatin1Char('/') + BaseBackupInfo::manifestFileName();
        if (!QFileInfo::exists(manifestPath))
            continue; // a logical backup or something else
        BaseBackupEntry e;
        auto json = readJson(manifestPath);
        if (json)
            e.info = BaseBackupInfo::fromJson(*json);
        else
            e.problem = json.error().message;
        e.info.folder = d.absoluteFilePath();
        e.info.name = name;
        if (!e.info.stopTime.isValid())
            e.info.stopTime = d.lastModified().toUTC();
        e.unverified = e.problem.isEmpty() && !e.info.verified;
        if (e.unverified)
            e.problem = Tr::tr("The base backup %1 was never verified.").arg(name);
        if (e.problem.isEmpty()) {
            if (Status s = checkBaseBackupFiles(e.info); !s)
                e.problem = s.error().message;
        }
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const BaseBackupEntry &a, const BaseBackupEntry &b) { return a.info.stopTime < b.info.stopTime; });
    return out;
}

QList<BaseBackupInfo> listBaseBackups(const QString &catalogDir, QStringList *rejected)
{
    QList<BaseBackupInfo> out;
    for (const BaseBackupEntry &e : listAllBaseBackups(catalogDir)) {
        if (e.isGood())
            out.append(e.info);
        else if (rejected && !e.unverified)
            rejected->append(e.problem); // never verified: still being written or abandoned, not news
    }
    return out;
}

} // namespace pgs
