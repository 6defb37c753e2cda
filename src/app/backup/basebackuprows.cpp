// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog model's rows for physical base backups (pg_basebackup), beside the logical ones.
#include "backup/catalogtablemodel.h"

#include "monitor/humanformat.h"

#include <QColor>
#include <QLocale>

namespace pgs {

namespace {
// The status filter's keys, as for logical backups.
QString baseStatusKey(const BaseBackupEntry &e)
{
    return e.isGood() ? QStringLiteral("complete") : e.unverified ? QStringLiteral("incomplete") : QStringLiteral("failed");
}
} // namespace

QVariant CatalogTableModel::baseBackupData(const BaseBackupEntry &e, int column, int role) const
{
    const BaseBackupInfo &b = e.info;
    const QString key = baseStatusKey(e);
    const qint64 seconds = std::max<qint64>(0, b.startTime.secsTo(b.stopTime));
    switch (role) {
    case StatusKeyRole: return key;
    case DatabaseRole: return QString();
    case KindRole: return QStringLiteral("base");
    case SearchTextRole:
        return QStringList{b.name, tr("base backup"), b.startLsn, b.stopLsn, e.problem, b.id}.join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (column == Status && !e.isGood())
            return e.problem;
        if (column == Wal || column == Format)
            return tr("Physical base backup (pg_basebackup) of the whole cluster, PostgreSQL %1: WAL from %2 to %3 on timeline %4, "
                      "WAL %5. Recover a moment after its end from the Point-in-time recovery view.")
                .arg(b.serverVersionNum / 10000)
                .arg(b.startLsn, b.stopLsn)
                .arg(b.timeline)
                .arg(b.walMethod == QLatin1String("archive") ? tr("from the archive") : tr("included"));
        return b.folder;
    case Qt::ForegroundRole:
        if (column != Status)
            return {};
        return key == QLatin1String("complete") ? QColor(0x2e7d32) : key == QLatin1String("failed") ? QColor(0xc62828) : QColor(0xe65100);
    case Qt::TextAlignmentRole:
        return column == Size || column == Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (column) {
        case Started: return b.startTime.toLocalTime();
        case Size: return b.sizeBytes;
        case Duration: return seconds;
        case Verified: return e.isGood() ? 1 : 0;
        default: return baseBackupData(e, column, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Started: return ageText(b.startTime.toLocalTime(), m_now);
        case Database: return tr("(whole cluster)");
        case Format:
            return b.isTar() ? (b.compression == QLatin1String("none") ? tr("base backup, tar") : tr("base backup, tar %1").arg(b.compression))
                             : tr("base backup, plain");
        case Size: return b.sizeBytes > 0 ? humanBytes(b.sizeBytes) : QString();
        case Duration: return humanDuration(seconds);
        case Status: return e.isGood() ? statusText(key) : e.unverified ? tr("not verified") : tr("damaged");
        case Verified: return e.isGood() ? (b.verification.isEmpty() ? QStringLiteral("pg_verifybackup") : b.verification) : QStringLiteral("—");
        case Offsite: return QString();
        case Wal: return tr("%1 … %2 (TL %3)").arg(b.startLsn, b.stopLsn).arg(b.timeline);
        }
        return {};
    default: return {};
    }
}

} // namespace pgs
