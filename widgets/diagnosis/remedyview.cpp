#include "diagnosis/remedyview.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>

namespace lotse {

namespace {

/// Longer commands scroll inside their block rather than stretch the page.
constexpr int kMaximumCommandLines = 14;
/// How long the button says "Copied" before it offers to copy again.
constexpr int kCopiedFeedbackMs = 1500;

} // namespace

RemedyView::RemedyView(QString title, QString command, QWidget *parent)
    : CardFrame(parent)
    , m_commandText(std::move(command))
    , m_title(new QLabel)
    , m_command(new QPlainTextEdit)
    , m_copy(new QPushButton)
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    setTitle(title);

    m_command->setReadOnly(true);
    m_command->setPlainText(m_commandText);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_command->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // A code block: a shade off the card so it reads as something to copy.
    QPalette code = m_command->palette();
    code.setColor(QPalette::Base, palette().color(QPalette::AlternateBase));
    m_command->setPalette(code);

    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAutoDefault(false);
    m_copiedFeedback.setSingleShot(true);
    m_copiedFeedback.setInterval(kCopiedFeedbackMs);
    connect(&m_copiedFeedback, &QTimer::timeout, this, &RemedyView::retranslate);
    connect(m_copy, &QPushButton::clicked, this, &RemedyView::copy);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(cardMargins());
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_copy, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_command, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    fitCommandHeight();
    retranslate();
}

void RemedyView::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void RemedyView::copy()
{
    QGuiApplication::clipboard()->setText(m_commandText);
    m_copy->setText(tr("Copied"));
    m_copiedFeedback.start();
}

void RemedyView::fitCommandHeight()
{
    const int total = int(m_commandText.count(QLatin1Char('\n'))) + 1;
    const int lines = std::min(total, kMaximumCommandLines);
    const QFontMetrics metrics(m_command->font());
    // Room for the horizontal scroll bar only when a line is wider than the block.
    int widest = 0;
    for (const QString &line : m_commandText.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const bool scrolls = widest + metrics.averageCharWidth() > m_command->viewport()->width();
    const int scrollBar = scrolls ? m_command->horizontalScrollBar()->sizeHint().height() : 0;
    // Half a line of slack: the block must not scroll for the last line's descent.
    m_command->setVerticalScrollBarPolicy(total <= kMaximumCommandLines ? Qt::ScrollBarAlwaysOff
                                                                        : Qt::ScrollBarAsNeeded);
    m_command->setFixedHeight(metrics.lineSpacing() * lines + metrics.lineSpacing() / 2
                              + int(m_command->document()->documentMargin() * 2) + m_command->frameWidth() * 2
                              + scrollBar);
}

void RemedyView::retranslate()
{
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the command to the clipboard. Lotse never runs it."));
}

void RemedyView::resizeEvent(QResizeEvent *event)
{
    CardFrame::resizeEvent(event);
    fitCommandHeight();
}

void RemedyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        fitCommandHeight();
    CardFrame::changeEvent(event);
}

} // namespace lotse
