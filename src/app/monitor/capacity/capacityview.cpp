// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/capacity/capacityview.h"

#include "charts/timechartview.h"
#include "jobs/connectedjob.h"
#include "monitor/capacity/capacityexport.h"
#include "monitor/capacity/historyscheduledialog.h"
#include "monitor/capacityreport.h"
#include "monitor/historystore.h"
#include "monitor/humanformat.h"
#include "monitor/sampler.h"
#include "shell/appcontext.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_DECLARE_METATYPE(pgs::CapacityReview)

namespace pgs {

namespace {

enum Card { TotalCard, GrowthCard, FullCard, XidAgeCard, WraparoundCard, CardCount };

QString daysText(const std::optional<double> &days)
{
    if (!days)
        return CapacityView::tr("n/a");
    if (*days > 3650)
        return CapacityView::tr("> 10 years");
    return CapacityView::tr("%1 days").arg(QLocale().toString(std::round(*days), 'f', 0));
}

// Red under the alert threshold, amber under three times it.
QString severityColor(const std::optional<double> &days, double alert)
{
    if (!days)
        return QString();
    if (*days < alert)
        return QStringLiteral("#b00020");
    if (*days < 3 * alert)
        return QStringLiteral("#b45309");
    return QStringLiteral("#15803d");
}

QString growthText(const std::optional<double> &perDay)
{
    if (!perDay)
        return CapacityView::tr("n/a");
    return CapacityView::tr("%1%2/day").arg(*perDay < 0 ? QStringLiteral("−") : QString(), humanBytes(qint64(std::abs(*perDay))));
}

} // namespace

CapacityView::CapacityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent),
      m_app(app),
      m_profile(profile),
      m_window(new QComboBox(this)),
      m_capacity(new QLabel(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_exportHtml(new QPushButton(tr("Export &HTML…"), this)),
      m_exportPdf(new QPushButton(tr("Export &PDF…"), this)),
      m_status(new QLabel(this)),
      m_collecting(new QLabel(this)),
      m_findings(new QLabel(this)),
      m_chart(new TimeChartView(tr("Size of all databases"), ValueUnit::Bytes, this)),
      m_tree(new QTreeWidget(this))
{
    for (int days : {7, 30, 90, 365})
        m_window->addItem(days == 365 ? tr("1 year") : tr("%1 days").arg(days), days);
    const int saved = m_app->settings().value(QStringLiteral("capacity/windowDays"), 30).toInt();
    m_window->setCurrentIndex(std::max(0, m_window->findData(saved)));
    m_window->setObjectName(QStringLiteral("windowCombo"));
    m_exportHtml->setEnabled(false);
    m_exportPdf->setEnabled(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Window:"), this));
    bar->addWidget(m_window);
    bar->addSpacing(12);
    bar->addWidget(m_capacity);
    bar->addStretch(1);
    auto *schedule = new QPushButton(tr("History &timer…"), this);
    schedule->setToolTip(tr("Keep sampling this server's history while pgsteward is closed"));
    connect(schedule, &QPushButton::clicked, this, [this] {
        HistoryScheduleDialog dialog(m_profile, this);
        dialog.exec();
    });
    bar->addWidget(schedule);
    bar->addWidget(m_refresh);
    bar->addWidget(m_exportHtml);
    bar->addWidget(m_exportPdf);

    auto *cards = new QGridLayout;
    const QStringList titles{tr("All databases"), tr("Growth per day"), tr("Volume full in"), tr("Oldest XID age"),
                             tr("Wraparound in")};
    for (int i = 0; i < CardCount; ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        auto *title = new QLabel(titles[i], frame);
        title->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto *value = new QLabel(QStringLiteral("—"), frame);
        value->setObjectName(QStringLiteral("card%1").arg(i));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        layout->addWidget(title);
        layout->addWidget(value);
        cards->addWidget(frame, 0, i);
        m_cards.append(value);
    }

    m_collecting->setObjectName(QStringLiteral("collectingLabel"));
    m_collecting->setWordWrap(true);
    m_collecting->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; color: #1d3557; border: 1px solid #a9c4e4; "
                                               "border-radius: 3px; padding: 6px; }"));
    m_collecting->hide();
    m_findings->setObjectName(QStringLiteral("findingsLabel"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #5c3c00; border: 1px solid #f0c36d; "
                                             "border-radius: 3px; padding: 6px; }"));
    m_findings->hide();
    m_chart->setEmptyText(tr("No size history yet: it grows with every sample"));

    m_tree->setObjectName(QStringLiteral("forecastTree"));
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Name"), tr("Size"), tr("Growth/day"), tr("%/day"), tr("r²"), tr("Days until full"),
                             tr("Note")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_tree);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 280});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(cards);
    layout->addWidget(m_collecting);
    layout->addWidget(m_findings);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_app->settings().setValue(QStringLiteral("capacity/windowDays"), windowDays());
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &CapacityView::refresh);
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    setProfile(profile);
    m_status->setText(tr("Connecting…"));
}

