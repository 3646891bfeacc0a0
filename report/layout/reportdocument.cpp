#include "layout/reportdocument.h"

#include "layout/wrappedtext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace lotse {

namespace {

/// Printers print close to the edge, reviewers punch holes: 15 mm all round.
constexpr qreal kMarginMm = 15;
/// The footer's band at the foot of the page body.
constexpr qreal kFooterMm = 8;
constexpr int kResolution = 600;

} // namespace

ReportDocument::ReportDocument(QIODevice *out, const ReportOptions &options, const QString &title)
    : m_options(options)
    , m_title(title)
    , m_text(options.language)
    , m_writer(std::make_unique<QPdfWriter>(out))
{
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation,
                                        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                        QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Lotse %1").arg(QCoreApplication::applicationVersion()));
    m_style = std::make_unique<ReportStyle>(m_writer.get());
}

ReportDocument::~ReportDocument()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

qreal ReportDocument::width() const
{
    return m_writer->width();
}

qreal ReportDocument::bodyHeight() const
{
    return m_writer->height() - m_style->mm(kFooterMm);
}

void ReportDocument::add(ReportBlock block)
{
    m_blocks.append(std::move(block));
    m_laidOut = false;
}

void ReportDocument::add(const QList<ReportBlock> &blocks)
{
    for (const ReportBlock &block : blocks)
        add(block);
}

int ReportDocument::pageCount()
{
    if (!m_laidOut)
        layOut();
    return int(m_pages.size());
}

qreal ReportDocument::firstSlice(int index) const
{
    const ReportBlock &block = m_blocks.at(index);
    return block.breaks.isEmpty() ? block.height : block.breaks.first();
}

void ReportDocument::layOut()
{
    m_pages = {{}};
    qreal y = 0;
    for (int index = 0; index < m_blocks.size(); ++index)
        place(index, y);
    m_laidOut = true;
}

void ReportDocument::place(int index, qreal &y)
{
    const ReportBlock &block = m_blocks.at(index);
    const qreal body = bodyHeight();
    // What must fit below the cursor: the block's first slice, and for a
    // heading also the start of what it heads.
    qreal needed = firstSlice(index);
    if (block.keepWithNext && index + 1 < m_blocks.size())
        needed = block.height + block.gapAfter + firstSlice(index + 1);
    const auto newPage = [this, &y] {
        m_pages.append(QList<Placement>());
        y = 0;
    };
    if (y > 0 && needed > body - y)
        newPage();
    qreal from = 0;
    while (block.height - from > body - y) {
        const qreal limit = from + body - y;
        qreal cut = from;
        for (qreal candidate : block.breaks) {
            if (candidate > from && candidate <= limit)
                cut = candidate;
        }
        if (cut <= from && y > 0) {
            newPage();
            continue;
        }
        if (cut <= from)
            cut = limit; // taller than a page and unbreakable: the page clips it
        m_pages.last().append({index, y, from, cut});
        newPage();
        from = cut;
    }
    m_pages.last().append({index, y, from, block.height});
    y += block.height - from + block.gapAfter;
}

std::expected<bool, Error> ReportDocument::paintNextPage()
{
    if (m_finished)
        return false;
    const int count = pageCount();
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_writer.get()))
            return std::unexpected(failure());
        m_painter->setRenderHint(QPainter::Antialiasing);
    } else if (!m_writer->newPage()) {
        return std::unexpected(failure());
    }
    paintPage(m_pages.at(m_painted));
    ++m_painted;
    if (m_painted < count)
        return true;
    m_finished = true;
    if (!m_painter->end())
        return std::unexpected(failure());
    return false;
}

std::expected<void, Error> ReportDocument::paintAll()
{
    for (;;) {
        const auto more = paintNextPage();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            return {};
    }
}

void ReportDocument::paintPage(const QList<Placement> &page)
{
    QPainter &painter = *m_painter;
    for (const Placement &placement : page) {
        const ReportBlock &block = m_blocks.at(placement.block);
        painter.save();
        // Slices are cut between lines; the clip only guards against a block
        // that paints a hair beyond its own height.
        const qreal bleed = m_style->pt(2);
        const qreal above = placement.from > 0 ? 0 : bleed;
        const qreal below = placement.to < block.height ? 0 : bleed;
        painter.setClipRect(
            QRectF(-bleed, placement.y - above, width() + 2 * bleed, placement.to - placement.from + above + below));
        block.paint(painter, QPointF(0, placement.y - placement.from), placement.from, placement.to);
        painter.restore();
    }
    paintFooter();
}

void ReportDocument::paintFooter()
{
    QPainter &painter = *m_painter;
    const qreal top = m_writer->height() - m_style->mm(kFooterMm) + m_style->mm(3);
    painter.fillRect(QRectF(0, top, width(), m_style->pt(0.5)), ReportStyle::rule());
    const QFont font = m_style->font(ReportStyle::Font::Small);
    const WrappedText page(m_text.pageOf(m_painted + 1, int(m_pages.size())), font, width(), m_writer.get(),
                           Qt::AlignRight);
    const WrappedText title(m_title, font, width() - page.naturalWidth() - m_style->pt(12), m_writer.get());
    const qreal baseline = top + m_style->pt(3);
    title.draw(painter, QPointF(0, baseline), ReportStyle::muted(), 0, title.lineBottoms().value(0));
    page.draw(painter, QPointF(0, baseline), ReportStyle::muted());
}

Error ReportDocument::failure() const
{
    return Error{Error::Kind::Invalid,
                 m_text.translate("lotse::ReportDocument",
                                  QT_TRANSLATE_NOOP("lotse::ReportDocument", "The PDF cannot be written."))};
}

} // namespace lotse
