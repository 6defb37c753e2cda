// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/rclone.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RcloneTarget)
};

const QString kRemote = QStringLiteral("pgsdest");

// program --version style output -> (major, minor); versionArgs differ per tool.
Result<QString> findTool(JobContext &ctx, const QString &name, const QString &package, const QStringList &versionArgs,
                         int minMajor, int minMinor)
{
    static QMutex mutex;
    static QHash<QString, QString> checked; // name -> path once the version passed
    {
        QMutexLocker lock(&mutex);
        if (checked.contains(name))
            return checked.value(name);
    }
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return Error::of(Tr::tr("%1 is not installed (Debian package %2)").arg(name, package), {},
                         QStringLiteral("tool-missing"));
    ToolRun run;
    run.program = path;
    run.arguments = versionArgs;
    run.logStderr = false;
    run.timeoutMsecs = 20000;
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out)
        return Error::of(Tr::tr("Cannot run %1 to ask its version").arg(path), out.error().message);
    static const QRegularExpression version(QStringLiteral("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QString text = QString::fromUtf8(out->standardOutput);
    const QRegularExpressionMatch m = version.match(text);
    if (!m.hasMatch())
        return Error::of(Tr::tr("Cannot read the version of %1").arg(path), text.left(200));
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    if (major < minMajor || (major == minMajor && minor < minMinor))
        return Error::of(Tr::tr("%1 %2 is too old; %3.%4 or newer is needed")
                             .arg(path, m.captured(0)).arg(minMajor).arg(minMinor));
    ctx.log(Tr::tr("Using %1 %2").arg(path, m.captured(0)));
    QMutexLocker lock(&mutex);
    checked.insert(name, path);
    return path;
}

QString envKey(const QString &option)
{
    return QStringLiteral("RCLONE_CONFIG_%1_%2").arg(kRemote.toUpper(), option);
}
} // namespace

Result<QString> findRclone(JobContext &ctx)
{
    return findTool(ctx, QStringLiteral("rclone"), QStringLiteral("rclone"), {QStringLiteral("version")}, 1, 50);
}

Result<QString> findAge(JobContext &ctx)
{
    return findTool(ctx, QStringLiteral("age"), QStringLiteral("age"), {QStringLiteral("--version")}, 1, 0);
}

Result<RcloneTarget> RcloneTarget::open(JobContext &ctx, const OffsiteDestination &d)
{
    Result<QString> program = findRclone(ctx);
    if (!program)
        return program.error();
    RcloneTarget t;
    t.m_name = d.name;
    t.m_kind = d.kind;
    t.m_program = *program;
    t.m_env = QProcessEnvironment::systemEnvironment();
    switch (d.kind) {
    case OffsiteDestination::Kind::Local:
        t.m_base = d.url;
        break;
    case OffsiteDestination::Kind::Rclone:
        t.m_base = d.url.mid(7);
        break;
    case OffsiteDestination::Kind::S3: {
        t.m_env.insert(envKey(QStringLiteral("TYPE")), QStringLiteral("s3"));
        t.m_env.insert(envKey(QStringLiteral("PROVIDER")), d.s3Endpoint.isEmpty() ? QStringLiteral("AWS") : QStringLiteral("Other"));
        t.m_env.insert(envKey(QStringLiteral("ENV_AUTH")), QStringLiteral("true"));
        if (!d.s3Endpoint.isEmpty())
            t.m_env.insert(envKey(QStringLiteral("ENDPOINT")), d.s3Endpoint);
        if (!d.s3Region.isEmpty())
            t.m_env.insert(envKey(QStringLiteral("REGION")), d.s3Region);
        t.m_env.insert(envKey(QStringLiteral("FORCE_PATH_STYLE")), d.s3PathStyle ? QStringLiteral("true") : QStringLiteral("false"));
        // rclone 1.60 fails with LoadCustomCABundleError when AWS_CA_BUNDLE is set and the
        // endpoint is plain http: the bundle has no use there.
        if (d.s3Endpoint.startsWith(QLatin1String("http://")) && t.m_env.contains(QStringLiteral("AWS_CA_BUNDLE"))) {
            t.m_env.remove(QStringLiteral("AWS_CA_BUNDLE"));
            ctx.log(Tr::tr("AWS_CA_BUNDLE is ignored for the plain http endpoint %1 (rclone would fail to load it)")
                        .arg(d.s3Endpoint));
        }
        t.m_base = kRemote + QLatin1Char(':') + d.url.mid(5);
        break;
    }
    case OffsiteDestination::Kind::Sftp: {
        const QUrl url(d.url);
        t.m_env.insert(envKey(QStringLiteral("TYPE")), QStringLiteral("sftp"));
        t.m_env.insert(envKey(QStringLiteral("HOST")), url.host());
        if (!url.userName().isEmpty())
            t.m_env.insert(envKey(QStringLiteral("USER")), url.userName());
        if (url.port() > 0)
            t.m_env.insert(envKey(QStringLiteral("PORT")), QString::number(url.port()));
        t.m_base = kRemote + QLatin1Char(':') + (url.path().isEmpty() ? QStringLiteral(".") : url.path());
        break;
    }
    }
    while (t.m_base.size() > 1 && t.m_base.endsWith(QLatin1Char('/')))
        t.m_base.chop(1);
    return t;
}

