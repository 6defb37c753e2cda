// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/serviceimportdialog.h"

#include "shell/appcontext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgs {

ServiceImportDialog::ServiceImportDialog(AppContext *app, const QList<ServiceEntry> &services, QWidget *parent)
    : QDialog(parent), m_app(app), m_services(services), m_list(new QListWidget(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Import from pg_service.conf"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (services.isEmpty()) {
        intro->setText(tr("No services found. libpq looks in:\n%1").arg(PgServiceFile::searchPaths().join(QLatin1Char('\n'))));
    } else {
        intro->setText(tr("Tick the services to import as profiles (group \"Imported\"). Passwords are not copied."));
    }
    for (const ServiceEntry &entry : services) {
        const QString host = entry.values.value(QStringLiteral("host"), tr("default host"));
        const QString db = entry.values.value(QStringLiteral("dbname"));
        auto *item = new QListWidgetItem(
            tr("%1 — %2%3").arg(entry.name, host, db.isEmpty() ? QString() : QStringLiteral("/") + db), m_list);
        item->setToolTip(entry.sourceFile);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_app->profiles().find(entry.name) ? Qt::Unchecked : Qt::Checked);
    }
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(!services.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ServiceImportDialog::import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, 380);
}

void ServiceImportDialog::import()
{
    QStringList problems;
    int imported = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() != Qt::Checked)
            continue;
        bool passwordFound = false;
        const ConnectionProfile profile = PgServiceFile::toProfile(m_services.at(row), &passwordFound);
        auto saved = m_app->saveProfile(profile, {});
        if (!saved) {
            problems << saved.error().message;
            continue;
        }
        ++imported;
        m_list->item(row)->setCheckState(Qt::Unchecked);
        if (passwordFound)
            problems << tr("%1: the service file holds a password; it was not copied. Store it with Edit.").arg(profile.name);
    }
    if (problems.isEmpty()) {
        accept();
        return;
    }
    m_status->setText(tr("%n profile(s) imported.", nullptr, imported) + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
}

} // namespace pgs
