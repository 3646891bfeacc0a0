#include "common/markdownview.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QtMath>

namespace lotse {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // It sits on a card: the card's base colour shows through.
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(0);
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    setMarkdown(markdown);
    fitHeight();
}

void MarkdownView::fitHeight()
{
    const int width = viewport()->width();
    if (width <= 0)
        return;
    document()->setTextWidth(width);
    const int height = qCeil(document()->size().height()) + frameWidth() * 2;
    if (height != this->height())
        setFixedHeight(height);
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // The height follows the width only: no loop, as the width never depends on it.
    fitHeight();
}

void MarkdownView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

} // namespace lotse
