// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/catalogtablemodel.h"

#include "monitor/humanformat.h"
#include "offsite/catalogcopies.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace pgs {

CatalogListing CatalogListing::read(const QString &directory)
{
    CatalogListing listing;
    listing.entries = BackupCatalog(directory).list();
    listing.baseBackups = listAllBaseBackups(directory);
    for (const CatalogEntry &e : std::as_const(listing.entries)) {
        QList<OffsiteCopyStatus> copies = loadCopyStatus(e.folder);
        if (!copies.isEmpty())
            listing.copies.insert(e.folder, copies);
    }
    if (Result<QStringList> attached = attachedDestinations(directory))
        listing.attached = *attached;
    else
        listing.attachedProblem = attached.error().message;
    return listing;
}

CatalogTableModel::CatalogTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CatalogTableModel::setCopyStatus(const CopyStatusMap &copies)
{
    m_copies = copies;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Offsite), index(int(m_entries.size()) - 1, Offsite));
}

QString CatalogTableModel::copyStatusText(const QList<OffsiteCopyStatus> &copies)
{
    QStringList parts;
    for (const OffsiteCopyStatus &c : copies) {
        const QString state = c.state == OffsiteCopyStatus::State::Copied  ? tr("copied")
                              : c.state == OffsiteCopyStatus::State::Failed ? tr("failed")
                                                                            : tr("pending");
        parts << tr("%1: %2").arg(c.destination, state);
    }
    return parts.join(QStringLiteral(" · "));
}

void CatalogTableModel::setEntries(const QList<CatalogEntry> &entries, const QDateTime &now)
{
    beginResetModel();
    m_entries = entries;
    m_now = now;
    endResetModel();
}

void CatalogTableModel::setBaseBackups(const QList<BaseBackupEntry> &backups)
{
    beginResetModel();
    m_base = backups;
    endResetModel();
}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size() + m_base.size());
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogTableModel::statusKey(const CatalogEntry &entry)
{
    if (entry.inProgress)
        return QStringLiteral("in progress");
    return toString(entry.manifest.status);
}

QString CatalogTableModel::statusText(const QString &key)
{
    if (key == QLatin1String("complete"))
        return tr("complete");
    if (key == QLatin1String("failed"))
        return tr("failed");
    if (key == QLatin1String("canceled"))
        return tr("canceled");
    if (key == QLatin1String("in progress"))
        return tr("in progress");
    return tr("incomplete");
}

QString CatalogTableModel::ageText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("unknown");
    const qint64 minutes = std::max<qint64>(0, then.secsTo(now)) / 60;
    if (minutes < 1)
        return tr("just now");
    // Two units at most, and no "0 h": an age is read at a glance.
    const qint64 days = minutes / 1440;
    const qint64 hours = minutes / 60 % 24;
    QString text;
    if (days > 0)
        text = hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    else if (hours > 0)
        text = minutes % 60 > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    else
        text = tr("%1 min").arg(minutes);
    return tr("%1 ago").arg(text);
}

QString CatalogTableModel::verifiedText(const BackupManifest &manifest)
{
    const BackupManifest::VerifyLevel level = manifest.highestPassedLevel();
    if (level == BackupManifest::VerifyLevel::None)
        return tr("none");
    QDateTime at;
    for (const BackupManifest::Verification &v : manifest.verifications) {
        if (v.level == level && v.passed && (!at.isValid() || v.at > at))
            at = v.at;
    }
    return tr("%1 (%2)").arg(toString(level), QLocale().toString(at, QLocale::ShortFormat));
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (isBaseBackup(index.row()))
        return baseBackupData(baseBackup(index.row()), index.column(), role);
    const CatalogEntry &entry = m_entries.at(index.row());
    const BackupManifest &m = entry.manifest;
    const QString key = statusKey(entry);
    switch (role) {
    case StatusKeyRole:
        return key;
    case DatabaseRole:
        return m.database;
    case KindRole:
        return QStringLiteral("logical");
    case SearchTextRole:
        return QStringList{QFileInfo(entry.folder).fileName(), m.database, m.profileName, m.error, entry.problem, m.id}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (index.column() == Started)
            return QLocale().toString(m.startedAt, QLocale::LongFormat);
        if (index.column() == Status && entry.inProgress)
            return tr("Being written by %1").arg(entry.writer);
        if (index.column() == Status && !(m.error.isEmpty() && entry.problem.isEmpty()))
            return entry.problem.isEmpty() ? m.error : entry.problem;
        if (index.column() == Offsite) {
            QStringList lines;
            for (const OffsiteCopyStatus &c : m_copies.value(entry.folder)) {
                QString line = tr("%1: %2, %3").arg(c.destination, toString(c.state), QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat));
                if (c.state == OffsiteCopyStatus::State::Copied)
                    line += QStringLiteral(", ") + humanBytes(c.storedBytes);
                if (!c.error.isEmpty())
                    line += QStringLiteral(" — ") + c.error;
                lines << line;
            }
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        return entry.folder;
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        if (key == QLatin1String("complete"))
            return QColor(0x2e7d32);
        if (key == QLatin1String("failed"))
            return QColor(0xc62828);
        if (key == QLatin1String("in progress"))
            return QColor(0x1565c0);
        if (key == QLatin1String("incomplete"))
            return QColor(0xe65100);
        return QColor(0x757575);
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Started: return m.startedAt;
        case Size: return entry.sizeBytes();
        case Duration: return m.durationSeconds();
        case Verified: return int(m.highestPassedLevel());
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started: return ageText(m.startedAt, m_now);
        case Database:
            if (!m.database.isEmpty())
                return m.database;
            return m.options.source == BackupOptions::Source::GlobalsOnly ? tr("(globals)") : tr("(whole cluster)");
        case Format: return toString(m.options.format);
        case Size: return entry.sizeBytes() > 0 ? humanBytes(entry.sizeBytes()) : QString();
        case Duration: return m.finishedAt.isValid() ? humanDuration(qRound64(m.durationSeconds())) : QString();
        case Status: return statusText(key);
        case Verified: return m.isGood() ? verifiedText(m) : QStringLiteral("—"); // nothing to verify
        case Offsite: return copyStatusText(m_copies.value(entry.folder));
        case Wal: return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Database: return tr("Database");
    case Format: return tr("Format");
    case Size: return tr("Size");
    case Duration: return tr("Duration");
    case Status: return tr("Status");
    case Verified: return tr("Verified");
    case Offsite: return tr("Off-site");
    case Wal: return tr("WAL (LSN, timeline)");
    }
    return {};
}

CatalogFilterModel::CatalogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogTableModel::SortRole);
}

void CatalogFilterModel::setDatabase(const QString &database)
{
    m_database = database;
    invalidateFilter();
}

void CatalogFilterModel::setStatusKey(const QString &key)
{
    m_status = key;
    invalidateFilter();
}

void CatalogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A base backup holds every database: it stays listed whichever is chosen.
    if (!m_database.isEmpty() && index.data(CatalogTableModel::DatabaseRole).toString() != m_database
        && index.data(CatalogTableModel::KindRole).toString() != QLatin1String("base"))
        return false;
    if (!m_status.isEmpty() && index.data(CatalogTableModel::StatusKeyRole).toString() != m_status)
        return false;
    return m_text.isEmpty() || index.data(CatalogTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace pgs
