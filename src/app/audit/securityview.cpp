// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/securityview.h"

#include "audit/auditexport.h"
#include "audit/rolesmodel.h"
#include "jobs/connectedjob.h"
#include "shell/appcontext.h"

#include "ui_securityview.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

Q_DECLARE_METATYPE(pgs::AuditRun)

namespace pgs {

namespace {

constexpr int kMaxPrivilegeRows = 5000; // a view stays quick; the exports list everything
constexpr int FindingIndexRole = Qt::UserRole + 1;
constexpr int PrivilegeIndexRole = Qt::UserRole + 2;

QString profileKey(const ConnectionProfile &profile, const ConnectionSpec &spec)
{
    return profile.id.isEmpty() ? QStringLiteral("db:") + spec.describe() : profile.id;
}

} // namespace

SecurityView::SecurityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::SecurityView>()), m_app(app), m_profile(profile), m_roles(new RolesModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("securityView"));
    m_filter->setSourceModel(m_roles);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(RolesModel::Name);
    ui->rolesView->setModel(m_filter);
    ui->rolesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    ui->rolesView->setSelectionMode(QAbstractItemView::SingleSelection);
    ui->rolesView->setSortingEnabled(true);
    ui->rolesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows
    ui->rolesView->verticalHeader()->setDefaultSectionSize(ui->rolesView->fontMetrics().height() + 6);
    ui->rolesView->verticalHeader()->hide();
    ui->rolesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->rolesView->horizontalHeader()->setStretchLastSection(true);
    ui->findingsTree->setUniformRowHeights(true);
    ui->privilegesTree->setUniformRowHeights(true);
    ui->privilegesTree->setRootIsDecorated(false);
    ui->objectAccessTree->setRootIsDecorated(false);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->findingsSplitter->setSizes({500, 160});
    ui->privilegesSplitter->setStretchFactor(0, 2);
    ui->privilegesSplitter->setStretchFactor(1, 1);
    auto *menu = new QMenu(ui->exportButton);
    const QList<QPair<QString, AuditExportFormat>> formats{{tr("HTML…"), AuditExportFormat::Html}, {tr("PDF…"), AuditExportFormat::Pdf},
                                                           {tr("CSV…"), AuditExportFormat::Csv}, {tr("JSON…"), AuditExportFormat::Json}};
    for (const auto &[label, format] : formats)
        connect(menu->addAction(label), &QAction::triggered, this, [this, format = format] { exportRequested(format); });
    ui->exportButton->setMenu(menu);
    connect(ui->runButton, &QPushButton::clicked, this, &SecurityView::runAudit);
    connect(ui->applyFixButton, &QPushButton::clicked, this, &SecurityView::applySelectedFix);
    connect(ui->createRoleButton, &QPushButton::clicked, this, [this] { openRoleDialog(false); });
    connect(ui->alterRoleButton, &QPushButton::clicked, this, [this] { openRoleDialog(true); });
    connect(ui->grantButton, &QPushButton::clicked, this, &SecurityView::openGrantDialog);
    connect(ui->filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(ui->rolesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SecurityView::roleSelected);
    connect(ui->findingsTree, &QTreeWidget::currentItemChanged, this, &SecurityView::findingSelected);
    connect(ui->privilegesTree, &QTreeWidget::currentItemChanged, this, &SecurityView::privilegeSelected);
    showSnapshot();
}

SecurityView::~SecurityView()
{
    if (m_job)
        m_job->cancel();
}

void SecurityView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    if (isVisible() && !m_ranOnce)
        runAudit();
}

void SecurityView::setProfile(const ConnectionProfile &profile) { m_profile = profile; }

void SecurityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_spec && !m_ranOnce)
        runAudit();
}

