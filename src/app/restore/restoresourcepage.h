// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class RestoreSourcePage;
}

namespace pgs {

class FetchDialog;
class RestoreWizard;

// Page 1: a good backup of the profile's catalog (newest first) or any file or folder. Next opens
// it in a job (checksums first when it has a manifest, then the table of contents) and moves on
// when that succeeded; a damaged backup is shown with its problems and Next stays disabled.
class RestoreSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreSourcePage(RestoreWizard *wizard);
    ~RestoreSourcePage() override;

    QString currentPath() const;
    bool isListing() const { return m_listJob; }
    bool isOpening() const { return m_openJob; }
    void selectBackup(const QString &folder);
    // "From off-site…": a fetch dialog into the profile's catalog; the fetched backup becomes the source.
    FetchDialog *fetchFromOffsite();

    bool isComplete() const override;
    int nextId() const override; // a globals-only backup goes straight to the globals page
    bool validatePage() override;

Q_SIGNALS:
    void catalogLoaded();
    void openFinished(bool succeeded);

private:
    void listCatalog();
    void listFinished(Job *job);
    void openFinishedJob(Job *job);
    void pathChanged();
    void browse(bool folder);

    std::unique_ptr<Ui::RestoreSourcePage> ui;
    RestoreWizard *m_wizard;
    QPointer<Job> m_listJob;
    QPointer<Job> m_openJob;
    QString m_openingPath;
    QString m_loadedPath;  // the path the wizard's source was opened from
    QString m_failedPath;  // the last path that could not be opened
};

} // namespace pgs
