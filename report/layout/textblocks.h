#pragma once

#include "layout/reportblock.h"
#include "style/reportstyle.h"

#include <QString>

#include <utility>

namespace lotse {

/// The text pieces of a report as ReportBlocks: paragraphs, facts (a label
/// column beside a value column), Markdown (a runbook's advice) and code (a
/// remedy to copy). Long ones may be cut between lines across pages.
class TextBlocks final
{
public:
    using Fact = std::pair<QString, QString>;

    explicit TextBlocks(const ReportStyle &style, qreal width);

    ReportBlock paragraph(const QString &text, ReportStyle::Font font, const QColor &color = ReportStyle::ink(),
                          qreal indent = 0) const;
    /// A heading: kept on the page of what follows it.
    ReportBlock heading(const QString &text, ReportStyle::Font font = ReportStyle::Font::Heading) const;
    ReportBlock facts(const QList<Fact> &facts) const;
    ReportBlock markdown(const QString &markdown, qreal indent = 0) const;
    /// Monospace text on a tinted panel, as a command is shown to copy.
    ReportBlock code(const QString &text, qreal indent = 0) const;
    /// A thin rule across the width.
    ReportBlock rule() const;

private:
    const ReportStyle &m_style;
    qreal m_width;
};

} // namespace lotse