QString RcloneTarget::path(const QString &child) const
{
    if (child.isEmpty())
        return m_base;
    if (m_base.endsWith(QLatin1Char(':')) || m_base.endsWith(QLatin1Char('/')))
        return m_base + child;
    return m_base + QLatin1Char('/') + child;
}

Result<QByteArray> RcloneTarget::run(JobContext &ctx, const QStringList &arguments) const
{
    ToolRun run;
    run.program = m_program;
    run.arguments = arguments;
    run.environment = m_env;
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out)
        return ctx.isCanceled() ? out.error() : explained(out.error());
    return out->standardOutput;
}

Error RcloneTarget::explained(const Error &error) const
{
    const QString text = error.message + QLatin1Char('\n') + error.detail;
    const auto has = [&](const char *words) { return text.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("unable to authenticate") || has("permission denied (publickey"))
        return Error::of(Tr::tr("%1 refused the login: the SSH key (RCLONE_SFTP_KEY_FILE or ssh-agent) is not accepted there")
                             .arg(m_name),
                         text, QStringLiteral("credential-refused"));
    if (has("SSH_AUTH_SOCK not-specified"))
        return Error::of(Tr::tr("%1: no SSH key to log in with: set RCLONE_SFTP_KEY_FILE or start ssh-agent").arg(m_name), text,
                         QStringLiteral("credential-missing"));
    if (has("InvalidAccessKeyId") || has("SignatureDoesNotMatch") || has("AccessDenied") || has("NoCredentialProviders")) {
        if (m_kind == OffsiteDestination::Kind::S3 && !m_env.contains(QStringLiteral("AWS_ACCESS_KEY_ID")))
            return Error::of(Tr::tr("%1 refused the login: there are no S3 keys in the environment "
                                    "(AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)")
                                 .arg(m_name),
                             text, QStringLiteral("credential-refused"));
        return Error::of(Tr::tr("%1 refused the login: the S3 keys (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) are not accepted")
                             .arg(m_name),
                         text, QStringLiteral("credential-refused"));
    }
    if (has("connection refused") || has("no such host") || has("i/o timeout") || has("network is unreachable"))
        return Error::of(Tr::tr("%1 cannot be reached (%2)").arg(m_name, error.message), text, QStringLiteral("unreachable"));
    return error;
}

Result<QByteArray> RcloneTarget::transfer(JobContext &ctx, const QStringList &arguments, double from, double to,
                                          const QString &label, std::function<Result<QByteArray>()> stdinSource) const
{
    ToolRun run;
    run.stdinSource = std::move(stdinSource);
    run.program = m_program;
    run.arguments = arguments
                    + QStringList{QStringLiteral("--use-json-log"), QStringLiteral("--stats"), QStringLiteral("1s"),
                                  QStringLiteral("--stats-log-level"), QStringLiteral("NOTICE")};
    run.environment = m_env;
    run.logStderr = false;
    QString lastError;
    run.onStderrLine = [&](const QString &line) {
        QString message;
        const double fraction = parseRcloneLogLine(line, &message);
        if (fraction >= 0)
            ctx.progress(from + (to - from) * fraction, label);
        if (!message.isEmpty()) {
            ctx.log(QStringLiteral("rclone: ") + message);
            lastError = message;
        }
    };
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out) {
        if (ctx.isCanceled())
            return out.error();
        if (lastError.isEmpty())
            return explained(out.error());
        return explained(Error::of(Tr::tr("rclone failed: %1").arg(lastError), out.error().detail, out.error().code));
    }
    ctx.progress(to, label);
    return out->standardOutput;
}

