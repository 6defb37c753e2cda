// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/manifest.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

#include <memory>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupManifest)
};

constexpr qint64 kHashBlock = 1 << 20;

QString dateToJson(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromJson(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime() : QDateTime();
}

bool stateFromString(const QString &text, BackupManifest::State *state)
{
    using S = BackupManifest::State;
    for (S s : {S::Complete, S::Failed, S::Canceled, S::Incomplete}) {
        if (text == toString(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

} // namespace

QString toString(BackupManifest::State status)
{
    switch (status) {
    case BackupManifest::State::Complete:
        return QStringLiteral("complete");
    case BackupManifest::State::Failed:
        return QStringLiteral("failed");
    case BackupManifest::State::Canceled:
        return QStringLiteral("canceled");
    case BackupManifest::State::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

QString toString(BackupManifest::VerifyLevel level)
{
    switch (level) {
    case BackupManifest::VerifyLevel::Checksums:
        return QStringLiteral("checksums");
    case BackupManifest::VerifyLevel::Contents:
        return QStringLiteral("contents");
    case BackupManifest::VerifyLevel::Readable:
        return QStringLiteral("readable");
    case BackupManifest::VerifyLevel::Restore:
        return QStringLiteral("restore");
    case BackupManifest::VerifyLevel::None:
        break;
    }
    return QStringLiteral("none");
}

bool verifyLevelFromString(const QString &text, BackupManifest::VerifyLevel *level)
{
    using L = BackupManifest::VerifyLevel;
    for (L l : {L::None, L::Checksums, L::Contents, L::Readable, L::Restore}) {
        if (text == toString(l)) {
            if (level)
                *level = l;
            return true;
        }
    }
    return false;
}

qint64 BackupManifest::totalBytes() const
{
    qint64 total = 0;
    for (const File &f : files)
        total += f.size;
    return total;
}

double BackupManifest::durationSeconds() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return 0;
    return startedAt.msecsTo(finishedAt) / 1000.0;
}

BackupManifest::VerifyLevel BackupManifest::highestPassedLevel() const
{
    // The newest entry per level counts: a later failure of a level cancels an earlier pass.
    QMap<int, const Verification *> newest;
    for (const Verification &v : verifications) {
        const int key = int(v.level);
        if (!newest.contains(key) || newest.value(key)->at <= v.at)
            newest.insert(key, &v);
    }
    VerifyLevel best = VerifyLevel::None;
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        if (it.value()->passed && int(it.value()->level) > int(best))
            best = it.value()->level;
    }
    return best;
}

QJsonObject BackupManifest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schema_version"), kSchemaVersion);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("profile_id"), profileId);
    o.insert(QStringLiteral("profile"), profileName);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("server_version"), serverVersion);
    o.insert(QStringLiteral("server_version_num"), serverVersionNum);
    o.insert(QStringLiteral("system_identifier"), systemIdentifier);
    o.insert(QStringLiteral("tool_path"), toolPath);
    o.insert(QStringLiteral("tool_version"), toolVersion);
    o.insert(QStringLiteral("format"), toString(options.format));
    o.insert(QStringLiteral("options"), options.toJson());
    o.insert(QStringLiteral("dump"), dumpName);
    o.insert(QStringLiteral("globals"), globalsName);
    o.insert(QStringLiteral("started_at"), dateToJson(startedAt));
    o.insert(QStringLiteral("finished_at"), dateToJson(finishedAt));
    o.insert(QStringLiteral("duration_seconds"), durationSeconds());
    o.insert(QStringLiteral("status"), toString(status));
    o.insert(QStringLiteral("error"), error);
    QJsonArray fileArray;
    for (const File &f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("size"), f.size},
                                     {QStringLiteral("sha256"), f.sha256}});
    }
    o.insert(QStringLiteral("files"), fileArray);
    o.insert(QStringLiteral("total_bytes"), totalBytes());
    QJsonObject counts;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    o.insert(QStringLiteral("row_counts"), counts);
    o.insert(QStringLiteral("estimated_bytes"), estimatedBytes);
    QJsonObject sizes;
    for (auto it = tableBytes.cbegin(); it != tableBytes.cend(); ++it)
        sizes.insert(it.key(), it.value());
    o.insert(QStringLiteral("table_bytes"), sizes);
    QJsonArray verifyArray;
    for (const Verification &v : verifications) {
        verifyArray.append(QJsonObject{{QStringLiteral("level"), toString(v.level)},
                                       {QStringLiteral("at"), dateToJson(v.at)},
                                       {QStringLiteral("passed"), v.passed},
                                       {QStringLiteral("problems"), QJsonArray::fromStringList(v.problems)}});
    }
    o.insert(QStringLiteral("verifications"), verifyArray);
    o.insert(QStringLiteral("highest_verified_level"), toString(highestPassedLevel()));
    return o;
}

