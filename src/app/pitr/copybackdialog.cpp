// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitr/copybackdialog.h"

#include "connection/profiletreemodel.h"
#include "jobs/jobrunner.h"
#include "shell/appcontext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pgs {

CopyBackDialog::CopyBackDialog(AppContext *app, QString sandboxDir, QString recoveredTo, QWidget *parent)
    : QDialog(parent), m_app(app), m_sandboxDir(std::move(sandboxDir)), m_recoveredTo(std::move(recoveredTo))
{
    setWindowTitle(tr("Copy back under new names"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("From the cluster recovered to <b>%1</b> (%2) to a live server. Nothing there is replaced: "
                                "the copies get new names, and a name that exists is refused.")
                                 .arg(m_recoveredTo.toHtmlEscaped(), m_sandboxDir.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *modeRow = new QHBoxLayout;
    m_mode = new QButtonGroup(this);
    auto *tablesMode = new QRadioButton(tr("&Tables"));
    auto *databaseMode = new QRadioButton(tr("A whole &database"));
    m_mode->addButton(tablesMode, 0);
    m_mode->addButton(databaseMode, 1);
    tablesMode->setChecked(true);
    modeRow->addWidget(tablesMode);
    modeRow->addWidget(databaseMode);
    modeRow->addStretch();
    form->addRow(tr("Copy:"), modeRow);
    m_sourceDb = new QComboBox;
    form->addRow(tr("From the recovered &database:"), m_sourceDb);
    m_suffix = new QLineEdit(suggestedCopyBackSuffix(m_recoveredTo));
    form->addRow(tr("Name &suffix:"), m_suffix);
    layout->addLayout(form);

    m_tables = new QTableWidget(0, 3);
    m_tables->setObjectName(QStringLiteral("copyBackTables"));
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows (estimate)"), tr("New name (double-click to edit)")});
    m_tables->horizontalHeader()->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
    m_tables->horizontalHeader()->setSectionResizeMode(NewNameColumn, QHeaderView::Stretch);
    m_tables->verticalHeader()->hide();
    m_tables->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_tables, 1);

    auto *target = new QFormLayout;
    m_newDb = new QLineEdit;
    target->addRow(tr("New database &name:"), m_newDb);
    m_profile = new QComboBox;
    for (const ConnectionProfile &p : m_app->profiles().profiles()) {
        if (p.readOnly)
            continue; // copying back writes: a read-only profile is no target
        m_profile->addItem(p.production ? ProfileTreeModel::productionIcon(p.productionColor) : QIcon(),
                           p.production ? tr("%1 (production)").arg(p.name) : p.name, p.id);
    }
    target->addRow(tr("&Into the profile:"), m_profile);
    m_targetDb = new QLineEdit;
    target->addRow(tr("Into its d&atabase:"), m_targetDb);
    m_confirmLabel = new QLabel;
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("copyBackConfirmation"));
    target->addRow(m_confirmLabel); // a row of its own: the name in it can be long
    target->addRow(tr("Con&firmation:"), m_confirm);
    layout->addLayout(target);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(300);
    m_log->setMaximumHeight(110);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_log);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_start = buttons->addButton(tr("&Copy back"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("Ca&ncel the copy"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &CopyBackDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_mode, &QButtonGroup::idClicked, this, [this] { updateState(); });
    connect(m_sourceDb, &QComboBox::activated, this, [this] { loadSource(m_sourceDb->currentText()); });
    connect(m_suffix, &QLineEdit::textEdited, this, &CopyBackDialog::renameAll);
    connect(m_tables, &QTableWidget::itemChanged, this, [this] { updateState(); });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    for (QLineEdit *edit : {m_newDb, m_targetDb, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, [this] { updateState(); });
    resize(760, 620);
    updateState();
    loadSource({});
}

CopyBackDialog::~CopyBackDialog() = default; // a started copy goes on in the Jobs panel

void CopyBackDialog::loadSource(const QString &database)
{
    m_status->setText(tr("Reading the recovered cluster…"));
    const QString dir = m_sandboxDir;
    m_app->jobs().startRead(
        tr("Tables of the recovered cluster %1").arg(dir),
        [dir, database](JobContext &ctx) -> JobResult {
            auto r = listCopyBackSource(ctx, dir, database);
            if (!r)
                return r.error();
            return QVariant::fromValue(*r);
        },
        this,
        [this](const JobOutcome &outcome) {
            if (!outcome.succeeded()) {
                m_status->setText(tr("Cannot read the recovered cluster: %1").arg(outcome.error.message));
                return;
            }
            showSource(outcome.result.value<CopyBackSource>());
        },
        QStringLiteral("pitr"));
}

void CopyBackDialog::showSource(const CopyBackSource &source)
{
    m_sourceDb->clear();
    m_sourceDb->addItems(source.databases);
    m_sourceDb->setCurrentText(source.database);
    QSignalBlocker quiet(m_tables);
    m_tables->setRowCount(0);
    for (const CopyBackTable &t : source.tables) {
        const int row = m_tables->rowCount();
        m_tables->insertRow(row);
        auto *name = new QTableWidgetItem(t.qualifiedName());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        name->setData(Qt::UserRole, t.schema);
        name->setData(Qt::UserRole + 1, t.name);
        auto *rows = new QTableWidgetItem(t.rows < 0 ? tr("not analyzed") : QLocale().toString(t.rows));
        rows->setFlags(Qt::ItemIsEnabled);
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tables->setItem(row, TableColumn, name);
        m_tables->setItem(row, RowsColumn, rows);
        m_tables->setItem(row, NewNameColumn, new QTableWidgetItem(copyBackName(t.name, m_suffix->text())));
    }
    m_newDb->setText(copyBackName(source.database, m_suffix->text()));
    m_targetDb->setText(source.database);
    m_status->setText(source.tables.isEmpty() ? tr("The database %1 of the recovered cluster has no tables.").arg(source.database)
                                              : tr("Tick the tables to copy; their new names are in the last column."));
    m_loaded = true;
    updateState();
    Q_EMIT sourceLoaded();
}

void CopyBackDialog::renameAll()
{
    QSignalBlocker quiet(m_tables);
    for (int row = 0; row < m_tables->rowCount(); ++row)
        m_tables->item(row, NewNameColumn)->setText(copyBackName(m_tables->item(row, TableColumn)->data(Qt::UserRole + 1).toString(), m_suffix->text()));
    m_newDb->setText(copyBackName(m_sourceDb->currentText(), m_suffix->text()));
    updateState();
}

CopyBackRequest CopyBackDialog::request() const
{
    CopyBackRequest r;
    r.sandboxDir = m_sandboxDir;
    r.confirmName = m_confirm->text().trimmed();
    if (const ConnectionProfile *p = m_app->profiles().find(m_profile->currentData().toString())) {
        r.productionProfile = p->production;
        r.readOnlyProfile = p->readOnly;
        r.toolsDir = p->toolsDir;
    }
    if (m_mode->checkedId() == 1) {
        r.database = m_sourceDb->currentText();
        r.newDatabase = m_newDb->text().trimmed();
        return r;
    }
    r.sourceDatabase = m_sourceDb->currentText();
    for (int row = 0; row < m_tables->rowCount(); ++row) {
        const QTableWidgetItem *name = m_tables->item(row, TableColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        CopyBackTable t;
        t.schema = name->data(Qt::UserRole).toString();
        t.name = name->data(Qt::UserRole + 1).toString();
        t.newName = m_tables->item(row, NewNameColumn)->text().trimmed();
        r.tables << t;
    }
    return r;
}

QString CopyBackDialog::expectedConfirmation() const
{
    return m_mode->checkedId() == 1 ? m_newDb->text().trimmed() : m_targetDb->text().trimmed();
}

bool CopyBackDialog::canStart() const
{
    if (m_job || !m_loaded || m_profile->currentIndex() < 0 || expectedConfirmation().isEmpty())
        return false;
    const CopyBackRequest r = request();
    if (!r.databaseMode() && r.tables.isEmpty())
        return false;
    return r.confirmName == expectedConfirmation();
}

void CopyBackDialog::updateState()
{
    const bool database = m_mode->checkedId() == 1;
    m_tables->setEnabled(!database && !m_job);
    m_newDb->setEnabled(database && !m_job);
    m_targetDb->setEnabled(!database && !m_job);
    const ConnectionProfile *p = m_app->profiles().find(m_profile->currentData().toString());
    const QString expected = expectedConfirmation();
    m_confirmLabel->setText(p && p->production ? tr("Production: type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped())
                                               : tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()));
    m_start->setEnabled(canStart());
    m_cancel->setEnabled(!m_job.isNull());
    if (m_profile->count() == 0)
        m_status->setText(tr("There is no writable profile to copy into: add the live server as a profile first."));
}

void CopyBackDialog::start()
{
    if (!canStart())
        return;
    const ConnectionProfile *p = m_app->profiles().find(m_profile->currentData().toString());
    if (!p)
        return;
    CopyBackRequest r = request();
    const QString targetDb = m_targetDb->text().trimmed();
    const bool database = r.databaseMode();
    m_status->setText(tr("Connecting to %1…").arg(p->name));
    m_app->resolveSpec(*p, this, [this, r, targetDb, database](Result<ConnectionSpec> spec) mutable {
        if (!spec) {
            m_status->setText(spec.error().message);
            return;
        }
        r.target = database ? *spec : spec->withDatabase(targetDb);
        runWith(r);
    });
}

void CopyBackDialog::runWith(const CopyBackRequest &request)
{
    m_outcome.reset();
    m_log->clear();
    m_progress->setValue(0);
    const QString what = request.databaseMode() ? tr("the database %1 as %2").arg(request.database, request.newDatabase)
                                                : tr("%n table(s)", nullptr, int(request.tables.size()));
    m_job = m_app->jobs().start(
        tr("Copy back %1 from the recovered cluster").arg(what),
        [request](JobContext &ctx) -> JobResult {
            auto r = runCopyBack(ctx, request);
            if (!r)
                return r.error();
            return QVariant::fromValue(*r);
        },
        QStringLiteral("pitr"));
    Job *job = m_job;
    connect(job, &Job::progressChanged, this, [this, job] {
        if (job->fraction() >= 0)
            m_progress->setValue(int(job->fraction() * 1000));
        if (!job->statusText().isEmpty())
            m_status->setText(job->statusText());
    });
    connect(job, &Job::logAppended, this, [this](const QStringList &lines) {
        for (const QString &l : lines)
            m_log->appendPlainText(l);
    });
    connect(job, &Job::finished, this, [this, job] { jobDone(job); });
    updateState();
}

void CopyBackDialog::jobDone(Job *job)
{
    m_job.clear();
    const bool succeeded = job->state() == Job::State::Succeeded;
    if (succeeded) {
        m_outcome = job->result().value<CopyBackOutcome>();
        m_progress->setValue(1000);
        QStringList lines{tr("Copied into %1.").arg(m_outcome->targetDescription)};
        for (auto it = m_outcome->rowComparison.cbegin(); it != m_outcome->rowComparison.cend(); ++it)
            lines << tr("%1: %2 rows (the recovered cluster has %3)").arg(it.key(), QLocale().toString(it.value().first), QLocale().toString(it.value().second));
        m_status->setText(lines.join(QLatin1Char('\n')));
        for (const QString &note : std::as_const(m_outcome->notes))
            m_log->appendPlainText(note);
    } else {
        m_progress->setValue(0);
        m_status->setText(job->state() == Job::State::Canceled ? tr("Canceled.") : tr("Not copied: %1").arg(job->error().message));
    }
    updateState();
    Q_EMIT copyFinished(succeeded);
}

} // namespace pgs
