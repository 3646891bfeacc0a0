#include "diagnosis/branchchooser.h"

#include "style/statepalette.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lotse {

BranchChooser::BranchChooser(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QGridLayout)
    , m_group(new QButtonGroup(this))
    , m_overrule(new QPushButton)
    , m_apply(new QPushButton)
    , m_cancel(new QPushButton)
{
    const QFontMetrics metrics = fontMetrics();
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setHorizontalSpacing(metrics.averageCharWidth() * 2);
    m_rows->setVerticalSpacing(metrics.height() / 6);
    m_rows->setColumnStretch(0, 1);

    for (QPushButton *button : {m_overrule, m_apply, m_cancel})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_overrule);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(metrics.height() / 2);
    layout->addLayout(m_rows);
    layout->addLayout(buttons);

    connect(m_overrule, &QPushButton::clicked, this, [this] { setEditing(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { setEditing(false); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QList<int> branches = chosen();
        setEditing(false);
        Q_EMIT applied(branches);
    });
    retranslate();
    updateButtons();
}

void BranchChooser::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    m_details.clear();
}

void BranchChooser::setOptions(const QList<BranchOption> &options, bool exclusive)
{
    clearRows();
    m_options = options;
    m_exclusive = exclusive;
    m_group->setExclusive(exclusive);
    for (int index = 0; index < m_options.size(); ++index)
        addRow(index, m_options.at(index));
    showTaken();
}

void BranchChooser::addRow(int index, const BranchOption &option)
{
    QAbstractButton *button = m_exclusive ? static_cast<QAbstractButton *>(new QRadioButton(option.title))
                                          : static_cast<QAbstractButton *>(new QCheckBox(option.title));
    button->setObjectName(QStringLiteral("branch_%1").arg(index));
    m_group->addButton(button, index);
    connect(button, &QAbstractButton::toggled, this, &BranchChooser::updateButtons);
    // What the checks say and why, under the button's text: the panel is
    // narrow, and a status beside the title would crowd long (German) titles.
    auto *detail = new QLabel;
    detail->setTextFormat(Qt::RichText);
    detail->setWordWrap(true);
    const int indent
        = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    detail->setContentsMargins(indent, 0, 0, fontMetrics().height() / 4);
    m_rows->addWidget(button, index * 2, 0);
    m_rows->addWidget(detail, index * 2 + 1, 0);
    m_buttons.append(button);
    m_details.append(detail);
    describe(detail, option);
}

void BranchChooser::describe(QLabel *label, const BranchOption &option) const
{
    QString status;
    QColor color = palette().color(QPalette::PlaceholderText);
    if (option.manualOnly) {
        status = tr("by hand only");
    } else if (!option.holds) {
        status = tr("cannot be decided");
        color = StatePalette::textColor(State::Warning, palette());
    } else if (*option.holds) {
        status = tr("holds");
        color = StatePalette::neutral(palette());
    } else {
        status = tr("does not hold");
    }
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QString text = QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                       .arg(color.name(), status.toHtmlEscaped());
    if (!option.detail.isEmpty())
        text
            += QStringLiteral("<span style=\"color:%1\"> · %2</span>").arg(muted.name(), option.detail.toHtmlEscaped());
    label->setText(text);
}

void BranchChooser::setTaken(const QList<int> &taken)
{
    m_taken = taken;
    std::sort(m_taken.begin(), m_taken.end());
    if (!m_editing)
        showTaken();
}

void BranchChooser::showTaken()
{
    // An exclusive group cannot be emptied button by button.
    m_group->setExclusive(false);
    for (int index = 0; index < m_buttons.size(); ++index) {
        m_buttons.at(index)->setChecked(m_taken.contains(index));
        QFont font = m_buttons.at(index)->font();
        font.setBold(m_taken.contains(index));
        m_buttons.at(index)->setFont(font);
    }
    m_group->setExclusive(m_exclusive);
    updateButtons();
}

void BranchChooser::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable)
        setEditing(false);
    updateButtons();
}

void BranchChooser::setEditing(bool editing)
{
    editing = editing && m_editable;
    if (m_editing == editing && !editing) {
        updateButtons();
        return;
    }
    m_editing = editing;
    if (!editing)
        showTaken();
    updateButtons();
}

QList<int> BranchChooser::chosen() const
{
    QList<int> branches;
    for (int index = 0; index < m_buttons.size(); ++index) {
        if (m_buttons.at(index)->isChecked())
            branches.append(index);
    }
    return branches;
}

void BranchChooser::choose(int branch, bool on)
{
    if (!m_editing || branch < 0 || branch >= m_buttons.size())
        return;
    m_buttons.at(branch)->setChecked(on);
}

QAbstractButton *BranchChooser::optionButton(int branch) const
{
    return m_buttons.value(branch);
}

void BranchChooser::updateButtons()
{
    for (QAbstractButton *button : std::as_const(m_buttons)) {
        // Outside editing the ticks show the walk: crisp, but not clickable.
        button->setAttribute(Qt::WA_TransparentForMouseEvents, !m_editing);
        button->setFocusPolicy(m_editing ? Qt::StrongFocus : Qt::NoFocus);
    }
    m_overrule->setVisible(m_editable && !m_editing && !m_buttons.isEmpty());
    m_apply->setVisible(m_editing);
    m_cancel->setVisible(m_editing);
    m_apply->setEnabled(m_editing && chosen() != m_taken);
}

void BranchChooser::retranslate()
{
    m_overrule->setText(tr("Overrule…"));
    m_overrule->setToolTip(tr("Choose the way to go by hand; the choice is recorded as manual"));
    m_apply->setText(tr("Use this choice"));
    m_cancel->setText(tr("Cancel"));
    for (int index = 0; index < m_details.size(); ++index)
        describe(m_details.at(index), m_options.at(index));
}

void BranchChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lotse
