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

/// The entries of @p all whose section (in @p sections) is @p section.
template<typename T> QList<T> inSection(const QList<T> &all, const QList<int> &sections, int section)
{
    QList<T> found;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (sections.value(i) == section)
            found.append(all.at(i));
    }
    return found;
}

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
        m_kpiSections.append(spec.section);
    }
    for (int index = 0; index < session.chartCount(); ++index) {
        const ChartSpec &spec = m_dashboard.charts.at(index);
        ChartData data = session.chart(index);
        data.window = m_window;
        m_charts.append({spec.title.text(m_options.language), spec.unit, spec.thresholds, std::move(data)});
        m_chartSections.append(spec.section);
    }
}

std::unique_ptr<ReportDocument> DashboardPdf::begin(QIODevice *out) const
{
    const QString title = m_dashboard.title.text(m_options.language);
    auto document = std::make_unique<ReportDocument>(out, m_options, title);
    document->add(titleBlocks(*document));
    document->add(topBlocks(*document));
    for (int section = 0; section < m_dashboard.sections.size(); ++section)
        document->add(sectionBlocks(*document, section));
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

QList<ReportBlock> DashboardPdf::topBlocks(const ReportDocument &document) const
{
    const TextBlocks blocks(document.style(), document.width());
    QList<ReportBlock> list;
    if (const QList<ReportBlock> cards = cardBlocks(document, -1); !cards.isEmpty())
        list << blocks.heading(text(document.text(), QT_TR_NOOP("Key figures"))) << cards;
    if (const QList<ReportBlock> charts = chartBlocks(document, -1); !charts.isEmpty())
        list << blocks.heading(text(document.text(), QT_TR_NOOP("Charts"))) << charts;
    return list;
}

QList<ReportBlock> DashboardPdf::sectionBlocks(const ReportDocument &document, int section) const
{
    const TextBlocks blocks(document.style(), document.width());
    QList<ReportBlock> list{blocks.heading(m_dashboard.sections.at(section).title.text(m_options.language))};
    if (m_options.collapsedSections.contains(section)) {
        list.append(
            blocks.paragraph(text(document.text(), QT_TR_NOOP("Collapsed on screen: its panels were not read.")),
                             ReportStyle::Font::Body, ReportStyle::muted()));
        return list;
    }
    return list + cardBlocks(document, section) + chartBlocks(document, section);
}

QList<ReportBlock> DashboardPdf::cardBlocks(const ReportDocument &document, int section) const
{
    const QList<ReportKpi> kpis = inSection(m_kpis, m_kpiSections, section);
    if (kpis.isEmpty())
        return {};
    QList<ReportBlock> list;
    const int columns = std::clamp(int(document.width() / document.style().mm(kCardMm)), 2, 5);
    const KpiCardPainter cards(document.style(), document.text());
    for (qsizetype first = 0; first < kpis.size(); first += columns)
        list.append(cards.row(kpis.mid(first, columns), columns, document.width()));
    return list;
}

QList<ReportBlock> DashboardPdf::chartBlocks(const ReportDocument &document, int section) const
{
    const QList<ReportChart> charts = inSection(m_charts, m_chartSections, section);
    if (charts.isEmpty())
        return {};
    const ReportStyle &style = document.style();
    QList<ReportBlock> list;
    // Three rows of charts to a page, portrait or landscape.
    const qreal plotHeight = std::clamp(document.bodyHeight() * 0.17, style.mm(38), style.mm(50));
    const int columns = std::max(1, int(document.width() / style.mm(kChartMm)));
    const qreal gap = style.pt(14);
    const qreal columnWidth = (document.width() - gap * (columns - 1)) / columns;
    const ReportChartPainter painter(style, document.text());
    QList<ReportBlock> painted;
    for (const ReportChart &chart : charts)
        painted.append(painter.block(chart, columnWidth, plotHeight));
    for (qsizetype first = 0; first < painted.size(); first += columns)
        list.append(columns == 1 ? painted.at(first)
                                 : ReportBlock::besides(painted.mid(first, columns), columnWidth, gap));
    return list;
}

} // namespace lotse
