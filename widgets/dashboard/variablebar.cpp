#include "dashboard/variablebar.h"

#include "variables/variablevalues.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>

namespace lotse {

namespace {

/// How wide a picker grows before its text is cut, in characters.
constexpr int kPickerChars = 28;
/// How narrow a picker may be, in characters.
constexpr int kPickerMinChars = 12;

QString optionText(const QString &option)
{
    return option == VariableValues::allValue() ? VariableBar::tr("All") : option;
}

/// The options, and after them any chosen value none of them is (one typed in).
QStringList offered(const VariableBar::Choice &choice)
{
    QStringList options = choice.options;
    for (const QString &value : choice.chosen) {
        if (!options.contains(value))
            options.append(value);
    }
    return options;
}

/// A menu whose ticks do not close it: several values are picked in one go.
class TickMenu final : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (QAction *action = activeAction(); action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool tick = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return;
        if (QAction *action = activeAction(); tick && action && action->isCheckable()) {
            action->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

} // namespace

VariableBar::VariableBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("variableBar"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
}

void VariableBar::clear()
{
    while (m_layout->count() > 1) {
        // A picker may be the one whose signal led here: it goes once that returns.
        QLayoutItem *item = m_layout->takeAt(0);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_pickers.clear();
}

void VariableBar::setChoices(const QList<Choice> &choices)
{
    clear();
    m_choices = choices;
    int at = 0;
    for (const Choice &choice : choices) {
        if (choice.spec.kind == VariableSpec::Kind::Constant)
            continue;
        auto *label = new QLabel(choice.spec.name);
        QWidget *picker = choice.spec.multi ? multiPicker(choice) : singlePicker(choice);
        picker->setObjectName(choice.spec.name);
        picker->setToolTip(choice.problem.isEmpty() ? tr("Values of $%1").arg(choice.spec.name) : choice.problem);
        label->setBuddy(picker);
        m_layout->insertWidget(at++, label);
        if (!choice.problem.isEmpty()) {
            auto *warning = new QLabel;
            warning->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(16, 16));
            warning->setToolTip(choice.problem);
            m_layout->insertWidget(at++, warning);
        }
        m_layout->insertWidget(at++, picker);
        m_layout->insertSpacing(at++, 8);
        m_pickers.append(picker);
    }
}

QWidget *VariableBar::picker(const QString &name) const
{
    for (QWidget *picker : m_pickers) {
        if (picker->objectName() == name)
            return picker;
    }
    return nullptr;
}

void VariableBar::setReading(bool reading)
{
    for (QWidget *picker : std::as_const(m_pickers))
        picker->setEnabled(!reading);
}

QWidget *VariableBar::singlePicker(const Choice &choice)
{
    auto *box = new QComboBox;
    // A value typed in is taken as it is: the user may know a system the window does not see.
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::InsertAtBottom);
    box->setMinimumContentsLength(kPickerMinChars);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const QString &option : offered(choice))
        box->addItem(optionText(option), option);
    box->setCurrentIndex(choice.chosen.isEmpty() ? -1 : box->findData(choice.chosen.first()));
    const QString name = choice.spec.name;
    connect(box, &QComboBox::activated, this, [this, box, name](int index) {
        const QVariant data = box->itemData(index);
        Q_EMIT chosen(name, {data.isValid() ? data.toString() : box->itemText(index)});
    });
    return box;
}

QWidget *VariableBar::multiPicker(const Choice &choice)
{
    // A push button draws its menu's arrow beside the text, where a tool button would cover it.
    auto *button = new QPushButton;
    button->setMinimumWidth(button->fontMetrics().averageCharWidth() * kPickerMinChars);
    auto *menu = new TickMenu(button);
    for (const QString &option : offered(choice)) {
        QAction *action = menu->addAction(optionText(option));
        action->setData(option);
        action->setCheckable(true);
        action->setChecked(choice.chosen.contains(option));
    }
    const auto ticked = [menu] {
        QStringList values;
        for (QAction *action : menu->actions()) {
            if (action->isChecked())
                values.append(action->data().toString());
        }
        return values;
    };
    const auto caption = [button](const QStringList &values) {
        QStringList texts;
        for (const QString &value : values)
            texts.append(optionText(value));
        const QString text = texts.join(QStringLiteral(" + "));
        button->setText(button->fontMetrics().elidedText(text, Qt::ElideRight,
                                                         button->fontMetrics().averageCharWidth() * kPickerChars));
    };
    caption(choice.chosen);
    // "All" and single values exclude each other, as in Grafana.
    connect(menu, &QMenu::triggered, this, [menu](QAction *action) {
        const bool all = action->data().toString() == VariableValues::allValue();
        for (QAction *other : menu->actions()) {
            if (other != action && action->isChecked()
                && (all || other->data().toString() == VariableValues::allValue()))
                other->setChecked(false);
        }
    });
    const QString name = choice.spec.name;
    const QStringList before = choice.chosen;
    connect(menu, &QMenu::aboutToHide, this, [this, name, before, ticked, caption] {
        const QStringList values = ticked();
        caption(values);
        if (!values.isEmpty() && values != before)
            Q_EMIT chosen(name, values);
    });
    button->setMenu(menu);
    return button;
}

void VariableBar::changeEvent(QEvent *event)
{
    // "All" is written in the interface language.
    if (event->type() == QEvent::LanguageChange)
        setChoices(m_choices);
    QWidget::changeEvent(event);
}

} // namespace lotse