double parseRcloneLogLine(const QString &line, QString *message)
{
    const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
    if (o.isEmpty()) { // not JSON: rclone's own plain text before the log is set up
        if (message && !line.trimmed().isEmpty())
            *message = line.trimmed();
        return -1;
    }
    const QString level = o.value(QStringLiteral("level")).toString();
    const QJsonObject stats = o.value(QStringLiteral("stats")).toObject();
    if (!stats.isEmpty()) {
        const double total = stats.value(QStringLiteral("totalBytes")).toDouble();
        const double bytes = stats.value(QStringLiteral("bytes")).toDouble();
        return total > 0 ? std::clamp(bytes / total, 0.0, 1.0) : 0.0;
    }
    const QString msg = o.value(QStringLiteral("msg")).toString().trimmed();
    // "Config file not found - using defaults": we configure rclone through its environment only.
    if (message && (level == QLatin1String("error") || level == QLatin1String("warning") || level == QLatin1String("notice"))
        && !msg.contains(QLatin1String("rclone.conf")))
        *message = msg;
    return -1;
}

Result<QByteArray> RcloneTarget::listJson(JobContext &ctx, const QString &child, const QStringList &more) const
{
    Status there = exists(ctx, child);
    if (!there && there.error().code == QLatin1String("not-found"))
        return QByteArray("[]");
    if (!there)
        return there.error();
    return run(ctx, QStringList{QStringLiteral("lsjson"), path(child)} + more);
}

Result<QByteArray> RcloneTarget::cat(JobContext &ctx, const QString &child) const
{
    ToolRun run;
    run.program = m_program;
    run.arguments = {QStringLiteral("cat"), path(child)};
    run.environment = m_env;
    run.logStderr = false;
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out)
        return explained(out.error());
    if (out->standardOutput.isEmpty())
        return Error::of(Tr::tr("%1 is not there").arg(path(child)), {}, QStringLiteral("not-found"));
    return out->standardOutput;
}

Result<QStringList> RcloneTarget::folders(JobContext &ctx) const
{
    ToolRun run;
    run.program = m_program;
    run.arguments = {QStringLiteral("lsf"), QStringLiteral("--dirs-only"), QStringLiteral("--max-depth"), QStringLiteral("1"), path()};
    run.environment = m_env;
    run.logStderr = false;
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out) {
        // rclone 1.60 exits 3 for "directory not found": a destination nothing was copied to yet.
        if (out.error().detail.contains(QLatin1String("directory not found")))
            return QStringList();
        return explained(out.error());
    }
    QStringList names;
    for (const QString &line : QString::fromUtf8(out->standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString name = line.trimmed();
        if (name.endsWith(QLatin1Char('/')))
            name.chop(1);
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

Status RcloneTarget::exists(JobContext &ctx, const QString &child) const
{
    // lsf of a missing folder fails with "directory not found"; of an empty one it prints nothing.
    ToolRun run;
    run.program = m_program;
    run.arguments = {QStringLiteral("lsf"), QStringLiteral("--max-depth"), QStringLiteral("1"), path(child)};
    run.environment = m_env;
    run.logStderr = false;
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out) {
        if (out.error().detail.contains(QLatin1String("directory not found")))
            return Error::of(Tr::tr("%1 is not there").arg(path(child)), {}, QStringLiteral("not-found"));
        return explained(out.error());
    }
    if (out->standardOutput.trimmed().isEmpty())
        return Error::of(Tr::tr("%1 is empty or not there").arg(path(child)), {}, QStringLiteral("not-found"));
    return ok();
}

Result<QStringList> lsjsonPaths(const QByteArray &json, bool dirs)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isArray())
        return Error::of(Tr::tr("rclone gave an unreadable listing"), error.errorString());
    QStringList paths;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("IsDir")).toBool() == dirs)
            paths << o.value(QStringLiteral("Path")).toString();
    }
    return paths;
}

} // namespace pgs
