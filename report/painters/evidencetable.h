#pragma once

#include "diagnosis/diagnosissession.h"
#include "layout/reportblock.h"
#include "style/reportstyle.h"
#include "layout/reporttext.h"

#include <QCoreApplication>

namespace lotse {

/// The evidence of a diagnosis step as a table: each check with its value in
/// the report's locale, its bands, its state in words and colour, and below it
/// the query that was read (or why it could not be). A long table may break
/// between rows across pages.
class EvidenceTable final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::EvidenceTable)

public:
    struct Row
    {
        QString title; ///< the check's title in the report's language
        Reading reading;
    };

    EvidenceTable(const ReportStyle &style, const ReportText &text);

    ReportBlock block(const QList<Row> &rows, qreal width) const;

private:
    struct Cells;

    Cells cells(const Row &row, const QList<qreal> &columns) const;
    QString text(const char *source) const { return m_text.translate("lotse::EvidenceTable", source); }

    const ReportStyle *m_style;
    ReportText m_text;
};

} // namespace lotse