CapacityView::~CapacityView()
{
    if (m_job)
        m_job->cancel();
}

int CapacityView::windowDays() const { return m_window->currentData().toInt(); }

qint64 CapacityView::capacityBytes() const { return m_profile.volumeCapacityBytes; }

void CapacityView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_capacity->setText(capacityBytes() > 0 ? tr("Volume capacity: %1").arg(humanBytes(capacityBytes()))
                                            : tr("Volume capacity: not set (edit the profile to forecast when it is full)"));
    if (m_spec)
        refresh();
}

void CapacityView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    refresh();
}

void CapacityView::refresh()
{
    if (!m_spec || m_job)
        return;
    const ConnectionSpec spec = *m_spec;
    const QString key = m_profile.id;
    CapacityReviewOptions options;
    options.windowDays = windowDays();
    options.capacityBytes = capacityBytes();
    // Not in the window bar: how much history a forecast needs is a policy, set in gui.ini.
    options.minHistoryHours = m_app->settings().value(QStringLiteral("capacity/minHistoryHours"), options.minHistoryHours).toInt();
    options.minSamples = m_app->settings().value(QStringLiteral("capacity/minSamples"), options.minSamples).toInt();
    const QString server = m_profile.name;
    m_status->setText(tr("Reading %1 days of history…").arg(options.windowDays));
    m_refresh->setEnabled(false);
    m_job = m_app->jobs().startRead(
        tr("Capacity review of %1").arg(m_profile.name),
        [spec, key, options, server](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                SampleOptions light;
                light.statements = false;
                light.topTables = options.topTables;
                auto now = takeSample(conn, light);
                if (!now)
                    return now.error();
                HistoryStore store; // opened on this thread, as SQLite connections must be
                if (Status st = store.open(); !st)
                    return st.error();
                auto review = buildCapacityReview(store, key, *now, options);
                if (!review)
                    return review.error();
                review->server = server;
                return QVariant::fromValue(*review);
            });
        },
        this, [this](const JobOutcome &outcome) { reviewFinished(outcome); });
}

void CapacityView::reviewFinished(const JobOutcome &outcome)
{
    m_job.clear();
    m_refresh->setEnabled(true);
    if (outcome.canceled())
        return;
    if (!outcome.succeeded()) {
        m_status->setText(tr("Could not build the capacity review: %1").arg(outcome.error.message));
        Q_EMIT loadFailed(outcome.error.message);
        return;
    }
    showReview(outcome.result.value<CapacityReview>());
    Q_EMIT reviewLoaded();
}

void CapacityView::showReview(const CapacityReview &review)
{
    m_review = review;
    showSummary(review);
    fillTree(review);
    m_chart->clearSeries();
    m_chart->setSeries(tr("All databases"), chartPoints(review.totalHistory));
    if (review.totalFit.valid && !review.totalHistory.times.isEmpty())
        m_chart->setSeries(tr("Trend"), trendPoints(review.totalFit, review.totalHistory.times.last(),
                                                    qint64(review.options.windowDays) * 86400 / 4));
    if (review.options.capacityBytes > 0 && review.totalDaysUntilFull && *review.totalDaysUntilFull < review.options.windowDays / 4.0)
        m_chart->setSeries(tr("Capacity"), {{double(review.from.toMSecsSinceEpoch()), double(review.options.capacityBytes)},
                                            {double(review.to.addDays(review.options.windowDays / 4).toMSecsSinceEpoch()),
                                             double(review.options.capacityBytes)}});
    m_exportHtml->setEnabled(true);
    m_exportPdf->setEnabled(true);
    const int points = int(review.totalHistory.times.size());
    m_status->setText(tr("%1 to %2, %3 points of history. Growth is a least-squares line after the last jump in size.")
                          .arg(QLocale().toString(review.from.toLocalTime(), QLocale::ShortFormat),
                               QLocale().toString(review.to.toLocalTime(), QLocale::ShortFormat))
                          .arg(points));
}

