#include "dashboard/sectionheader.h"

#include <QEvent>
#include <QKeyEvent>

namespace lotse {

SectionHeader::SectionHeader(bool collapsed, QWidget *parent)
    : QToolButton(parent)
    , m_collapsed(collapsed)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(font().pointSizeF() * 1.15);
    setFont(heading);
    connect(this, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    setArrowType(m_collapsed ? Qt::RightArrow : Qt::DownArrow);
    retranslate();
}

void SectionHeader::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    retranslate();
    Q_EMIT collapsedChanged(collapsed);
}

void SectionHeader::setTitle(const QString &title)
{
    setText(title);
    setAccessibleName(title);
}

void SectionHeader::keyPressEvent(QKeyEvent *event)
{
    // A tool button answers Space only; a heading one folds is expected to answer Enter too.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QToolButton::keyPressEvent(event);
}

void SectionHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void SectionHeader::retranslate()
{
    const QString tip = m_collapsed ? tr("Expand this section: its panels are read then")
                                    : tr("Collapse this section: its panels are no longer read");
    setToolTip(tip);
    setAccessibleDescription(tip);
}

} // namespace lotse