void SecurityView::runAudit()
{
    if (!m_spec || m_job)
        return;
    m_ranOnce = true;
    const ConnectionSpec spec = *m_spec;
    const QString key = profileKey(m_profile, spec), name = m_profile.name;
    AuditPolicy policy; // a site that requires expiring passwords says so in gui.ini
    policy.requirePasswordExpiry = m_app->settings().value(QStringLiteral("audit/requirePasswordExpiry"), false).toBool();
    policy.passwordLifetimeDays = m_app->settings().value(QStringLiteral("audit/passwordLifetimeDays"), policy.passwordLifetimeDays).toInt();
    ui->statusLabel->setText(tr("Auditing roles, privileges and settings of every database…"));
    ui->runButton->setEnabled(false);
    m_job = m_app->jobs().startRead(
        tr("Security audit of %1").arg(m_profile.name),
        [spec, key, name, policy](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                auto run = pgs::runAudit(conn, spec, ctx, key, name, policy);
                if (!run)
                    return run.error();
                return QVariant::fromValue(std::move(run).value());
            });
        },
        this, [this](const JobOutcome &outcome) { auditDone(outcome); }, QStringLiteral("audit"));
}

void SecurityView::auditDone(const JobOutcome &outcome)
{
    m_job.clear();
    ui->runButton->setEnabled(true);
    if (!outcome.succeeded()) {
        const QString message = outcome.canceled() ? tr("The audit was cancelled.") : outcome.error.message;
        ui->statusLabel->setText(tr("The audit failed: %1").arg(message));
        Q_EMIT auditFinished(message);
        return;
    }
    const AuditRun run = outcome.result.value<AuditRun>();
    // The previous audit stays the one before the first run of this session's view.
    if (!m_snapshot)
        m_previous = run.previous;
    else
        m_previous = m_snapshot;
    m_snapshot = run.snapshot;
    m_comparison.reset();
    if (m_previous)
        m_comparison = compareAudits(*m_previous, *m_snapshot);
    showSnapshot();
    Q_EMIT auditFinished(QString());
}

void SecurityView::showSnapshot()
{
    const bool have = bool(m_snapshot);
    for (QWidget *w : {static_cast<QWidget *>(ui->exportButton), static_cast<QWidget *>(ui->createRoleButton),
                       static_cast<QWidget *>(ui->alterRoleButton), static_cast<QWidget *>(ui->grantButton)})
        w->setEnabled(have);
    ui->applyFixButton->setEnabled(false);
    m_graph = have ? std::make_unique<MembershipGraph>(*m_snapshot) : nullptr;
    m_roles->setSnapshot(m_snapshot);
    ui->rolesView->resizeColumnsToContents(); // measures the visible rows only
    if (!have) {
        ui->statusLabel->setText(m_spec ? tr("Run the audit to see roles, privileges and findings.") : tr("Waiting for the connection…"));
        return;
    }
    const auto worst = worstSeverity(m_snapshot->findings);
    ui->statusLabel->setText(tr("%1 roles, %2 grants in %3 databases; %4 findings (worst: %5). %6")
                                 .arg(m_snapshot->roles.size())
                                 .arg(m_snapshot->grants.size())
                                 .arg(m_snapshot->databases.size())
                                 .arg(m_snapshot->findings.size())
                                 .arg(worst ? severityLabel(*worst) : tr("none"))
                                 .arg(m_snapshot->notChecked.isEmpty() ? QString()
                                                                       : tr("%n source(s) not checked.", nullptr,
                                                                            int(m_snapshot->notChecked.size()))));
    fillFindings();
    fillComparison();
    roleSelected();
}

