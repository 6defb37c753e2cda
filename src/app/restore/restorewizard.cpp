// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restorewizard.h"

#include "jobs/jobrunner.h"
#include "restore/restorecontentspage.h"
#include "restore/restoreglobalspage.h"
#include "restore/restoreloaders.h"
#include "restore/restoreoptionspage.h"
#include "restore/restoreresultdialog.h"
#include "restore/restoresourcepage.h"
#include "restore/restoresummarypage.h"
#include "restore/restoretargetpage.h"
#include "shell/appcontext.h"

#include <QFileInfo>

namespace pgs {

RestoreWizard::RestoreWizard(AppContext *app, const ConnectionProfile &profile, const QString &backupFolder,
                             QWidget *parent)
    : QWizard(parent), m_app(app), m_profile(profile), m_preselectedFolder(backupFolder)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore — %1").arg(profile.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    m_sourcePage = new RestoreSourcePage(this);
    m_contentsPage = new RestoreContentsPage(this);
    m_targetPage = new RestoreTargetPage(this);
    m_globalsPage = new RestoreGlobalsPage(this);
    m_optionsPage = new RestoreOptionsPage(this);
    m_summaryPage = new RestoreSummaryPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(ContentsPageId, m_contentsPage);
    setPage(TargetPageId, m_targetPage);
    setPage(GlobalsPageId, m_globalsPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(SummaryPageId, m_summaryPage);
    setButtonText(QWizard::FinishButton, tr("Start restore"));
    resize(900, 660);
    resolveSpec();
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::resolveSpec()
{
    m_resolving = true;
    m_app->resolveSpec(m_profile, this, [this](Result<ConnectionSpec> spec) {
        m_resolving = false;
        if (spec)
            m_spec = spec.value();
        else
            m_specError = spec.error().message;
        Q_EMIT specChanged();
    });
}

void RestoreWizard::setSource(const RestoreSource &source, const TableOfContents &toc)
{
    m_source = source;
    m_toc = toc;
    Q_EMIT sourceChanged();
}

RestoreRequest RestoreWizard::request() const
{
    RestoreRequest request;
    if (m_spec)
        request.spec = *m_spec;
    request.toolsDir = m_profile.toolsDir;
    request.productionProfile = m_profile.production;
    request.readOnlyProfile = m_profile.readOnly;
    if (m_source)
        request.source = *m_source;
    m_contentsPage->storeOptions(request.options);
    m_targetPage->storeOptions(request.options);
    m_optionsPage->storeOptions(request.options);
    // Only what was chosen for this source's globals file, on a page the wizard still shows.
    if (showsGlobalsPage() && m_globalsPage->loadedPath() == m_source->globalsPath)
        request.globals = m_globalsPage->steps();
    return request;
}

bool RestoreWizard::showsGlobalsPage() const
{
    return m_source && !m_source->globalsPath.isEmpty()
           && (m_source->isGlobalsOnly() || m_targetPage->target() != RestoreOptions::Target::Sandbox);
}

QString RestoreWizard::sourceName() const
{
    if (!m_source)
        return {};
    const QString path = m_source->backupFolder.isEmpty() ? m_source->originalPath : m_source->backupFolder;
    return QFileInfo(path).fileName();
}

QString RestoreWizard::targetName() const
{
    if (m_source && m_source->isGlobalsOnly())
        return m_spec ? m_spec->describe() : m_profile.name;
    const RestoreOptions options = request().options;
    if (options.target == RestoreOptions::Target::Sandbox)
        return tr("a sandbox cluster in %1").arg(options.sandboxDir);
    return options.targetDatabase;
}

void RestoreWizard::accept()
{
    if (!m_spec || !m_source) {
        m_summaryPage->showError(tr("The server is not reachable: %1").arg(m_specError));
        return;
    }
    const RestoreRequest restore = request();
    const QString title = jobTitle();
    auto box = std::make_shared<RestoreOutcomeBox>();
    Job *job = m_app->jobs().start(title, restoreJobFunction(restore, box), QStringLiteral("restore"));
    // The dialog outlives the wizard, which deletes itself on close.
    auto *dialog = new RestoreResultDialog(job, restore, box, parentWidget());
    dialog->show();
    Q_EMIT restoreStarted(job, dialog);
    QWizard::accept();
}

} // namespace pgs