void CapacityView::showSummary(const CapacityReview &review)
{
    auto set = [this](Card card, const QString &text, const QString &color = QString()) {
        m_cards[card]->setText(text);
        m_cards[card]->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    };
    const QString muted = QStringLiteral("palette(mid)");
    const bool collecting = review.collecting();
    set(TotalCard, humanBytes(qint64(review.totalBytes)));
    if (collecting && !review.totalGrowthPerDay)
        set(GrowthCard, tr("collecting…"), muted);
    else
        set(GrowthCard, growthText(review.totalGrowthPerDay));
    if (review.options.capacityBytes <= 0)
        set(FullCard, tr("capacity not set"));
    else if (collecting && !review.totalGrowthPerDay)
        set(FullCard, tr("collecting…"), muted);
    else
        set(FullCard, daysText(review.totalDaysUntilFull), severityColor(review.totalDaysUntilFull, review.options.alertDaysUntilFull));
    set(XidAgeCard, QLocale().toString(review.xidAge));
    if (collecting && !review.xidsPerDay)
        set(WraparoundCard, tr("collecting…"), muted);
    else
        set(WraparoundCard, daysText(review.daysUntilWraparound),
            severityColor(review.daysUntilWraparound, review.options.alertDaysUntilWraparound));
    m_collecting->setText(collecting ? review.collectingText() + QLatin1Char(' ')
                                           + tr("Until then the chart and the table show the sizes collected so far.")
                                     : QString());
    m_collecting->setVisible(collecting);
    const QStringList warnings = review.warnings();
    QStringList items;
    for (const QString &w : warnings)
        items.append(QStringLiteral("• ") + w.toHtmlEscaped());
    m_findings->setText(items.join(QStringLiteral("<br>")));
    m_findings->setVisible(!warnings.isEmpty());
}

void CapacityView::fillTree(const CapacityReview &review)
{
    m_tree->clear();
    auto addGroup = [this, &review](const QString &title, const QList<CapacityItem> &items, bool withDays) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const CapacityItem &item : items) {
            const auto pct = item.growthPercentPerDay();
            const bool collecting = !item.coverage.enough;
            QString note = item.fit.valid ? QString() : item.fit.reason;
            if (item.fit.valid && item.fit.stepAt)
                note = tr("fitted since %1 (a jump in size before)")
                           .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*item.fit.stepAt), QLocale::ShortFormat));
            if (collecting && note == review.collectingText())
                note.clear(); // said once above the chart, not on every row
            auto *row = new QTreeWidgetItem(
                group, {item.name, humanBytes(item.sizeBytes), collecting ? tr("collecting…") : growthText(item.growthPerDay()),
                        collecting ? QString() : pct ? QLocale().toString(*pct, 'f', 2) : tr("n/a"),
                        item.fit.valid ? QLocale().toString(item.fit.r2, 'f', 3) : QString(),
                        withDays && !collecting ? daysText(item.daysUntilFull) : QString(), note});
            for (int c = 1; c <= 5; ++c)
                row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (review.growthAlert(item))
                row->setForeground(3, QColor(0xb0, 0x00, 0x20));
        }
        group->setExpanded(true);
    };
    addGroup(tr("Databases"), review.databases, true);
    if (!review.tables.isEmpty())
        addGroup(tr("Largest tables of %1").arg(review.database), review.tables, false);
}

QString CapacityView::exportHtml(const QString &path)
{
    if (!m_review)
        return tr("No review to export yet.");
    return writeCapacityHtml(*m_review, capacityChartImages(*m_review), path);
}

QString CapacityView::exportPdf(const QString &path)
{
    if (!m_review)
        return tr("No review to export yet.");
    return writeCapacityPdf(*m_review, capacityChartImages(*m_review), path);
}

void CapacityView::chooseExport(bool pdf)
{
    const QString suggested = tr("capacity-review-%1-%2").arg(m_profile.name, QDate::currentDate().toString(Qt::ISODate))
                              + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html"));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export the capacity review as PDF") : tr("Export the capacity review as HTML"),
                                                      suggested, pdf ? tr("PDF documents (*.pdf)") : tr("HTML pages (*.html)"));
    if (path.isEmpty())
        return;
    const QString error = pdf ? exportPdf(path) : exportHtml(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_status->setText(tr("Exported to %1.").arg(path));
}

} // namespace pgs
