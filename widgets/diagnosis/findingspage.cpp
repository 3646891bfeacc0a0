#include "diagnosis/findingspage.h"

#include "common/scaledfont.h"
#include "common/badge.h"
#include "common/cardframe.h"
#include "diagnosis/diagnosisreport.h"
#include "diagnosis/diagnosissession.h"
#include "dashboard/kpidetailsdialog.h"
#include "core/localization.h"
#include "style/statepalette.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lotse {

namespace {

constexpr int kNotesLines = 5;
/// The evidence tables' first column, in average characters.
constexpr int kCheckColumnChars = 40;

QLabel *plainLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void mute(QWidget *widget)
{
    QPalette muted = widget->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    widget->setPalette(muted);
}

} // namespace

FindingsPage::FindingsPage(DiagnosisSession *session, bool readOnly, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_readOnly(readOnly)
    , m_title(plainLabel())
    , m_verdict(new Badge)
    , m_verdictText(plainLabel())
    , m_list(new QVBoxLayout)
    , m_failuresHeading(plainLabel())
    , m_failures(plainLabel())
    , m_notesHeading(plainLabel())
    , m_notes(new QPlainTextEdit)
    , m_copyReport(new QPushButton)
    , m_exportReport(new QPushButton)
{
    setObjectName(QStringLiteral("findings"));
    const QFontMetrics metrics = fontMetrics();
    const int spacing = metrics.averageCharWidth() + metrics.averageCharWidth() / 2;
    m_title->setFont(scaledFont(font(), 1.45, true));
    m_verdictText->setFont(scaledFont(font(), 1.1, false));
    m_failuresHeading->setFont(scaledFont(font(), 1.1, true));
    m_notesHeading->setFont(scaledFont(font(), 1.1, true));
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->setSpacing(spacing);
    verdictRow->addWidget(m_verdict, 0, Qt::AlignVCenter);
    verdictRow->addWidget(m_verdictText, 1);

    QWidget *scroll = findingsArea(spacing);
    QLayout *notesRow = notesArea(readOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);
    layout->addWidget(m_title);
    layout->addLayout(verdictRow);
    layout->addWidget(scroll, 1);
    layout->addLayout(notesRow);
    layout->addWidget(m_notes);

    if (m_session) {
        connect(m_session, &DiagnosisSession::finished, this, &FindingsPage::refresh);
        connect(m_session, &DiagnosisSession::stepsChanged, this, &FindingsPage::refresh);
    }
    retranslate();
}

QWidget *FindingsPage::findingsArea(int spacing)
{
    auto *content = new QWidget;
    content->setBackgroundRole(QPalette::Window);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, spacing, 0);
    contentLayout->setSpacing(spacing);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(spacing);
    contentLayout->addLayout(m_list);
    contentLayout->addWidget(m_failuresHeading);
    contentLayout->addWidget(m_failures);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Window);
    return scroll;
}

QLayout *FindingsPage::notesArea(bool readOnly)
{
    const QFontMetrics metrics = fontMetrics();
    m_notes->setReadOnly(readOnly);
    m_notes->setFixedHeight(metrics.lineSpacing() * kNotesLines + metrics.height());
    m_notes->setTabChangesFocus(true);
    if (m_session)
        m_notes->setPlainText(m_session->notes());
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_session && !m_readOnly)
            m_session->setNotes(m_notes->toPlainText());
    });
    m_copyReport->setAutoDefault(false);
    connect(m_copyReport, &QPushButton::clicked, this, &FindingsPage::copyReport);
    m_exportReport->setAutoDefault(false);
    m_exportReport->setObjectName(QStringLiteral("exportReport"));
    connect(m_exportReport, &QPushButton::clicked, this, &FindingsPage::exportReportRequested);
    auto *notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notesHeading, 1);
    notesRow->addWidget(m_copyReport);
    notesRow->addWidget(m_exportReport);
    return notesRow;
}

QString FindingsPage::verdictName(const QString &verdictId)
{
    if (verdictId == QLatin1String("healthy"))
        return tr("Healthy");
    if (verdictId == QLatin1String("findings"))
        return tr("Findings");
    if (verdictId == QLatin1String("error"))
        return tr("Could not run");
    return tr("Incomplete");
}

