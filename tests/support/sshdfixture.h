// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real SFTP server for the off-site tests: OpenSSH's sshd on 127.0.0.1 and a free port, with a
// throwaway host key, one user key it accepts and one it does not (for the refused-credential
// test), all in a temporary folder. sshd wants root to switch users; elsewhere start() says why.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

namespace pgs::test {

class SshdFixture
{
public:
    ~SshdFixture() { stop(); }

    // "" when sshd serves SFTP on port(), else why not (for QSKIP).
    QString start()
    {
        if (m_sshd.state() == QProcess::Running)
            return {};
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        if (!QFileInfo(sshd).isExecutable() || QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            return QStringLiteral("sshd or ssh-keygen is not installed (openssh-server)");
        if (geteuid() != 0)
            return QStringLiteral("a throwaway sshd needs root here");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder for sshd");
        const QString dir = m_dir.path();
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder
        for (const QString &key : {hostKey(), userKey(), strangerKey()})
            if (!keygen(key))
                return QStringLiteral("ssh-keygen could not make %1").arg(key);
        QFile::copy(userKey() + QStringLiteral(".pub"), dir + QStringLiteral("/authorized_keys"));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        QFile config(dir + QStringLiteral("/sshd_config"));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(config.fileName());
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3/authorized_keys\n"
                                    "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                                    "KbdInteractiveAuthentication no\nStrictModes no\n"
                                    "PidFile %3/sshd.pid\nSubsystem sftp internal-sftp\nUsePAM no\n")
                         .arg(m_port)
                         .arg(hostKey(), dir)
                         .toUtf8());
        config.close();
        // Into a file: a pipe nobody reads would stop sshd once it is full.
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.setStandardOutputFile(m_dir.filePath(QStringLiteral("sshd.log")));
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
        if (!m_sshd.waitForStarted(5000))
            return QStringLiteral("sshd did not start");
        for (int i = 0; i < 50; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return {};
            if (m_sshd.state() != QProcess::Running)
                return QStringLiteral("sshd ended: %1").arg(QString::fromLocal8Bit(log()));
            QThread::msleep(100);
        }
        return QStringLiteral("sshd does not accept connections on port %1").arg(m_port);
    }

    void stop()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.kill();
            m_sshd.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("root"); }
    // sftp://root@127.0.0.1:PORT/PATH (path absolute)
    QString url(const QString &path) const { return QStringLiteral("sftp://%1@127.0.0.1:%2%3").arg(user()).arg(m_port).arg(path); }
    QString userKey() const { return m_dir.filePath(QStringLiteral("user")); }
    // A key the server has never seen: a wrong credential.
    QString strangerKey() const { return m_dir.filePath(QStringLiteral("stranger")); }
    // sshd's output so far, for a failure message.
    QByteArray log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("sshd.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QString hostKey() const { return m_dir.filePath(QStringLiteral("host")); }
    static bool keygen(const QString &file)
    {
        QFile::remove(file);
        QFile::remove(file + QStringLiteral(".pub"));
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), file});
        return p.waitForFinished(30000) && p.exitCode() == 0 && QFileInfo::exists(file);
    }

    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
};

} // namespace pgs::test
