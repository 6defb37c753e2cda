// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real S3 endpoint for the off-site tests and the benchmark: s3rver (npm, installed by
// ./test.sh into ${XDG_CACHE_HOME:-~/.cache}/pgsteward/node) on 127.0.0.1, a random free port
// and a temporary data folder, with one bucket created at start.

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

namespace pgs::test {

// $PGSTEWARD_S3RVER, else the cache folder ./test.sh installs into.
inline QString s3rverProgram()
{
    const QString set = qEnvironmentVariable("PGSTEWARD_S3RVER");
    if (!set.isEmpty())
        return set;
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::home().filePath(QStringLiteral(".cache"));
    return QDir(cache).filePath(QStringLiteral("pgsteward/node/node_modules/.bin/s3rver"));
}

class S3rverFixture
{
public:
    // s3rver's one account; rclone gets it through AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
    static QString accessKey() { return QStringLiteral("S3RVER"); }
    static QString secretKey() { return QStringLiteral("S3RVER"); }

    ~S3rverFixture() { stop(); }

    // "" when s3rver serves bucket on endpoint(), else why not (for QSKIP).
    QString start(const QString &bucket = QStringLiteral("pgsteward-test"))
    {
        if (m_process.state() == QProcess::Running)
            return {};
        const QString program = s3rverProgram();
        if (!QFileInfo(program).isExecutable())
            return QStringLiteral("s3rver is not installed at %1 (./test.sh installs it with npm; the npm registry "
                                  "may have been unreachable)").arg(program);
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("node is not installed (apt-get install nodejs)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder for s3rver");
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_bucket = bucket;
        QDir().mkpath(dataDir());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, {QStringLiteral("-d"), dataDir(), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("-p"), QString::number(m_port), QStringLiteral("--silent"),
                                  QStringLiteral("--configure-bucket"), bucket});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("s3rver did not start: %1").arg(m_process.errorString());
        for (int i = 0; i < 150; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100) && QFileInfo(QDir(dataDir()).filePath(bucket)).isDir())
                return {};
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("s3rver ended: %1").arg(QString::fromLocal8Bit(m_process.readAll()));
            QThread::msleep(100);
        }
        return QStringLiteral("s3rver does not accept connections on port %1").arg(m_port);
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString bucket() const { return m_bucket; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    // Where s3rver keeps the bytes of one object (key "prefix/folder/file").
    QString objectFile(const QString &key) const
    {
        return QDir(dataDir()).filePath(m_bucket + QLatin1Char('/') + key + QStringLiteral("._S3rver_object"));
    }

    static QProcessEnvironment withCredentials(QProcessEnvironment env)
    {
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), accessKey());
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secretKey());
        return env;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_bucket;
};

} // namespace pgs::test