void FindingsPage::initializePage()
{
    refresh();
}

QStringList FindingsPage::findingSlugs() const
{
    QStringList slugs;
    for (const auto &[slug, manual] : m_shown)
        slugs.append(slug);
    return slugs;
}

bool FindingsPage::isShownManual(const QString &slug) const
{
    return std::any_of(m_shown.cbegin(), m_shown.cend(),
                       [&slug](const std::pair<QString, bool> &shown) { return shown.first == slug && shown.second; });
}

void FindingsPage::refresh()
{
    if (!m_session)
        return;
    showVerdict();
    showFindings();
    showFailures();
}

void FindingsPage::showVerdict()
{
    const DiagnosisSession::Verdict verdict = m_session->verdict();
    m_verdictId = DiagnosisSession::verdictId(verdict);
    const QList<Finding> findings = m_session->findings();
    const bool critical = std::any_of(findings.cbegin(), findings.cend(),
                                      [](const Finding &finding) { return finding.severity == State::Critical; });
    QString text;
    State state = State::Unknown;
    switch (verdict) {
    case DiagnosisSession::Verdict::Healthy:
        text = tr("No rule of the runbook holds: the system is healthy by this runbook.");
        state = State::Good;
        break;
    case DiagnosisSession::Verdict::Findings:
        text = tr("The diagnosis found %n problem(s).", nullptr, int(findings.size()));
        state = critical ? State::Critical : State::Warning;
        break;
    case DiagnosisSession::Verdict::Error:
        text = tr("The diagnosis could not be completed: checks could not be read or a step stayed undecided, "
                  "so it cannot say the system is healthy.");
        if (!findings.isEmpty())
            text += QLatin1Char(' ') + tr("%n finding(s) were made on the way.", nullptr, int(findings.size()));
        break;
    case DiagnosisSession::Verdict::Incomplete: text = tr("The walk is not finished yet."); break;
    }
    m_verdict->setText(verdictName(m_verdictId));
    m_verdict->setState(state);
    m_verdictText->setText(text);
}

void FindingsPage::showFindings()
{
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    for (const Finding &finding : m_session->findings()) {
        m_list->addWidget(findingCard(finding));
        m_shown.append({finding.slug, finding.manual});
    }
}

QWidget *FindingsPage::findingCard(const Finding &finding)
{
    const QString language = Localization::current();
    const State severity = finding.severity;
    auto *card = new CardFrame;
    card->setObjectName(QStringLiteral("finding_") + finding.slug);
    card->setAccent(StatePalette::color(severity, palette()));

    auto *badge = new Badge;
    badge->setState(severity);
    badge->setText(KpiDetailsDialog::stateText(severity));
    auto *title = plainLabel(m_session->findingTitle(finding).text(language));
    title->setFont(scaledFont(font(), 1.1, true));
    auto *slug = new QLabel(finding.slug);
    slug->setTextFormat(Qt::PlainText);
    slug->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    slug->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mute(slug);
    auto *header = new QHBoxLayout;
    header->setSpacing(fontMetrics().averageCharWidth());
    header->addWidget(badge, 0, Qt::AlignVCenter);
    header->addWidget(title, 1);
    header->addWidget(slug, 0, Qt::AlignVCenter);
    if (finding.manual) {
        auto *manual = new Badge;
        manual->setObjectName(QStringLiteral("manualBadge"));
        manual->setColor(StatePalette::neutral(palette()));
        manual->setText(tr("Chosen by hand"));
        manual->setToolTip(tr("Reached through a branch the engineer chose, not the checks"));
        header->addWidget(manual, 0, Qt::AlignVCenter);
    }

    const QFontMetrics metrics = fontMetrics();
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(std::max(3, metrics.height() / 4) + metrics.averageCharWidth() * 2, metrics.height() / 2,
                               metrics.averageCharWidth() * 2, metrics.height() / 2);
    layout->setSpacing(metrics.height() / 3);
    layout->addLayout(header);
    layout->addWidget(evidenceTable(finding));
    return card;
}

