#pragma once

#include "core/thresholds.h"
#include "layout/reportblock.h"
#include "layout/reporttext.h"
#include "style/reportstyle.h"

#include <QCoreApplication>

namespace lotse {

/// A section of a checklist as a table: each item with a box, ticked or not,
/// when the engineer ticks it by hand, or its live state in words and colour
/// when checks decide it; below the item's text its note, or what its checks
/// read. A section that fits on a page is never cut, so no row stands on a
/// page without its section's heading.
class ChecklistTable final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ChecklistTable)

public:
    struct Row
    {
        QString text; ///< the item in the report's language
        bool manual = false;
        bool ticked = false;
        State state = State::Unknown; ///< a live item's state
        QString detail;               ///< the note, or what the checks read
    };

    ChecklistTable(const ReportStyle &style, const ReportText &text)
        : m_style(&style)
        , m_text(text)
    {
    }

    /// The rows as one block @p width wide; cut between rows only when taller than @p pageHeight.
    ReportBlock block(const QList<Row> &rows, qreal width, qreal pageHeight) const;

private:
    struct Cells;

    Cells cells(const Row &row, qreal markWidth, qreal textWidth) const;
    QString text(const char *source) const { return m_text.translate("lotse::ChecklistTable", source); }

    const ReportStyle *m_style;
    ReportText m_text;
};

} // namespace lotse
