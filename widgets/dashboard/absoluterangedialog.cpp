#include "dashboard/absoluterangedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotse {

namespace {

QDateTimeEdit *dateTimeEdit(const QDateTime &value)
{
    auto *edit = new QDateTimeEdit(value.toLocalTime());
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    // ISO order reads the same in German and English and sorts as it reads.
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return edit;
}

} // namespace

AbsoluteRangeDialog::AbsoluteRangeDialog(const QDateTime &from, const QDateTime &to, QWidget *parent)
    : QDialog(parent)
    , m_from(dateTimeEdit(from))
    , m_to(dateTimeEdit(to))
    , m_fromLabel(new QLabel)
    , m_toLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AbsoluteRangeDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AbsoluteRangeDialog::validate);
    retranslate();
    validate();
}

QDateTime AbsoluteRangeDialog::from() const
{
    return m_from->dateTime();
}

QDateTime AbsoluteRangeDialog::to() const
{
    return m_to->dateTime();
}

void AbsoluteRangeDialog::validate()
{
    const bool ordered = m_from->dateTime() < m_to->dateTime();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ordered);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(ordered ? QString() : tr("\"To\" must lie after \"From\"."));
}

void AbsoluteRangeDialog::retranslate()
{
    setWindowTitle(tr("Absolute time range"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    validate();
}

void AbsoluteRangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lotse
