// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitr/recoverywizard.h"

#include "jobs/jobrunner.h"
#include "pitr/copybackdialog.h"
#include "sandbox/sandboxcluster.h"
#include "shell/appcontext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pgs {

namespace {
// A page that is complete when its predicate says so (the run page: once recovery succeeded).
class PredicatePage : public QWizardPage
{
public:
    std::function<bool()> complete = [] { return true; };
    std::function<void()> onInit;
    bool isComplete() const override { return complete(); }
    void initializePage() override
    {
        if (onInit)
            onInit();
    }
    void changed() { Q_EMIT completeChanged(); }
};
} // namespace

RecoveryWizard::RecoveryWizard(AppContext *app, QString catalogDir, QString archiveDir, RecoveryWindow window, QWidget *parent)
    : QWizard(parent), m_app(app), m_catalogDir(std::move(catalogDir)), m_archiveDir(std::move(archiveDir)), m_window(std::move(window))
{
    setWindowTitle(tr("Recover a moment"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(TargetPageId, buildTargetPage());
    setPage(RunPageId, buildRunPage());
    setPage(ResultPageId, buildResultPage());
    resize(720, 520);
}

RecoveryWizard::~RecoveryWizard()
{
    if (m_job)
        m_job->cancel();
}

QWizardPage *RecoveryWizard::buildTargetPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Which moment?"));
    page->setSubTitle(tr("Recoverable from %1 to %2. The newest base backup before the moment is unpacked into a new local "
                         "sandbox and the archived WAL replayed up to it.")
                          .arg(m_window.earliest.toLocalTime().toString(Qt::ISODate), m_window.latest.toLocalTime().toString(Qt::ISODate)));
    auto *form = new QFormLayout(page);
    m_kind = new QButtonGroup(page);
    auto *time = new QRadioButton(tr("A &time:"));
    auto *lsn = new QRadioButton(tr("A WAL &position (LSN):"));
    auto *name = new QRadioButton(tr("A named &restore point:"));
    auto *latest = new QRadioButton(tr("The &end of the archive"));
    m_kind->addButton(time, int(PitrTarget::Kind::Time));
    m_kind->addButton(lsn, int(PitrTarget::Kind::Lsn));
    m_kind->addButton(name, int(PitrTarget::Kind::Name));
    m_kind->addButton(latest, int(PitrTarget::Kind::Latest));
    time->setChecked(true);
    m_time = new QDateTimeEdit(m_window.latest.toLocalTime());
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_time->setDateTimeRange(m_window.earliest.toLocalTime(), m_window.latest.toLocalTime());
    m_time->setCalendarPopup(true);
    m_lsn = new QLineEdit;
    m_lsn->setPlaceholderText(QStringLiteral("0/3000060"));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("as given to pg_create_restore_point()"));
    form->addRow(time, m_time);
    form->addRow(lsn, m_lsn);
    form->addRow(name, m_name);
    form->addRow(latest);
    m_action = new QComboBox;
    m_action->addItem(tr("Promote: open the recovered cluster for reads and writes"));
    m_action->addItem(tr("Pause at the moment: read-only, to look before promoting"));
    form->addRow(tr("Then:"), m_action);
    m_dir = new QLineEdit;
    m_dir->setPlaceholderText(tr("a new folder under the data directory"));
    form->addRow(tr("Sandbox &folder:"), m_dir);
    return page;
}

QWizardPage *RecoveryWizard::buildRunPage()
{
    auto *page = new PredicatePage;
    page->setTitle(tr("Recovering"));
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addWidget(m_log, 1);
    page->complete = [this] { return m_result.has_value(); };
    page->onInit = [this] { startRecovery(); };
    return page;
}

