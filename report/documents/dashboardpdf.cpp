#include "documents/dashboardpdf.h"

#include "dashboard/dashboardsession.h"
#include "layout/reportdocument.h"
#include "dashboard/sessionwindow.h"
#include "layout/textblocks.h"

namespace lotse {

namespace {

/// Cards are at least this wide: two to five to a row, by the paper.
constexpr qreal kCardMm = 52;
/// Charts are at least this wide: one to a row on portrait paper, two on landscape.
constexpr qreal kChartMm = 115;

} // namespace

DashboardPdf::DashboardPdf(const DashboardSession &session, QList<SourceInfo> sources, ReportOptions options)
    : m_dashboard(session.dashboard())
    , m_window(SessionWindow::of(session))
    , m_sources(std::move(sources))
    , m_options(std::move(options))
{
    if (!m_options.exportedAt.isValid())
        m_options.exportedAt = QDateTime::currentDateTimeUtc();
    const KpiModel &kpis = *session.kpis();
    for (int row = 0; row < kpis.rowCount(); ++row) {
        const KpiSpec &spec = kpis.spec(row);
        m_kpis.append({spec.title.text(m_options.language), spec.unit, spec.thresholds, kpis.value(row), m_window});
    }
    for (int index = 0; index < session.chartCount(); ++index) {
        const ChartSpec &spec = m_dashboard.charts.at(index);
        ChartData data = session.chart(index);
        data.window = m_window;
        m_charts.append({spec.title.text(m_options.language), spec.unit, spec.thresholds, std::move(data)});
    }
}

std::unique_ptr<ReportDocument> DashboardPdf::begin(QIODevice *out) const
{
    const QString title = m_dashboard.title.text(m_options.language);
    auto document = std::make_unique<ReportDocument>(out, m_options, title);
    document->add(titleBlocks(*document));
    document->add(cardBlocks(*document));
    document->add(chartBlocks(*document));
    return document;
}

std::expected<void, Error> DashboardPdf::write(QIODevice *out) const
{
    return begin(out)->paintAll();
}

QString DashboardPdf::exportLine(const ReportText &words) const
{
    QString line = text(words, QT_TR_NOOP("%1 by Lotse %2"))
                       .arg(words.dateTime(m_options.exportedAt), QCoreApplication::applicationVersion());
    if (m_options.snapshotSavedAt)
        line += QStringLiteral(" · ")
            + text(words, QT_TR_NOOP("from a snapshot saved %1")).arg(words.dateTime(*m_options.snapshotSavedAt));
    return line;
}

QList<ReportBlock> DashboardPdf::titleBlocks(const ReportDocument &document) const
{
    const ReportText &words = document.text();
    const TextBlocks blocks(document.style(), document.width());
    const QString language = m_options.language;
    QList<ReportBlock> list{blocks.paragraph(m_dashboard.title.text(language), ReportStyle::Font::Title)};
    if (!m_dashboard.description.isEmpty())
        list.append(
            blocks.paragraph(m_dashboard.description.text(language), ReportStyle::Font::Body, ReportStyle::muted()));
    // The span, whether the range was relative or fixed: a snapshot's is fixed, and says the same.
    const QString range = words.window(m_window) + QLatin1Char('\n') + words.windowUtc(m_window) + QLatin1Char('\n')
        + text(words, QT_TR_NOOP("%1 before the instant")).arg(words.lastSpan(qint64(std::llround(m_window.length()))));
    QStringList sources;
    for (const SourceInfo &source : m_sources)
        sources.append(words.source(source));
    const QDateTime at = ReportText::fromSeconds(m_window.to);
    QList<TextBlocks::Fact> facts{
        {text(words, QT_TR_NOOP("Dashboard")), m_dashboard.id},
        {text(words, QT_TR_NOOP("Time range")), range},
        {text(words, QT_TR_NOOP("KPIs read at")),
         words.dateTime(at) + QStringLiteral(" (") + words.zone(at) + QLatin1Char(')')},
        {text(words, QT_TR_NOOP("Data sources")),
         sources.isEmpty() ? text(words, QT_TR_NOOP("none")) : sources.join(QLatin1Char('\n'))},
        {text(words, QT_TR_NOOP("Exported")), exportLine(words)},
    };
    if (!m_dashboard.values.isEmpty())
        facts.insert(1, {text(words, QT_TR_NOOP("Variables")), m_dashboard.values.describe()});
    list.append(blocks.facts(facts));
    list.append(blocks.rule());
    return list;
}

QList<ReportBlock> DashboardPdf::cardBlocks(const ReportDocument &document) const
{
    if (m_kpis.isEmpty())
        return {};
    const TextBlocks blocks(document.style(), document.width());
    QList<ReportBlock> list{blocks.heading(text(document.text(), QT_TR_NOOP("Key figures")))};
    const int columns = std::clamp(int(document.width() / document.style().mm(kCardMm)), 2, 5);
    const KpiCardPainter cards(document.style(), document.text());
    for (qsizetype first = 0; first < m_kpis.size(); first += columns)
        list.append(cards.row(m_kpis.mid(first, columns), columns, document.width()));
    return list;
}

QList<ReportBlock> DashboardPdf::chartBlocks(const ReportDocument &document) const
{
    if (m_charts.isEmpty())
        return {};
    const ReportStyle &style = document.style();
    const TextBlocks blocks(style, document.width());
    QList<ReportBlock> list{blocks.heading(text(document.text(), QT_TR_NOOP("Charts")))};
    // Three rows of charts to a page, portrait or landscape.
    const qreal plotHeight = std::clamp(document.bodyHeight() * 0.17, style.mm(38), style.mm(50));
    const int columns = std::max(1, int(document.width() / style.mm(kChartMm)));
    const qreal gap = style.pt(14);
    const qreal columnWidth = (document.width() - gap * (columns - 1)) / columns;
    const ReportChartPainter painter(style, document.text());
    QList<ReportBlock> charts;
    for (const ReportChart &chart : m_charts)
        charts.append(painter.block(chart, columnWidth, plotHeight));
    for (qsizetype first = 0; first < charts.size(); first += columns)
        list.append(columns == 1 ? charts.at(first)
                                 : ReportBlock::besides(charts.mid(first, columns), columnWidth, gap));
    return list;
}

} // namespace lotse
