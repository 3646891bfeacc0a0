#pragma once

#include "dashboard/dashboard.h"
#include "core/error.h"
#include "painters/kpicardpainter.h"
#include "painters/reportchartpainter.h"
#include "layout/reportoptions.h"
#include "sources/sourceinfo.h"

#include <QCoreApplication>

#include <expected>
#include <memory>

class QIODevice;

namespace lotse {

class DashboardSession;
class ReportDocument;

/// A dashboard as a PDF for an incident review: a title block (the dashboard,
/// its window in local time and UTC, the instant, every source with its
/// server's version, when and from what it was exported), the KPI cards in
/// their state colours, then every chart as vectors, on as many pages as they
/// need, no card row or chart cut across a page. Each section follows under
/// its title, its cards then its charts; one folded on screen
/// (ReportOptions::collapsedSections) only under its title and a note, since
/// its panels were not read.
///
/// What the session shows is copied when the DashboardPdf is made; painting
/// later, a page at a time, prints that moment even if the session refreshes:
///
///     QSaveFile file(path);  file.open(QIODevice::WriteOnly);
///     auto document = DashboardPdf(*session, versions->sources(), options).begin(&file);
///     progress.setMaximum(document->pageCount());
///     // on each timer tick: document->paintNextPage(); then, when finished, file.commit()
class DashboardPdf final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DashboardPdf)

public:
    DashboardPdf(const DashboardSession &session, QList<SourceInfo> sources, ReportOptions options);

    /// The report laid out on @p out, ready to be painted page by page.
    std::unique_ptr<ReportDocument> begin(QIODevice *out) const;
    /// All pages at once, for the command line.
    std::expected<void, Error> write(QIODevice *out) const;

private:
    QList<ReportBlock> titleBlocks(const ReportDocument &document) const;
    /// The panels above every section, under the headings "Key figures" and "Charts".
    QList<ReportBlock> topBlocks(const ReportDocument &document) const;
    QList<ReportBlock> sectionBlocks(const ReportDocument &document, int section) const;
    /// The card rows and chart rows of section @p section; -1: above every section.
    QList<ReportBlock> cardBlocks(const ReportDocument &document, int section) const;
    QList<ReportBlock> chartBlocks(const ReportDocument &document, int section) const;
    QString exportLine(const ReportText &text) const;
    QString text(const ReportText &words, const char *source) const
    {
        return words.translate("lotse::DashboardPdf", source);
    }

    Dashboard m_dashboard;
    TimeWindow m_window;
    QList<ReportKpi> m_kpis;
    QList<ReportChart> m_charts;
    QList<int> m_kpiSections; ///< the section of each of m_kpis
    QList<int> m_chartSections;
    QList<SourceInfo> m_sources;
    ReportOptions m_options;
};

} // namespace lotse
