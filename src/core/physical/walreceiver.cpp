// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/walreceiver.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::WalReceiver)
};

const QString kFamily = QStringLiteral("walreceive");
QString lockPath(const QString &archiveDir) { return QDir(archiveDir).filePath(QStringLiteral(".pgsteward-receiver.lock")); }
QString notePath(const QString &archiveDir) { return QDir(archiveDir).filePath(QStringLiteral(".pgsteward-receiver.json")); }

// Held while this process streams; the kernel drops it when we die, whatever the file says.
class ReceiverLock
{
public:
    ~ReceiverLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    // 0: locked; EWOULDBLOCK: someone else holds it; another errno: failure.
    int acquire(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return errno;
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0)
            return errno;
        return 0;
    }
    int descriptor() const { return m_fd; }

private:
    int m_fd = -1;
};

Status ensureReceiverSlotImpl(const ConnectionSpec &spec, const QString &slot, bool create, JobContext &ctx)
{
    auto conn = pg::Connection::open(spec);
    if (!conn)
        return conn.error();
    auto status = loadSlotStatus(**conn, slot);
    if (!status)
        return status.error();
    if (status->exists)
        return ok();
    if (!create)
        return Error::of(Tr::tr("The server has no replication slot %1: create it with --create-slot.").arg(slot), {},
                         QStringLiteral("slot-missing"));
    auto r = (*conn)->exec(sql::query(QStringLiteral("physical/create_slot"), (*conn)->serverVersionNum()), {slot});
    if (!r)
        return r.error();
    ctx.log(Tr::tr("Created the replication slot %1 (WAL reserved from %2).").arg(slot, r->text(0, "lsn")));
    return ok();
}
} // namespace

Status ensureReceiverSlot(JobContext &ctx, const ConnectionSpec &spec, const QString &slot, bool create)
{
    return ensureReceiverSlotImpl(spec, slot, create, ctx);
}

QJsonObject WalSlotStatus::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("exists"), exists},
                       {QStringLiteral("active"), active},
                       {QStringLiteral("restart_lsn"), restartLsn},
                       {QStringLiteral("wal_status"), walStatus},
                       {QStringLiteral("retained_bytes"), retainedBytes}};
}

Result<WalSlotStatus> loadSlotStatus(pg::Connection &conn, const QString &slot)
{
    auto r = conn.exec(sql::query(QStringLiteral("physical/slot_status"), conn.serverVersionNum()), {slot});
    if (!r)
        return r.error();
    WalSlotStatus s;
    s.name = slot;
    if (r->rows() == 0)
        return s;
    s.exists = true;
    if (r->text(0, "slot_type") != QLatin1String("physical"))
        return Error::of(Tr::tr("The replication slot %1 is a logical slot: pg_receivewal needs a physical one.").arg(slot), {},
                         QStringLiteral("slot-logical"));
    s.active = r->toBool(0, "active");
    s.restartLsn = r->text(0, "restart_lsn");
    s.walStatus = r->text(0, "wal_status");
    s.retainedBytes = r->isNull(0, r->column("retained_bytes")) ? -1 : r->toInt64(0, "retained_bytes");
    return s;
}

QString recordedReceiverSlot(const QString &archiveDir)
{
    QFile f(notePath(archiveDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("slot")).toString();
}

QString defaultReceiverSlot(const QString &archiveDir)
{
    return QStringLiteral("pgsteward_") + scheduleSlug(QFileInfo(archiveDir).fileName(), QStringLiteral("archive")).replace(QLatin1Char('-'), QLatin1Char('_')).left(40);
}

Status receiveWal(JobContext &ctx, const ConnectionSpec &spec, const WalReceiveOptions &options, bool *alreadyRunning)
{
    if (alreadyRunning)
        *alreadyRunning = false;
    const QString archive = QDir(options.archiveDir).absolutePath();
    if (!QDir().mkpath(archive))
        return Error::of(Tr::tr("Could not create the WAL archive folder %1.").arg(archive), {}, QStringLiteral("archive-unwritable"));
    const QString slot = options.slot.isEmpty() ? defaultReceiverSlot(archive) : options.slot;
    ReceiverLock lock;
    if (const int e = lock.acquire(lockPath(archive)); e != 0) {
        if (e == EWOULDBLOCK && options.keepAlive) {
            if (alreadyRunning)
                *alreadyRunning = true;
            return ok();
        }
        if (e == EWOULDBLOCK)
            return Error::of(Tr::tr("Another wal receive is already streaming into %1.").arg(archive), {},
                             QStringLiteral("receiver-running"));
        return Error::of(Tr::tr("Cannot lock %1: %2").arg(lockPath(archive), QString::fromLocal8Bit(std::strerror(e))), {},
                         QStringLiteral("archive-unwritable"));
    }
    if (Status s = ensureReceiverSlot(ctx, spec, slot, options.createSlot); !s)
        return s;
    int major = 0;
    {
        auto conn = pg::Connection::open(spec);
        if (!conn)
            return conn.error();
        major = (*conn)->serverVersionNum() / 10000;
    }
    auto tool = ToolLocator().find(QStringLiteral("pg_receivewal"), major);
    if (!tool)
        return tool.error();
    const QJsonObject note{{QStringLiteral("slot"), slot}, {QStringLiteral("server"), spec.describe()}};
    if (Status s = writeFileAtomically(notePath(archive), QJsonDocument(note).toJson(), Tr::tr("the receiver note")); !s)
        return s;

    ctx.progress(-1, Tr::tr("Streaming WAL from %1 into %2 through slot %3").arg(spec.describe(), archive, slot));
    PassFile pass(spec);
    ToolRun run;
    run.program = tool->path;
    // --synchronous: flushed and reported at once, so the slot (and the server) know what is safe.
    run.arguments = {QStringLiteral("-D"), archive, QStringLiteral("--slot=") + slot, QStringLiteral("--synchronous"),
                     QStringLiteral("--status-interval=1"), QStringLiteral("--no-password"), QStringLiteral("--verbose")};
    run.environment = pass.apply(spec, QProcessEnvironment::systemEnvironment());
    run.environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    run.inheritFds.append(lock.descriptor()); // the folder stays taken while pg_receivewal lives
    auto out = runTool(ctx, run);
    if (!out && out.error().code == JobContext::canceledError().code) {
        ctx.log(Tr::tr("WAL streaming stopped; the segment in progress stays as a .partial file."));
        return ok();
    }
    if (!out)
        return Error::of(Tr::tr("pg_receivewal stopped: %1").arg(out.error().message), out.error().detail,
                         QStringLiteral("receivewal-failed"));
    return ok();
}

ScheduledCommand walReceiveService(const QString &profileName, const QString &archiveDir, const QString &slot,
                                   const QString &cliPath)
{
    const QString archive = QDir(archiveDir).absolutePath();
    ScheduledCommand c;
    c.family = kFamily;
    c.slug = scheduleSlug(profileName + QLatin1Char('-') + slot, QStringLiteral("receiver"));
    c.description = QStringLiteral("WAL receiver of %1 into %2").arg(profileName, archive);
    c.onCalendar = QStringLiteral("minutely");
    c.commandLine = {cliPath, QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--profile"), profileName,
                     QStringLiteral("--archive"), archive, QStringLiteral("--slot"), slot, QStringLiteral("--keep-alive")};
    c.environment = pgstewardEnvironment();
    return c;
}

} // namespace pgs
