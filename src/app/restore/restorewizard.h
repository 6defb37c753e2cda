// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "restore/restorejob.h"
#include "restore/restoreresultdialog.h" // complete for the restoreStarted signal
#include "restore/toc.h"

#include <QWizard>

#include <optional>

namespace pgs {

class AppContext;
class Job;
class RestoreContentsPage;
class RestoreGlobalsPage;
class RestoreOptionsPage;
class RestoreSourcePage;
class RestoreSummaryPage;
class RestoreTargetPage;

// The restore wizard: source (a catalog backup or any file/folder, opened and checked by a job),
// contents (the archive's table of contents to pick from), target (a new database, an existing
// one behind typed confirmation and the production guard, or a sandbox cluster), the globals to
// create (when the backup has them), options and a
// summary. Finish starts runRestore as a job on the AppContext's runner and opens a
// RestoreResultDialog that follows it. Deletes itself when closed; open it with open() or show().
class RestoreWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, ContentsPageId, TargetPageId, GlobalsPageId, OptionsPageId, SummaryPageId };

    // backupFolder: a catalog backup to preselect (from the catalog view), may be empty.
    RestoreWizard(AppContext *app, const ConnectionProfile &profile, const QString &backupFolder = {},
                  QWidget *parent = nullptr);
    ~RestoreWizard() override;

    AppContext *app() const { return m_app; }
    const ConnectionProfile &profile() const { return m_profile; }
    QString preselectedFolder() const { return m_preselectedFolder; }

    // The server connection, resolved once (password from the keychain or a prompt).
    std::optional<ConnectionSpec> spec() const { return m_spec; }
    bool isResolving() const { return m_resolving; }
    QString specError() const { return m_specError; }

    // The source opened by the first page (with its table of contents for archives).
    bool hasSource() const { return m_source.has_value(); }
    const RestoreSource &source() const { return *m_source; }
    const TableOfContents &tableOfContents() const { return m_toc; }
    // The globals page is shown for a source with a globals file and a target on the profile's
    // server (a sandbox creates the globals' roles by itself). A globals-only backup goes from
    // the source page straight to it, and from there to the summary.
    bool showsGlobalsPage() const;
    void setSource(const RestoreSource &source, const TableOfContents &toc);

    RestoreRequest request() const; // as the pages describe it now
    QString sourceName() const;     // "pgsteward_demo_20261122-101010_ab12cd34" or a file name
    QString targetName() const;     // "database x" / "a sandbox cluster in /tmp/…"
    QString jobTitle() const { return tr("Restore %1 into %2").arg(sourceName(), targetName()); }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void specChanged();
    void sourceChanged();
    void restoreStarted(pgs::Job *job, pgs::RestoreResultDialog *resultDialog);

private:
    void resolveSpec();

    AppContext *m_app;
    ConnectionProfile m_profile;
    QString m_preselectedFolder;
    std::optional<ConnectionSpec> m_spec;
    bool m_resolving = false;
    QString m_specError;
    std::optional<RestoreSource> m_source;
    TableOfContents m_toc;

    RestoreSourcePage *m_sourcePage;
    RestoreContentsPage *m_contentsPage;
    RestoreTargetPage *m_targetPage;
    RestoreGlobalsPage *m_globalsPage;
    RestoreOptionsPage *m_optionsPage;
    RestoreSummaryPage *m_summaryPage;
};

} // namespace pgs
