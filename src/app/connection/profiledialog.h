// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLineEdit;

namespace Ui {
class ProfileDialog;
}

namespace pgs {

class AppContext;
class Job;

// Edits every field of a ConnectionProfile. Test connection runs as a job (the GUI never
// blocks); Save upserts into the store, saves it and hands a typed password to its storage.
// Deletes itself when closed; open it with open(), not exec().
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Edit };

    ProfileDialog(AppContext *app, const ConnectionProfile &profile, Mode mode, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The profile as the fields describe it now (id kept from the edited profile).
    ConnectionProfile profileFromFields() const;
    bool isTesting() const { return m_testJob; }

public Q_SLOTS:
    void testConnection();
    void save();

Q_SIGNALS:
    void profileSaved(const QString &profileId);

private:
    void loadFields(const ConnectionProfile &profile);
    void setupStorageCombo();
    void pickPath(QLineEdit *edit, bool directory, const QString &title);
    void pickColor();
    void setColor(const QString &color);
    void startTest(const class ConnectionSpec &spec);
    void showTestResult(const QString &text, bool failed);
    void updatePasswordPlaceholder();
    // A URI or key=value string pasted into the host field fills every field it names.
    void fillFromConnectionString(const QString &text);

    std::unique_ptr<Ui::ProfileDialog> ui;
    AppContext *m_app;
    ConnectionProfile m_original;
    Mode m_mode;
    QString m_color;
    QPointer<Job> m_testJob;
    int m_hostLength = 0;
};

} // namespace pgs
