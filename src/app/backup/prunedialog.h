// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/retention.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class PruneDialog;
}

namespace pgs {

class AppContext;

// Keep-last/daily/weekly/monthly with a live preview from planRetention of exactly which
// backups go and why; Prune runs prune() as a job. Deletes itself when closed.
class PruneDialog : public QDialog
{
    Q_OBJECT
public:
    PruneDialog(AppContext *app, const QString &catalogDirectory, const QList<CatalogEntry> &entries,
                QWidget *parent = nullptr);
    ~PruneDialog() override;

    RetentionPolicy policy() const;
    void setPolicy(const RetentionPolicy &policy);
    const QList<RetentionDecision> &preview() const { return m_preview; }

public Q_SLOTS:
    void prune();

private:
    void updatePreview();

    std::unique_ptr<Ui::PruneDialog> ui;
    AppContext *m_app;
    QString m_directory;
    QList<CatalogEntry> m_entries;
    QList<RetentionDecision> m_preview;
    QPushButton *m_pruneButton;
};

} // namespace pgs
