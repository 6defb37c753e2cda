// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/pgservice.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace pgs {

class AppContext;

// File → Import from pg_service.conf: lists the services libpq would find, the user ticks the
// ones to import, each becomes a profile in group "Imported" (passwords are never copied).
class ServiceImportDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceImportDialog(AppContext *app, const QList<ServiceEntry> &services, QWidget *parent = nullptr);

private:
    void import();

    AppContext *m_app;
    QList<ServiceEntry> m_services;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_importButton;
};

} // namespace pgs
