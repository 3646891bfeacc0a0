#include "dashboard/comparepicker.h"

#include "dashboard/compareperiod.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace lotse {

ComparePicker::ComparePicker(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_choices(new QComboBox)
{
    for (const qint64 seconds : ComparePeriod::choices())
        m_choices->addItem(QString(), seconds);
    m_choices->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_choices);
    connect(m_choices, &QComboBox::activated, this,
            [this](int index) { Q_EMIT periodChosen(m_choices->itemData(index).toLongLong()); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth() / 2);
    layout->addWidget(m_label);
    layout->addWidget(m_choices);
    retranslate();
}

void ComparePicker::setPeriod(qint64 seconds)
{
    const int index = m_choices->findData(seconds);
    m_choices->setCurrentIndex(std::max(0, index));
}

qint64 ComparePicker::period() const
{
    return m_choices->currentData().toLongLong();
}

void ComparePicker::retranslate()
{
    m_label->setText(tr("Compare:"));
    m_choices->setToolTip(tr("Overlay every chart with the same queries one day or one week earlier, dashed"));
    for (int index = 0; index < m_choices->count(); ++index)
        m_choices->setItemText(index, ComparePeriod::text(m_choices->itemData(index).toLongLong()));
}

void ComparePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lotse