QWidget *FindingsPage::evidenceTable(const Finding &finding)
{
    const QString language = Localization::current();
    const UnitFormatter format{QLocale()};
    auto *table = new QWidget;
    auto *grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3);
    grid->setVerticalSpacing(fontMetrics().height() / 5);
    const QStringList headings{tr("Check"), tr("Value"), tr("Threshold"), tr("State")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = plainLabel(headings.at(column));
        if (column == 0)
            heading->setFixedWidth(fontMetrics().averageCharWidth() * kCheckColumnChars);
        heading->setFont(scaledFont(font(), 0.92, true));
        mute(heading);
        grid->addWidget(heading, 0, column);
    }
    int row = 1;
    for (const QString &check : finding.evidence) {
        const Reading *reading = m_session->reading(check);
        const CheckSpec *spec = m_session->runbook().check(check);
        if (!reading)
            continue;
        const State state = reading->error ? State::Unknown : reading->state;
        auto *name = plainLabel(spec ? spec->title.text(language) : check);
        name->setToolTip(reading->query);
        // The same width in every card, so the columns line up down the page.
        name->setFixedWidth(fontMetrics().averageCharWidth() * kCheckColumnChars);
        auto *value = plainLabel(reading->error ? tr("could not be read: %1").arg(reading->error->message)
                                                : format.format(reading->value, reading->unit));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *threshold = plainLabel(format.format(reading->threshold(), reading->unit));
        auto *badge = new Badge;
        badge->setObjectName(QStringLiteral("state_") + check);
        badge->setState(state);
        badge->setText(reading->skipped ? tr("Skipped") : KpiDetailsDialog::stateText(state));
        if (reading->skipped)
            badge->setToolTip(tr("Its source is not configured, and the runbook reads it only when it is."));
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1);
        grid->addWidget(threshold, row, 2);
        grid->addWidget(badge, row, 3, Qt::AlignLeft | Qt::AlignVCenter);
        ++row;
    }
    // Compact columns on the left; the rest of the card stays empty.
    grid->setColumnMinimumWidth(0, fontMetrics().averageCharWidth() * kCheckColumnChars);
    grid->setColumnMinimumWidth(1, fontMetrics().averageCharWidth() * 14);
    grid->setColumnMinimumWidth(2, fontMetrics().averageCharWidth() * 12);
    grid->setColumnStretch(4, 1);
    return table;
}

void FindingsPage::showFailures()
{
    QStringList lines;
    const QString language = Localization::current();
    for (const Reading &reading : m_session->failedReadings()) {
        const CheckSpec *spec = m_session->runbook().check(reading.check);
        lines.append(tr("%1: %2").arg(spec ? spec->title.text(language) : reading.check, reading.error->message));
    }
    m_failures->setText(lines.join(QLatin1Char('\n')));
    m_failures->setVisible(!lines.isEmpty());
    m_failuresHeading->setVisible(!lines.isEmpty());
    QPalette colored = m_failures->palette();
    colored.setColor(QPalette::WindowText, StatePalette::textColor(State::Critical, palette()));
    m_failures->setPalette(colored);
}

void FindingsPage::copyReport()
{
    if (m_session)
        QGuiApplication::clipboard()->setText(DiagnosisReport::text(*m_session, Localization::current()));
}

void FindingsPage::retranslate()
{
    m_title->setText(tr("Result"));
    m_failuresHeading->setText(tr("Could not be read"));
    m_notesHeading->setText(tr("Notes"));
    m_notes->setPlaceholderText(m_readOnly ? tr("No notes were written.")
                                           : tr("What you saw, what you changed, whom you told…"));
    m_copyReport->setText(tr("Copy report"));
    m_copyReport->setToolTip(tr("Copy the diagnosis as text to the clipboard"));
    m_exportReport->setText(tr("Export report…"));
    m_exportReport->setToolTip(tr("Write the diagnosis with its evidence, charts, findings and notes as a PDF"));
    refresh();
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace lotse
