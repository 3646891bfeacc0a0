#pragma once

#include "core/error.h"
#include "layout/reportblock.h"
#include "layout/reportoptions.h"
#include "style/reportstyle.h"
#include "layout/reporttext.h"

#include <QList>

#include <expected>
#include <memory>

class QIODevice;
class QPainter;
class QPdfWriter;

namespace lotse {

/// A PDF report being written: blocks flow onto pages of the chosen size and
/// orientation (a block is never cut unless it has break points), each page
/// gets a footer with the report's title and "Page 2 of 3". Painting goes a
/// page at a time, so the GUI can show progress and stay responsive between
/// pages; paintAll() does it in one go for the command line.
///
/// The document writes to a device its caller owns (a QSaveFile, committed
/// once finish() succeeded, or a QBuffer): a widget paints, it opens no files.
class ReportDocument final
{
public:
    ReportDocument(QIODevice *out, const ReportOptions &options, const QString &title);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const ReportOptions &options() const { return m_options; }
    const ReportStyle &style() const { return *m_style; }
    const ReportText &text() const { return m_text; }
    /// Width and height of the area blocks flow in, in device units.
    qreal width() const;
    qreal bodyHeight() const;

    /// Appends @p block; blocks are laid out when pageCount() is first asked.
    void add(ReportBlock block);
    void add(const QList<ReportBlock> &blocks);

    int pageCount();
    int pagesPainted() const { return m_painted; }
    bool isFinished() const { return m_finished; }
    /// Paints the next page; true while pages remain. The last page ends the document.
    std::expected<bool, Error> paintNextPage();
    /// Paints every page that is left.
    std::expected<void, Error> paintAll();

private:
    /// A block, or the slice of one, on a page.
    struct Placement
    {
        int block = 0;
        qreal y = 0;    ///< top on the page body
        qreal from = 0; ///< the slice in block coordinates
        qreal to = 0;
    };

    void layOut();
    void place(int index, qreal &y);
    qreal firstSlice(int index) const;
    void paintPage(const QList<Placement> &page);
    void paintFooter();
    Error failure() const;

    ReportOptions m_options;
    QString m_title;
    ReportText m_text;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<ReportStyle> m_style;
    std::unique_ptr<QPainter> m_painter;
    QList<ReportBlock> m_blocks;
    QList<QList<Placement>> m_pages;
    bool m_laidOut = false;
    int m_painted = 0;
    bool m_finished = false;
};

} // namespace lotse
