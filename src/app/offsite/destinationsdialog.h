// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "offsite/destination.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class DestinationsDialog;
}

namespace pgs {

class AppContext;

// The off-site destinations (DestinationStore): the list, a form to add one (URL, S3 options,
// age recipients, its own retention), Test (a job: reach it and count the copies there) and
// Remove (its copies stay where they are; a job detaches it from the catalogs of this machine's
// profiles). Deletes itself when closed.
class DestinationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DestinationsDialog(AppContext *app, QWidget *parent = nullptr);
    ~DestinationsDialog() override;

    // The destination the form describes, or why it is not one.
    Result<OffsiteDestination> formDestination() const;
    bool isTesting() const { return m_testJob; }

public Q_SLOTS:
    void reload();
    void addDestination();
    void testSelected();
    void removeSelected();

Q_SIGNALS:
    void testFinished(bool reachable);
    void removeFinished(bool detached); // false: a catalog's setting could not be changed (the status says why)

private:
    QString selectedName() const;
    void showStatus(const QString &text, bool problem);

    std::unique_ptr<Ui::DestinationsDialog> ui;
    AppContext *m_app;
    QPointer<Job> m_testJob;
};

} // namespace pgs
