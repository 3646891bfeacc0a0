#include "common/choicedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotse {

namespace {

constexpr int kWidthChars = 72;
constexpr int kListLines = 10;
constexpr int kDetailLines = 4;

} // namespace

ChoiceDialog::ChoiceDialog(QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel)
    , m_list(new QListWidget)
    , m_empty(new QLabel)
    , m_detail(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_accept(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    for (QLabel *label : {m_prompt, m_empty, m_detail}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    const QFontMetrics metrics = fontMetrics();
    m_list->setMinimumHeight(metrics.lineSpacing() * kListLines);
    m_list->setUniformItemSizes(true);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setMinimumHeight(metrics.lineSpacing() * kDetailLines);
    QPalette muted = m_detail->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_detail->setPalette(muted);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_buttons);
    setMinimumWidth(metrics.averageCharWidth() * kWidthChars);

    connect(m_list, &QListWidget::currentRowChanged, this, &ChoiceDialog::showDetail);
    connect(m_list, &QListWidget::itemActivated, this, &ChoiceDialog::choose);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChoiceDialog::choose);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChoiceDialog::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
    m_prompt->setVisible(!prompt.isEmpty());
}

void ChoiceDialog::setEntries(const QList<ChoiceEntry> &entries, const QString &current)
{
    m_entries = entries;
    m_list->clear();
    int selected = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const ChoiceEntry &entry = m_entries.at(row);
        auto *item = new QListWidgetItem(entry.text, m_list);
        item->setToolTip(entry.detail);
        if (!entry.enabled)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        if (entry.enabled && (entry.id == current || selected < 0))
            selected = row;
    }
    m_list->setCurrentRow(selected);
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    showDetail();
}

void ChoiceDialog::setAcceptText(const QString &text)
{
    m_accept->setText(text);
}

void ChoiceDialog::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QString ChoiceDialog::currentId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() && m_entries.at(row).enabled ? m_entries.at(row).id : QString();
}

void ChoiceDialog::showDetail()
{
    const int row = m_list->currentRow();
    m_detail->setText(row >= 0 && row < m_entries.size() ? m_entries.at(row).detail : QString());
    m_accept->setEnabled(!currentId().isEmpty());
}

void ChoiceDialog::choose()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    accept();
    Q_EMIT chosen(id);
}

} // namespace lotse
