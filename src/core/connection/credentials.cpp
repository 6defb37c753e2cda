// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/credentials.h"

#include "connection/pgpass.h"

#include <QAtomicInt>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <pwd.h>
#include <unistd.h>

namespace pgs {

namespace {

const auto kKeychainService = QStringLiteral("pgsteward");
constexpr int kProbeCallTimeoutMsecs = 400;
constexpr int kProbeCapMsecs = 900;
constexpr int kBlockingCapMsecs = 10'000;

// Names under which a secret store answers on the session bus.
bool hasSecretService(const QStringList &names)
{
    for (const char *service : {"org.freedesktop.secrets", "org.kde.kwalletd5", "org.kde.kwalletd6"}) {
        if (names.contains(QLatin1String(service)))
            return true;
    }
    return false;
}

QStringList busNames(const QDBusConnection &bus, const char *method)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                       QStringLiteral("/org/freedesktop/DBus"),
                                                       QStringLiteral("org.freedesktop.DBus"),
                                                       QLatin1String(method));
    const QDBusMessage reply = bus.call(call, QDBus::Block, kProbeCallTimeoutMsecs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().toStringList();
}

// Runs on its own thread: connecting to a bus that accepts but never answers blocks inside
// libdbus for its 25-second default, which no caller should wait for.
bool probeOnThisThread(const QString &address)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("pgsteward-keychain-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    bool found = false;
    {
        // The address is passed explicitly: libdbus remembers the session address of its first
        // connection for the life of the process, and the probe must follow the environment.
        const QDBusConnection bus = QDBusConnection::connectToBus(address, name);
        if (bus.isConnected()) {
            // gnome-keyring is often started on demand, so an activatable name counts as well.
            found = hasSecretService(busNames(bus, "ListNames"))
                || hasSecretService(busNames(bus, "ListActivatableNames"));
        }
    }
    QDBusConnection::disconnectFromBus(name);
    return found;
}

QString osUserName()
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

// The pgpass line libpq will look for when it opens this profile.
PgpassEntry pgpassKey(const ConnectionProfile &profile)
{
    PgpassEntry key;
    key.host = PgpassFile::pgpassHost(profile.host);
    key.port = QString::number(profile.port > 0 ? profile.port : 5432);
    key.database = profile.database.isEmpty() ? QStringLiteral("*") : profile.database;
    // libpq fills an empty user from PGUSER, then from the operating-system account; a line with
    // an empty user field would never match.
    key.user = profile.user;
    if (key.user.isEmpty())
        key.user = qEnvironmentVariable("PGUSER");
    if (key.user.isEmpty())
        key.user = osUserName();
    return key;
}

// Why a nested event loop is acceptable here and nowhere else: only the CLI calls the blocking
// variants, from its main thread, with no window, timer or socket of its own that could re-enter
// while the keychain answers. The GUI uses the asynchronous calls. The wait is capped so that a
// keychain prompt nobody answers cannot hang a script.
template<typename R, typename Start>
R waitForAnswer(Start start, R onTimeout)
{
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    auto answer = std::make_shared<std::optional<R>>();
    start([answer, guard](R result) {
        *answer = std::move(result);
        if (guard)
            guard->quit();
    });
    if (!answer->has_value()) {
        QTimer::singleShot(kBlockingCapMsecs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer->has_value() ? std::move(**answer) : onTimeout;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

bool CredentialStore::probeSecretService(int capMsecs)
{
    auto promise = std::make_shared<std::promise<bool>>();
    std::future<bool> answer = promise->get_future();
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty())
        return false;
    std::thread([promise, address] { promise->set_value(probeOnThisThread(address)); }).detach();
    if (answer.wait_for(std::chrono::milliseconds(capMsecs)) != std::future_status::ready)
        return false; // the thread finishes (or times out in libdbus) on its own
    return answer.get();
}

bool CredentialStore::keychainAvailable()
{
    const QString disabled = qEnvironmentVariable("PGSTEWARD_NO_KEYCHAIN");
    if (!disabled.isEmpty() && disabled != QLatin1String("0"))
        return false;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    static std::once_flag once;
    static bool available = false;
    std::call_once(once, [] { available = probeSecretService(kProbeCapMsecs); });
    return available;
}

PasswordStorage CredentialStore::preferredStorage()
{
    return keychainAvailable() ? PasswordStorage::Keychain : PasswordStorage::Pgpass;
}

Result<QString> CredentialStore::readFromPgpass(const ConnectionProfile &profile)
{
    auto entries = PgpassFile::read(PgpassFile::defaultPath());
    if (!entries)
        return entries.error();
    const PgpassEntry key = pgpassKey(profile);
    return PgpassFile::lookup(*entries, key.host, key.port, key.database, key.user);
}

Status CredentialStore::writeToPgpass(const ConnectionProfile &profile, const QString &password)
{
    PgpassEntry entry = pgpassKey(profile);
    entry.password = password;
    return PgpassFile::upsert(PgpassFile::defaultPath(), entry);
}

Status CredentialStore::deleteFromPgpass(const ConnectionProfile &profile)
{
    const PgpassEntry key = pgpassKey(profile);
    return PgpassFile::remove(PgpassFile::defaultPath(), key.host, key.port, key.database, key.user);
}

std::optional<Error> CredentialStore::keychainUnusable(const ConnectionProfile &profile) const
{
    if (!keychainAvailable())
        return Error::of(tr("No keychain (secret service) is available on this system; store the password "
                            "in the password file or enter it when connecting."),
                         {}, QStringLiteral("no-keychain"));
    if (profile.id.isEmpty())
        return Error::of(tr("Save the profile before storing its password in the keychain."), {},
                         QStringLiteral("no-profile-id"));
    return std::nullopt;
}

void CredentialStore::readPassword(const ConnectionProfile &profile, std::function<void(Result<QString>)> done)
{
    if (profile.passwordStorage == PasswordStorage::Keychain) {
        if (auto problem = keychainUnusable(profile))
            return post([done, error = *problem] { done(error); });
        auto *job = new QKeychain::ReadPasswordJob(kKeychainService, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(profile.id);
        connect(job, &QKeychain::Job::finished, this, [this, job, done] {
            if (job->error() == QKeychain::NoError)
                done(job->textData());
            else if (job->error() == QKeychain::EntryNotFound)
                done(QString());
            else
                done(Error::of(tr("Could not read the password from the keychain: %1").arg(job->errorString()), {}, QStringLiteral("keychain")));
        });
        job->start();
        return;
    }
    Result<QString> result = profile.passwordStorage == PasswordStorage::Pgpass ? readFromPgpass(profile)
                                                                                : Result<QString>(QString());
    post([done, result] { done(result); });
}

void CredentialStore::writePassword(const ConnectionProfile &profile, const QString &password,
                                    std::function<void(Status)> done)
{
    if (profile.passwordStorage == PasswordStorage::Keychain) {
        if (auto problem = keychainUnusable(profile))
            return post([done, error = *problem] { done(error); });
        auto *job = new QKeychain::WritePasswordJob(kKeychainService, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(profile.id);
        job->setTextData(password);
        connect(job, &QKeychain::Job::finished, this, [this, job, done] {
            if (job->error() == QKeychain::NoError)
                done(ok());
            else
                done(Error::of(tr("Could not store the password in the keychain: %1").arg(job->errorString()), {}, QStringLiteral("keychain")));
        });
        job->start();
        return;
    }
    Status result = profile.passwordStorage == PasswordStorage::Pgpass ? writeToPgpass(profile, password) : ok();
    post([done, result] { done(result); });
}

void CredentialStore::deletePassword(const ConnectionProfile &profile, std::function<void(Status)> done)
{
    if (profile.passwordStorage == PasswordStorage::Keychain) {
        if (auto problem = keychainUnusable(profile))
            return post([done, error = *problem] { done(error); });
        auto *job = new QKeychain::DeletePasswordJob(kKeychainService, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(profile.id);
        connect(job, &QKeychain::Job::finished, this, [this, job, done] {
            if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
                done(ok());
            else
                done(Error::of(tr("Could not remove the password from the keychain: %1").arg(job->errorString()), {}, QStringLiteral("keychain")));
        });
        job->start();
        return;
    }
    Status result = profile.passwordStorage == PasswordStorage::Pgpass ? deleteFromPgpass(profile) : ok();
    post([done, result] { done(result); });
}

void CredentialStore::post(std::function<void()> call)
{
    // Every answer arrives through the event loop, so callers see one behaviour for all storages.
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

Result<QString> CredentialStore::readPasswordBlocking(const ConnectionProfile &profile)
{
    switch (profile.passwordStorage) {
    case PasswordStorage::Pgpass: return readFromPgpass(profile);
    case PasswordStorage::None:
    case PasswordStorage::Ask: return QString();
    case PasswordStorage::Keychain: break;
    }
    return waitForAnswer<Result<QString>>([&](auto done) { readPassword(profile, done); },
                                          Error::of(tr("The keychain did not answer within 10 seconds."), {},
                                                    QStringLiteral("keychain-timeout")));
}

Status CredentialStore::writePasswordBlocking(const ConnectionProfile &profile, const QString &password)
{
    switch (profile.passwordStorage) {
    case PasswordStorage::Pgpass: return writeToPgpass(profile, password);
    case PasswordStorage::None:
    case PasswordStorage::Ask: return ok();
    case PasswordStorage::Keychain: break;
    }
    return waitForAnswer<Status>([&](auto done) { writePassword(profile, password, done); },
                                 Error::of(tr("The keychain did not answer within 10 seconds."), {},
                                           QStringLiteral("keychain-timeout")));
}

Status CredentialStore::deletePasswordBlocking(const ConnectionProfile &profile)
{
    switch (profile.passwordStorage) {
    case PasswordStorage::Pgpass: return deleteFromPgpass(profile);
    case PasswordStorage::None:
    case PasswordStorage::Ask: return ok();
    case PasswordStorage::Keychain: break;
    }
    return waitForAnswer<Status>([&](auto done) { deletePassword(profile, done); },
                                 Error::of(tr("The keychain did not answer within 10 seconds."), {},
                                           QStringLiteral("keychain-timeout")));
}

} // namespace pgs
