#include "databases/databasenotice.h"

#include "style/statepalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace lotse {

DatabaseNotice::DatabaseNotice(QWidget *parent)
    : CardFrame(parent)
    , m_text(new QLabel)
{
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(cardMargins());
    layout->addWidget(m_text);
    setState(m_state);
}

void DatabaseNotice::setState(State state)
{
    m_state = state;
    setAccent(StatePalette::color(state, palette()));
}

void DatabaseNotice::setText(const QString &text)
{
    m_text->setText(text);
}

QString DatabaseNotice::text() const
{
    return m_text->text();
}

void DatabaseNotice::changeEvent(QEvent *event)
{
    // A dark palette takes the lighter tones.
    if (event->type() == QEvent::PaletteChange)
        setAccent(StatePalette::color(m_state, palette()));
    CardFrame::changeEvent(event);
}

} // namespace lotse
