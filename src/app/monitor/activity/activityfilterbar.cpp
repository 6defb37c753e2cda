// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity/activityfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>

#include <algorithm>

namespace pgs {

namespace {
const QString kIntervalKey = QStringLiteral("activity/refreshSecs");
const QString kLongRunningKey = QStringLiteral("activity/longRunningMinutes");
constexpr int kMaxRememberedNames = 500; // completion lists, not a catalog
} // namespace

ActivityFilterBar::ActivityFilterBar(QSettings *settings, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_activeOnly(new QCheckBox(tr("&Active only"), this)),
      m_databaseNames(new QStringListModel(this)),
      m_userNames(new QStringListModel(this)),
      m_applicationNames(new QStringListModel(this)),
      m_interval(new QComboBox(this)),
      m_longRunning(new QSpinBox(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_activeOnly->setObjectName(QStringLiteral("activeOnlyCheck"));
    m_activeOnly->setToolTip(tr("Only sessions running a statement now"));
    layout->addWidget(m_activeOnly);
    m_database = addFilter(tr("&Database:"), QStringLiteral("databaseFilter"), m_databaseNames);
    m_user = addFilter(tr("&User:"), QStringLiteral("userFilter"), m_userNames);
    m_application = addFilter(tr("A&pplication:"), QStringLiteral("applicationFilter"), m_applicationNames);
    layout->addStretch(1);

    auto *longLabel = new QLabel(tr("&Long-running after"), this);
    m_longRunning->setObjectName(QStringLiteral("longRunningSpin"));
    m_longRunning->setRange(1, 24 * 60);
    m_longRunning->setSuffix(tr(" min"));
    m_longRunning->setValue(settings ? settings->value(kLongRunningKey, 5).toInt() : 5);
    m_longRunning->setToolTip(tr("Sessions whose query or open transaction is older than this are highlighted"));
    longLabel->setBuddy(m_longRunning);
    layout->addWidget(longLabel);
    layout->addWidget(m_longRunning);

    auto *intervalLabel = new QLabel(tr("Auto-re&fresh"), this);
    m_interval->setObjectName(QStringLiteral("refreshIntervalCombo"));
    m_interval->addItem(tr("Off"), 0);
    m_interval->addItem(tr("2 s"), 2);
    m_interval->addItem(tr("5 s"), 5);
    m_interval->addItem(tr("10 s"), 10);
    const int savedSecs = settings ? settings->value(kIntervalKey, 5).toInt() : 5;
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(savedSecs)));
    intervalLabel->setBuddy(m_interval);
    layout->addWidget(intervalLabel);
    layout->addWidget(m_interval);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    layout->addWidget(m_refresh);

    connect(m_activeOnly, &QCheckBox::toggled, this, &ActivityFilterBar::applyFilters);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settings)
            m_settings->setValue(kIntervalKey, m_interval->currentData().toInt());
        Q_EMIT refreshIntervalChanged();
    });
    connect(m_longRunning, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_settings)
            m_settings->setValue(kLongRunningKey, minutes);
        Q_EMIT longRunningChanged();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ActivityFilterBar::refreshRequested);
}

QLineEdit *ActivityFilterBar::addFilter(const QString &label, const QString &name, QStringListModel *names)
{
    auto *title = new QLabel(label, this);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(tr("any"));
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(160);
    auto *completer = new QCompleter(names, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    title->setBuddy(edit);
    layout()->addWidget(title);
    layout()->addWidget(edit);
    connect(edit, &QLineEdit::editingFinished, this, &ActivityFilterBar::applyFilters);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &ActivityFilterBar::applyFilters);
    // The clear button empties the field without finishing the edit: that is a filter change too.
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilters();
    });
    return edit;
}

ActivityOptions ActivityFilterBar::filters() const
{
    ActivityOptions o;
    o.activeOnly = m_activeOnly->isChecked();
    o.database = m_database->text().trimmed();
    o.user = m_user->text().trimmed();
    o.application = m_application->text().trimmed();
    return o;
}

void ActivityFilterBar::applyFilters()
{
    const ActivityOptions now = filters();
    if (now.activeOnly == m_applied.activeOnly && now.database == m_applied.database && now.user == m_applied.user
        && now.application == m_applied.application)
        return;
    m_applied = now;
    Q_EMIT filtersChanged();
}

int ActivityFilterBar::refreshIntervalMsecs() const
{
    return m_interval->currentData().toInt() * 1000;
}

void ActivityFilterBar::setRefreshIntervalMsecs(int msecs)
{
    const int index = m_interval->findData(msecs / 1000);
    if (index >= 0)
        m_interval->setCurrentIndex(index);
}

qint64 ActivityFilterBar::longRunningSecs() const
{
    return qint64(m_longRunning->value()) * 60;
}

void ActivityFilterBar::rememberNames(const QList<SessionActivity> &sessions)
{
    QStringListModel *models[3] = {m_databaseNames, m_userNames, m_applicationNames};
    for (int k = 0; k < 3; ++k) {
        const int before = int(m_seen[k].size());
        for (const SessionActivity &s : sessions) {
            if (m_seen[k].size() >= kMaxRememberedNames)
                break;
            const QString &name = k == 0 ? s.database : k == 1 ? s.user : s.application;
            if (!name.isEmpty())
                m_seen[k].insert(name);
        }
        if (m_seen[k].size() != before) {
            QStringList list(m_seen[k].begin(), m_seen[k].end());
            list.sort(Qt::CaseInsensitive);
            models[k]->setStringList(list);
        }
    }
}

} // namespace pgs
