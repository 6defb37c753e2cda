// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "offsite/copystatus.h"
#include "physical/basebackup.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

namespace pgs {

// Off-site copy status per backup folder (absolute path), read by the list job beside the entries.
using CopyStatusMap = QHash<QString, QList<OffsiteCopyStatus>>;
struct CatalogListing
{
    QList<CatalogEntry> entries;
    QList<BaseBackupEntry> baseBackups; // physical, listed beside the logical ones
    CopyStatusMap copies;
    QStringList attached;      // the destinations every backup into the catalog is copied to
    QString attachedProblem;   // the catalog's settings file cannot be read
    static CatalogListing read(const QString &directory); // in a job: reads every folder's copy status
};

// The backups of one catalog directory, fed with plain CatalogEntry lists loaded by a job.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Database, Format, Size, Duration, Status, Verified, Offsite, Wal, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StatusKeyRole, DatabaseRole, SearchTextRole, KindRole }; // kind: logical, base

    explicit CatalogTableModel(QObject *parent = nullptr);

    void setEntries(const QList<CatalogEntry> &entries, const QDateTime &now = QDateTime::currentDateTime());
    const QList<CatalogEntry> &entries() const { return m_entries; }
    // Rows: the logical backups, then the base backups.
    const CatalogEntry &entry(int row) const { return m_entries.at(row); } // row < entries().size()
    void setBaseBackups(const QList<BaseBackupEntry> &backups);
    bool isBaseBackup(int row) const { return row >= m_entries.size(); }
    const BaseBackupEntry &baseBackup(int row) const { return m_base.at(row - m_entries.size()); }
    QString folderAt(int row) const { return isBaseBackup(row) ? baseBackup(row).info.folder : entry(row).folder; }
    void setCopyStatus(const CopyStatusMap &copies); // the Off-site column
    QList<OffsiteCopyStatus> copyStatus(int row) const { return m_copies.value(m_entries.at(row).folder); }
    // "s3: copied · nas: failed": one word per destination.
    static QString copyStatusText(const QList<OffsiteCopyStatus> &copies);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "complete" "failed" "canceled" "incomplete" "in progress": the status filter's keys.
    static QString statusKey(const CatalogEntry &entry);
    static QString statusText(const QString &key);
    static QString ageText(const QDateTime &then, const QDateTime &now); // "2 h ago"
    static QString verifiedText(const BackupManifest &manifest);

private:
    QVariant baseBackupData(const BaseBackupEntry &entry, int column, int role) const; // basebackuprows.cpp

    QList<CatalogEntry> m_entries;
    QList<BaseBackupEntry> m_base;
    CopyStatusMap m_copies;
    QDateTime m_now;
};

// Filters by database, status key and a free text (folder, database, profile, error).
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterModel(QObject *parent = nullptr);
    void setDatabase(const QString &database); // empty: all
    void setStatusKey(const QString &key);     // empty: all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_database;
    QString m_status;
    QString m_text;
};

} // namespace pgs

Q_DECLARE_METATYPE(pgs::CatalogListing)