QWizardPage *RecoveryWizard::buildResultPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Recovered"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_reached = new QLabel;
    m_reached->setWordWrap(true);
    m_reached->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reached);
    auto *buttons = new QHBoxLayout;
    m_openProfile = new QPushButton(tr("&Open as profile (read-only)"));
    m_copyBack = new QPushButton(tr("&Copy tables or a database back…"));
    m_drop = new QPushButton(tr("&Drop the sandbox"));
    buttons->addWidget(m_openProfile);
    buttons->addWidget(m_copyBack);
    buttons->addStretch();
    buttons->addWidget(m_drop);
    layout->addLayout(buttons);
    auto *hint = new QLabel(tr("Copying back dumps chosen tables (or a whole database) from the recovered sandbox and restores "
                               "them into a live server under new names, in one job; names that exist there are refused, and "
                               "the database written into is confirmed by typing its name."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch();
    connect(m_openProfile, &QPushButton::clicked, this, [this] { openAsProfile(); });
    connect(m_copyBack, &QPushButton::clicked, this, &RecoveryWizard::copyBack);
    connect(m_drop, &QPushButton::clicked, this, &RecoveryWizard::dropSandbox);
    return page;
}

void RecoveryWizard::setMoment(const QDateTime &moment)
{
    m_time->setDateTime(moment.toLocalTime());
    m_kind->button(int(PitrTarget::Kind::Time))->setChecked(true);
}

PitrTarget RecoveryWizard::target() const
{
    PitrTarget t;
    t.kind = PitrTarget::Kind(m_kind->checkedId());
    switch (t.kind) {
    case PitrTarget::Kind::Time:
        t.time = m_time->dateTime().toUTC();
        t.value = t.time.toString(Qt::ISODateWithMs);
        break;
    case PitrTarget::Kind::Lsn: t.value = m_lsn->text().trimmed(); break;
    case PitrTarget::Kind::Name: t.value = m_name->text().trimmed(); break;
    case PitrTarget::Kind::Latest: t.value = QStringLiteral("latest"); break;
    }
    t.pause = m_action->currentIndex() == 1;
    return t;
}

QString RecoveryWizard::sandboxDirectory() const { return m_dir->text().trimmed(); }

void RecoveryWizard::startRecovery()
{
    if (m_job || m_result)
        return;
    m_failure.clear();
    m_details->clear();
    m_log->clear();
    const PitrTarget t = target();
    const QString catalog = m_catalogDir, archive = m_archiveDir, dir = sandboxDirectory();
    m_status->setText(tr("Starting the recovery to %1").arg(t.value));
    m_job = m_app->jobs().start(
        tr("Point-in-time recovery to %1").arg(t.value),
        [catalog, archive, t, dir](JobContext &ctx) -> JobResult {
            auto r = restorePointInTime(ctx, catalog, archive, t, dir);
            if (!r)
                return r.error();
            return QVariant::fromValue(*r);
        },
        QStringLiteral("pitr"));
    Job *job = m_job;
    connect(job, &Job::progressChanged, this, [this, job] {
        if (job->fraction() >= 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(job->fraction() * 1000));
        }
        if (!job->statusText().isEmpty())
            m_status->setText(job->statusText());
    });
    connect(job, &Job::logAppended, this, [this](const QStringList &lines) {
        for (const QString &l : lines)
            m_log->appendPlainText(l);
    });
    connect(job, &Job::finished, this, [this, job] { recoveryDone(job); });
}

void RecoveryWizard::recoveryDone(Job *job)
{
    m_job.clear();
    m_progress->setRange(0, 1);
    const bool succeeded = job->state() == Job::State::Succeeded;
    if (succeeded) {
        m_result = job->result().value<PitrRestoreResult>();
        m_progress->setValue(1);
        m_status->setText(tr("Recovered to %1.").arg(m_result->recoveredTo));
        showResult();
    } else {
        m_progress->setValue(0);
        m_failure = job->error().message;
        m_status->setText(job->state() == Job::State::Canceled ? tr("Canceled.") : tr("Recovery failed: %1").arg(m_failure));
        m_details->setText(job->error().detail.left(2000));
    }
    if (auto *page = dynamic_cast<PredicatePage *>(this->page(RunPageId)))
        page->changed();
    Q_EMIT recoveryFinished(succeeded);
    if (succeeded && currentId() == RunPageId)
        next();
}

void RecoveryWizard::showResult()
{
    const PitrRestoreResult &r = *m_result;
    m_reached->setText(tr("<p><b>Reached: %1</b><br>%2</p><p>From base backup %3, running in %4 (%5).</p><p>Connect with: <tt>%6</tt></p>")
                           .arg(r.recoveredTo.toHtmlEscaped(), r.stopReason.toHtmlEscaped(), r.backupName.toHtmlEscaped(),
                                r.dataDir.toHtmlEscaped(), r.paused ? tr("paused at the target, read-only") : tr("promoted"),
                                r.conninfo.toHtmlEscaped()));
}

QString RecoveryWizard::openAsProfile()
{
    if (!m_result)
        return {};
    if (!m_profileId.isEmpty())
        return m_profileId;
    ConnectionProfile p;
    p.name = tr("Recovered %1").arg(m_result->recoveredTo.left(19));
    p.group = tr("Recovered sandboxes");
    p.host = m_result->socketDir;
    p.port = m_result->port;
    p.user = QStringLiteral("postgres");
    p.database = QStringLiteral("postgres");
    p.sslMode = QStringLiteral("disable");
    // Looking at the past, not changing it: read-only sessions, write actions refused.
    p.readOnly = true;
    auto saved = m_app->saveProfile(p, {});
    if (!saved) {
        m_reached->setText(m_reached->text() + QStringLiteral("<p>") + saved.error().message.toHtmlEscaped() + QStringLiteral("</p>"));
        return {};
    }
    m_profileId = saved->id;
    m_openProfile->setEnabled(false);
    return m_profileId;
}

CopyBackDialog *RecoveryWizard::copyBack()
{
    if (!m_result)
        return nullptr;
    auto *dialog = new CopyBackDialog(m_app, m_result->directory, m_result->recoveredTo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RecoveryWizard::dropSandbox()
{
    if (!m_result)
        return;
    const QString dir = m_result->directory;
    m_drop->setEnabled(false);
    m_app->jobs().startRead(
        tr("Dropping the recovered sandbox %1").arg(dir),
        [dir](JobContext &ctx) -> JobResult {
            SandboxCluster c(dir);
            c.loadState();
            Status s = c.drop(ctx);
            return s ? JobResult(QVariant()) : JobResult(s.error());
        },
        this,
        [this](const JobOutcome &outcome) {
            if (!m_profileId.isEmpty() && outcome.succeeded())
                (void)m_app->removeProfile(m_profileId);
            m_reached->setText(outcome.succeeded() ? tr("The sandbox was dropped.") : outcome.error.message);
            Q_EMIT sandboxDropped(outcome.succeeded());
        },
        QStringLiteral("pitr"));
}

} // namespace pgs
