// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class FetchDialog;
}

namespace pgs {

class AppContext;

// Browse a destination's complete copies (a read job: their copy manifests) and fetch one into a
// local catalog as a job with progress: downloaded, stored hashes checked, decrypted with the
// identity file, plain hashes checked. fetched(folder) once it is in the catalog; then the usual
// restore takes over. Deletes itself when closed.
class FetchDialog : public QDialog
{
    Q_OBJECT
public:
    FetchDialog(AppContext *app, const QString &catalogDirectory, QWidget *parent = nullptr);
    ~FetchDialog() override;

    bool isListing() const { return m_listJob; }
    bool isFetching() const { return m_fetchJob; }
    int copyCount() const;
    void selectDestination(const QString &name);
    void setIdentityFile(const QString &file);
    void selectCopy(const QString &folder);

public Q_SLOTS:
    void listCopies();
    void fetch();

Q_SIGNALS:
    void listed();
    void fetched(const QString &folder);
    void fetchFailed(const QString &why);

private:
    void updateButtons();
    QString selectedFolder() const;

    std::unique_ptr<Ui::FetchDialog> ui;
    AppContext *m_app;
    QString m_catalog;
    QPushButton *m_fetchButton;
    QPointer<Job> m_listJob;
    QPointer<Job> m_fetchJob;
};

} // namespace pgs