void SecurityView::fillFindings()
{
    ui->findingsTree->clear();
    for (Severity level : {Severity::Critical, Severity::Warning, Severity::Info}) {
        QList<QTreeWidgetItem *> children;
        for (int i = 0; i < m_snapshot->findings.size(); ++i) {
            const Finding &f = m_snapshot->findings[i];
            if (f.severity != level)
                continue;
            auto *item = new QTreeWidgetItem({f.code, f.object, f.detail});
            item->setData(0, FindingIndexRole, i);
            item->setToolTip(1, f.object);
            item->setToolTip(2, f.detail);
            children << item;
        }
        if (children.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(ui->findingsTree, {tr("%1 (%2)").arg(severityLabel(level)).arg(children.size())});
        group->setData(0, FindingIndexRole, -1);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->addChildren(children);
        group->setExpanded(true);
    }
    ui->findingsTree->resizeColumnToContents(0);
    ui->findingsTree->resizeColumnToContents(1);
    ui->findingDetail->setText(m_snapshot->findings.isEmpty() ? tr("No findings.") : tr("Select a finding to see its fix."));
    ui->fixSqlEdit->clear();
}

void SecurityView::findingSelected()
{
    QTreeWidgetItem *item = ui->findingsTree->currentItem();
    const int index = item ? item->data(0, FindingIndexRole).toInt() : -1;
    if (!m_snapshot || !item || index < 0 || index >= m_snapshot->findings.size() || item->parent() == nullptr) {
        ui->fixSqlEdit->clear();
        ui->applyFixButton->setEnabled(false);
        return;
    }
    const Finding &f = m_snapshot->findings[index];
    const QString db = m_snapshot->databaseOf(f);
    QString text = QStringLiteral("<b>%1</b> · %2<br>%3").arg(f.code.toHtmlEscaped(), f.object.toHtmlEscaped(), f.detail.toHtmlEscaped());
    if (!f.advice.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(f.advice.toHtmlEscaped());
    if (!db.isEmpty())
        text += QStringLiteral("<br>") + tr("The fix runs in database %1.").arg(db.toHtmlEscaped());
    ui->findingDetail->setText(text);
    ui->fixSqlEdit->setPlainText(f.fixSql);
    ui->applyFixButton->setEnabled(!f.fixSql.isEmpty() && !m_changeJob);
}

void SecurityView::fillComparison()
{
    if (!m_comparison) {
        ui->changesText->setPlainText(tr("This is the first saved audit of this server; the next one is compared with it."));
        return;
    }
    const AuditComparison &c = *m_comparison;
    QString html = QStringLiteral("<p>%1</p>").arg(tr("Compared with the audit of %1.")
                                                       .arg(QLocale().toString(m_previous->takenAt.toLocalTime(), QLocale::ShortFormat)));
    const auto section = [&html](const QString &title, const QStringList &items) {
        if (items.isEmpty())
            return;
        html += QStringLiteral("<h4>%1 (%2)</h4><ul>").arg(title.toHtmlEscaped()).arg(items.size());
        for (const QString &i : items.mid(0, 300))
            html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    };
    const auto findings = [](const QList<Finding> &list) {
        QStringList out;
        for (const Finding &f : list)
            out << QStringLiteral("%1 %2: %3").arg(severityName(f.severity), f.code, f.object);
        return out;
    };
    section(tr("New findings"), findings(c.findingsNew));
    section(tr("Resolved findings"), findings(c.findingsResolved));
    section(tr("Roles added"), c.rolesAdded);
    section(tr("Roles removed"), c.rolesRemoved);
    section(tr("Grants added"), c.grantsAdded);
    section(tr("Grants removed"), c.grantsRemoved);
    if (c.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing changed."));
    ui->changesText->setHtml(html);
}

void SecurityView::selectRole(const QString &name)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, RolesModel::Name);
        if (index.data().toString() == name) {
            ui->rolesView->setCurrentIndex(index);
            return;
        }
    }
}