Result<BackupManifest> BackupManifest::fromJson(const QJsonObject &o)
{
    auto invalid = [](const QString &why) {
        return Error::of(Tr::tr("The backup manifest is not valid: %1").arg(why), {},
                         QStringLiteral("manifest-invalid"));
    };
    const QJsonValue version = o.value(QStringLiteral("schema_version"));
    if (!version.isDouble())
        return invalid(Tr::tr("\"schema_version\" is missing"));
    if (version.toInt() > kSchemaVersion) {
        return Error::of(Tr::tr("The backup manifest has schema version %1; this pgsteward reads up to "
                                "version %2. Use a newer pgsteward.")
                             .arg(version.toInt())
                             .arg(kSchemaVersion),
                         {}, QStringLiteral("manifest-too-new"));
    }
    for (const char *key : {"id", "status", "files", "started_at"}) {
        if (!o.contains(QLatin1String(key)))
            return invalid(Tr::tr("\"%1\" is missing").arg(QLatin1String(key)));
    }

    BackupManifest m;
    m.id = o.value(QStringLiteral("id")).toString();
    if (m.id.isEmpty())
        return invalid(Tr::tr("\"id\" is empty"));
    if (!stateFromString(o.value(QStringLiteral("status")).toString(), &m.status))
        return invalid(Tr::tr("unknown status \"%1\"").arg(o.value(QStringLiteral("status")).toString()));
    m.profileId = o.value(QStringLiteral("profile_id")).toString();
    m.profileName = o.value(QStringLiteral("profile")).toString();
    m.database = o.value(QStringLiteral("database")).toString();
    m.serverVersion = o.value(QStringLiteral("server_version")).toString();
    m.serverVersionNum = o.value(QStringLiteral("server_version_num")).toInt();
    m.systemIdentifier = o.value(QStringLiteral("system_identifier")).toString();
    m.toolPath = o.value(QStringLiteral("tool_path")).toString();
    m.toolVersion = o.value(QStringLiteral("tool_version")).toString();
    m.options = BackupOptions::fromJson(o.value(QStringLiteral("options")).toObject());
    m.dumpName = o.value(QStringLiteral("dump")).toString();
    m.globalsName = o.value(QStringLiteral("globals")).toString();
    m.startedAt = dateFromJson(o.value(QStringLiteral("started_at")));
    m.finishedAt = dateFromJson(o.value(QStringLiteral("finished_at")));
    m.error = o.value(QStringLiteral("error")).toString();

    if (!o.value(QStringLiteral("files")).isArray())
        return invalid(Tr::tr("\"files\" is not a list"));
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        File file;
        file.name = f.value(QStringLiteral("name")).toString();
        file.size = qint64(f.value(QStringLiteral("size")).toDouble(-1));
        file.sha256 = f.value(QStringLiteral("sha256")).toString();
        if (file.name.isEmpty() || file.size < 0 || file.sha256.size() != 64)
            return invalid(Tr::tr("a file entry lacks its name, size or sha256"));
        m.files.append(file);
    }
    const QJsonObject counts = o.value(QStringLiteral("row_counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        m.rowCounts.insert(it.key(), qint64(it.value().toDouble()));
    m.estimatedBytes = qint64(o.value(QStringLiteral("estimated_bytes")).toDouble());
    const QJsonObject sizes = o.value(QStringLiteral("table_bytes")).toObject();
    for (auto it = sizes.constBegin(); it != sizes.constEnd(); ++it)
        m.tableBytes.insert(it.key(), qint64(it.value().toDouble()));
    for (const QJsonValue &v : o.value(QStringLiteral("verifications")).toArray()) {
        const QJsonObject vo = v.toObject();
        Verification ver;
        if (!verifyLevelFromString(vo.value(QStringLiteral("level")).toString(), &ver.level))
            return invalid(Tr::tr("unknown verification level \"%1\"").arg(vo.value(QStringLiteral("level")).toString()));
        ver.at = dateFromJson(vo.value(QStringLiteral("at")));
        ver.passed = vo.value(QStringLiteral("passed")).toBool();
        for (const QJsonValue &p : vo.value(QStringLiteral("problems")).toArray())
            ver.problems.append(p.toString());
        m.verifications.append(ver);
    }
    return m;
}

Result<BackupManifest> BackupManifest::load(const QString &backupDir)
{
    QFile file(QDir(backupDir).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::of(Tr::tr("Cannot read %1").arg(file.fileName()), file.errorString(),
                         QStringLiteral("manifest-unreadable"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::of(Tr::tr("%1 is not valid JSON").arg(file.fileName()), parseError.errorString(),
                         QStringLiteral("manifest-invalid"));
    }
    return fromJson(doc.object());
}

Status BackupManifest::save(const QString &backupDir, Durability durability) const
{
    return writeFileAtomically(QDir(backupDir).filePath(fileName()), QJsonDocument(toJson()).toJson(QJsonDocument::Indented),
                               Tr::tr("the backup manifest"), durability);
}

Result<QString> sha256OfFile(const QString &path, JobContext *ctx, const std::function<void(qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1").arg(path), file.errorString(), QStringLiteral("file-unreadable"));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
        return Error::of(Tr::tr("Cannot start a SHA-256 digest"), {}, QStringLiteral("crypto"));
    QByteArray block(kHashBlock, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (ctx && ctx->isCanceled())
            return JobContext::canceledError();
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Error::of(Tr::tr("Cannot read %1").arg(path), file.errorString(), QStringLiteral("file-unreadable"));
        if (n == 0)
            break;
        EVP_DigestUpdate(hash.get(), block.constData(), size_t(n));
        done += n;
        if (progress)
            progress(done);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(hash.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace pgs