void SecurityView::roleSelected()
{
    ui->membershipTree->clear();
    ui->privilegesTree->clear();
    ui->objectAccessTree->clear();
    m_shownPrivileges.clear();
    const QModelIndex current = m_filter->mapToSource(ui->rolesView->currentIndex());
    const AuditRole *role = current.isValid() ? m_roles->roleAt(current.row()) : nullptr;
    if (!role || !m_graph)
        return;
    auto *groups = new QTreeWidgetItem(ui->membershipTree, {tr("Member of")});
    const QHash<qint64, QString> all = m_graph->groupsOf(role->oid, false);
    for (const AuditMembership *m : m_graph->directGroups(role->oid)) {
        QStringList options;
        if (m->admin)
            options << QStringLiteral("ADMIN");
        if (m->inherit)
            options << QStringLiteral("INHERIT");
        if (m->set)
            options << QStringLiteral("SET");
        new QTreeWidgetItem(groups, {m_snapshot->roleName(m->role), tr("directly"), options.join(QLatin1Char(' '))});
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        bool direct = false;
        for (const AuditMembership *m : m_graph->directGroups(role->oid))
            direct = direct || m->role == it.key();
        if (!direct)
            new QTreeWidgetItem(groups, {m_snapshot->roleName(it.key()), tr("through %1").arg(*it), QString()});
    }
    auto *members = new QTreeWidgetItem(ui->membershipTree, {tr("Members")});
    for (const AuditMembership *m : m_graph->directMembers(role->oid))
        new QTreeWidgetItem(members, {m_snapshot->roleName(m->member), tr("directly"), m->admin ? QStringLiteral("ADMIN") : QString()});
    auto *settings = new QTreeWidgetItem(ui->membershipTree, {tr("Settings")});
    for (const QString &s : role->settings)
        new QTreeWidgetItem(settings, {s, tr("every database")});
    for (const AuditRoleSetting &s : m_snapshot->roleSettings)
        if (s.role == role->name)
            for (const QString &setting : s.settings)
                new QTreeWidgetItem(settings, {setting, s.database.isEmpty() ? tr("every database") : tr("in %1").arg(s.database)});
    auto *owned = new QTreeWidgetItem(ui->membershipTree, {tr("Owns")});
    for (const AuditOwned &o : m_snapshot->owned)
        if (o.owner == role->oid)
            new QTreeWidgetItem(owned, {QStringLiteral("%1 %2").arg(o.objects).arg(o.kind), tr("in %1").arg(o.database)});
    ui->membershipTree->expandAll();
    ui->membershipTree->resizeColumnToContents(0);

    m_shownPrivileges = privilegesOfRole(*m_snapshot, *m_graph, role->oid);
    QList<QTreeWidgetItem *> rows;
    for (int i = 0; i < m_shownPrivileges.size() && i < kMaxPrivilegeRows; ++i) {
        const EffectivePrivilege &p = m_shownPrivileges[i];
        auto *item = new QTreeWidgetItem({p.grant->database, p.grant->kind + QLatin1Char(' ') + p.grant->objectText(),
                                          p.grant->privilege + (p.grant->grantable ? tr(" (grantable)") : QString()), p.via});
        item->setData(0, PrivilegeIndexRole, i);
        rows << item;
    }
    if (role->superuser)
        rows.prepend(new QTreeWidgetItem({QString(), tr("everything"), tr("superuser"), tr("bypasses every privilege check")}));
    if (m_shownPrivileges.size() > kMaxPrivilegeRows)
        rows << new QTreeWidgetItem({QString(), tr("showing %1 of %2; the exports list all").arg(kMaxPrivilegeRows).arg(m_shownPrivileges.size())});
    ui->privilegesTree->addTopLevelItems(rows);
    ui->privilegesTree->resizeColumnToContents(0);
    ui->privilegesTree->resizeColumnToContents(1);
}

void SecurityView::privilegeSelected()
{
    ui->objectAccessTree->clear();
    QTreeWidgetItem *item = ui->privilegesTree->currentItem();
    if (!item || !item->data(0, PrivilegeIndexRole).isValid() || !m_graph)
        return;
    const AuditGrant *g = m_shownPrivileges.value(item->data(0, PrivilegeIndexRole).toInt()).grant;
    if (!g)
        return;
    const QString kind = g->kind == QLatin1String("column") ? QStringLiteral("table") : g->kind;
    for (const EffectivePrivilege &p : accessToObject(*m_snapshot, *m_graph, g->database, kind, g->schema, g->name))
        new QTreeWidgetItem(ui->objectAccessTree, {m_snapshot->roleName(p.role), p.grant->privilege, p.via});
    ui->objectAccessTree->resizeColumnToContents(0);
}

QString SecurityView::exportTo(const QString &path, AuditExportFormat format) const
{
    if (!m_snapshot)
        return tr("Run the audit first.");
    return writeAuditExport(*m_snapshot, m_comparison ? &*m_comparison : nullptr, format, path);
}

void SecurityView::exportRequested(AuditExportFormat format)
{
    static const QStringList suffixes{QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json")};
    const QString suffix = suffixes[int(format)];
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit"), QStringLiteral("audit.") + suffix,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, format);
    ui->statusLabel->setText(error.isEmpty() ? tr("Exported to %1.").arg(path) : error);
}

} // namespace pgs
