#include "diagnosis/steppage.h"

#include "common/scaledfont.h"
#include "common/wrappinglabel.h"
#include "common/badge.h"
#include "diagnosis/branchchooser.h"
#include "common/cardframe.h"
#include "diagnosis/checklistview.h"
#include "diagnosis/checkview.h"
#include "diagnosis/diagnosisreport.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosiswizard.h"
#include "dashboard/kpidetailsdialog.h"
#include "core/localization.h"
#include "common/markdownview.h"
#include "diagnosis/remedyview.h"
#include "style/statepalette.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lotse {

namespace {

/// Two check cards side by side need at least this many characters each.
constexpr int kCheckMinimumChars = 42;
/// The decision or finding panel on the right, in average characters.
constexpr int kSideChars = 46;

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette colored = widget->palette();
    colored.setColor(QPalette::WindowText, color);
    widget->setPalette(colored);
}

} // namespace

StepPage::StepPage(DiagnosisSession *session, int step, bool readOnly, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_step(step)
    , m_node(session->steps().at(step).node)
    , m_readOnly(readOnly)
    , m_path(wrappingLabel())
    , m_title(wrappingLabel())
    , m_manualBadge(new Badge)
    , m_question(wrappingLabel())
    , m_notice(wrappingLabel())
    , m_scroll(new QScrollArea)
    , m_body(new QVBoxLayout)
    , m_checkGrid(new QGridLayout)
    , m_noChecks(wrappingLabel())
    , m_side(new CardFrame)
    , m_sideLayout(new QVBoxLayout(m_side))
{
    setObjectName(QStringLiteral("step_%1_%2").arg(step).arg(m_node));
    const int spacing = fontMetrics().averageCharWidth() * 3 / 2;
    // The evidence (and a leaf's advice) scrolls; the decision stays in view beside it.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(spacing);
    columns->addWidget(buildBody(spacing), 1);
    columns->addLayout(buildSide(spacing));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing * 2 / 3);
    layout->addWidget(m_path);
    layout->addLayout(buildHeader(spacing));
    layout->addWidget(m_question);
    layout->addWidget(m_notice);
    layout->addSpacing(spacing / 3);
    layout->addLayout(columns, 1);

    const RunbookNode *node = runbookNode();
    if (node && node->isChecklist()) {
        buildChecklist();
    } else {
        buildChecks();
        if (isLeaf())
            buildLeaf();
        else
            buildDecision();
    }
    m_body->addStretch(1);
    m_sideLayout->addStretch(1);
    connectSession();
    retranslate();
}

QLayout *StepPage::buildHeader(int spacing)
{
    m_path->setFont(scaledFont(font(), 0.92, false));
    setTextColor(m_path, palette().color(QPalette::PlaceholderText));
    m_title->setFont(scaledFont(font(), 1.45, true));
    // Node titles are short; wrapping would break them where there is room.
    m_title->setWordWrap(false);
    m_manualBadge->setObjectName(QStringLiteral("manualBadge"));
    m_manualBadge->setColor(StatePalette::neutral(palette()));
    m_manualBadge->hide();
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setMargin(spacing / 2);
    m_notice->hide();
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(spacing);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_manualBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    return titleRow;
}

QWidget *StepPage::buildBody(int spacing)
{
    auto *content = new QWidget;
    content->setBackgroundRole(QPalette::Window);
    content->setLayout(m_body);
    m_body->setContentsMargins(0, 0, spacing, 0);
    m_body->setSpacing(spacing);
    m_checksHeading = addHeading(m_body);
    m_checkGrid->setContentsMargins(0, 0, 0, 0);
    m_checkGrid->setSpacing(spacing);
    m_body->addLayout(m_checkGrid);
    setTextColor(m_noChecks, palette().color(QPalette::PlaceholderText));
    m_body->addWidget(m_noChecks);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Window);
    return m_scroll;
}

QLayout *StepPage::buildSide(int spacing)
{
    m_side->setFixedWidth(fontMetrics().averageCharWidth() * kSideChars);
    m_side->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
    m_sideLayout->setContentsMargins(spacing, spacing, spacing, spacing);
    m_sideLayout->setSpacing(spacing * 2 / 3);
    m_sideHeading = new QLabel;
    m_sideHeading->setFont(scaledFont(font(), 1.1, true));
    m_sideLayout->addWidget(m_sideHeading);
    auto *sideColumn = new QVBoxLayout;
    sideColumn->addWidget(m_side);
    sideColumn->addStretch(1);
    return sideColumn;
}

const DiagnosisStep *StepPage::currentStep() const
{
    if (!m_session || m_step >= m_session->steps().size() || m_session->steps().at(m_step).node != m_node)
        return nullptr;
    return &m_session->steps().at(m_step);
}

const RunbookNode *StepPage::runbookNode() const
{
    return m_session ? m_session->runbook().node(m_node) : nullptr;
}

bool StepPage::isLeaf() const
{
    const RunbookNode *node = runbookNode();
    return node && node->isLeaf();
}

QStringList StepPage::shownChecks() const
{
    const DiagnosisStep *step = currentStep();
    if (!step)
        return {};
    // A leaf shows its finding's evidence: what led here as well as what it reads itself.
    QStringList checks;
    if (const auto finding = m_session->findingAt(m_step))
        checks = finding->evidence;
    checks.append(step->checks);
    checks.removeDuplicates();
    return checks;
}

void StepPage::buildChecks()
{
    const RunbookNode *node = runbookNode();
    for (const QString &id : shownChecks()) {
        const CheckSpec *spec = m_session->runbook().check(id);
        if (!spec)
            continue;
        auto *view = new CheckView(*spec);
        view->setWindow(m_session->historyWindow());
        if (node && node->verify == id)
            view->setRole(tr("verify"));
        connect(view, &CheckView::historyWanted, this, [this, id](int pixels) {
            if (m_session)
                m_session->fetchHistory(id, m_session->historyWindow(), pixels);
        });
        if (const ChartData *history = m_session->history(id); history && !history->loading)
            view->setHistory(*history);
        m_checks.append(view);
    }
    placeChecks();
    m_checksHeading->setVisible(!m_checks.isEmpty());
    m_noChecks->setVisible(m_checks.isEmpty());
}

void StepPage::buildDecision()
{
    m_decision = wrappingLabel();
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooser = new BranchChooser;
    m_chooser->setEditable(!m_readOnly);
    connect(m_chooser, &BranchChooser::applied, this, &StepPage::applyChoice);
    m_sideLayout->addWidget(m_decision);
    m_sideLayout->addSpacing(fontMetrics().height() / 3);
    m_sideLayout->addWidget(m_chooser);
}

void StepPage::buildLeaf()
{
    const RunbookNode *node = runbookNode();
    m_severity = new Badge;
    m_findingTitle = wrappingLabel();
    m_findingTitle->setFont(scaledFont(font(), 1.15, true));
    m_slug = new QLabel;
    m_slug->setTextFormat(Qt::PlainText);
    m_slug->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_slug->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(m_slug, palette().color(QPalette::PlaceholderText));
    m_verify = wrappingLabel();
    auto *severityRow = new QHBoxLayout;
    severityRow->addWidget(m_severity);
    severityRow->addStretch(1);
    m_sideLayout->addLayout(severityRow);
    m_sideLayout->addWidget(m_findingTitle);
    m_sideLayout->addWidget(m_slug);
    m_sideLayout->addSpacing(fontMetrics().height() / 3);
    m_sideLayout->addWidget(m_verify);

    if (!node->advice.isEmpty()) {
        m_adviceHeading = addHeading(m_body);
        auto *card = new CardFrame;
        auto *cardLayout = new QVBoxLayout(card);
        const QFontMetrics metrics = fontMetrics();
        cardLayout->setContentsMargins(QMargins(metrics.averageCharWidth() * 2, metrics.height() / 2,
                                                metrics.averageCharWidth() * 2, metrics.height() / 2));
        m_advice = new MarkdownView;
        cardLayout->addWidget(m_advice);
        m_body->addWidget(card);
    }
    if (!node->remedies.isEmpty()) {
        m_remediesHeading = addHeading(m_body);
        m_remediesHint = wrappingLabel();
        setTextColor(m_remediesHint, palette().color(QPalette::PlaceholderText));
        m_body->addWidget(m_remediesHint);
        for (const Remedy &remedy : node->remedies) {
            auto *view = new RemedyView(QString(), remedy.command);
            m_remedies.append(view);
            m_body->addWidget(view);
        }
    }
}

void StepPage::buildChecklist()
{
    // The items name their checks themselves: no separate grid of check cards.
    m_checksHeading->hide();
    m_noChecks->hide();
    m_checklist = new ChecklistView(m_session, m_node, m_readOnly);
    m_body->addWidget(m_checklist);
    m_decision = wrappingLabel();
    m_decision->setObjectName(QStringLiteral("checklistSummary"));
    m_sideLayout->addWidget(m_decision);
    connect(m_checklist, &ChecklistView::ticksChanged, this, [this] { m_decision->setText(m_checklist->summary()); });
}

QLabel *StepPage::addHeading(QVBoxLayout *layout)
{
    auto *heading = new QLabel;
    heading->setTextFormat(Qt::PlainText);
    heading->setFont(scaledFont(font(), 1.1, true));
    layout->addWidget(heading);
    return heading;
}

void StepPage::connectSession()
{
    connect(m_session, &DiagnosisSession::readingReady, this, &StepPage::onReadingReady);
    connect(m_session, &DiagnosisSession::historyReady, this, &StepPage::onHistoryReady);
    connect(m_session, &DiagnosisSession::stepReady, this, &StepPage::onStepReady);
}

CheckView *StepPage::checkView(const QString &check) const
{
    const auto it = std::find_if(m_checks.cbegin(), m_checks.cend(),
                                 [&check](const CheckView *view) { return view->checkId() == check; });
    return it == m_checks.cend() ? nullptr : *it;
}

bool StepPage::isShownManual() const
{
    return !m_manualBadge->isHidden();
}

QString StepPage::findingSlug() const
{
    const auto finding = m_session ? m_session->findingAt(m_step) : std::nullopt;
    return finding && currentStep() ? finding->slug : QString();
}

QString StepPage::decisionText() const
{
    return m_decision ? m_decision->text() : QString();
}

QString StepPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void StepPage::onReadingReady(const QString &check)
{
    if (m_checklist)
        m_decision->setText(m_checklist->summary());
    if (CheckView *view = checkView(check))
        view->setReading(m_session->reading(check));
    refreshNotice();
}

void StepPage::onHistoryReady(const QString &check)
{
    CheckView *view = checkView(check);
    if (!view)
        return;
    if (const ChartData *history = m_session->history(check))
        view->setHistory(*history);
}

void StepPage::onStepReady(int step)
{
    if (step != m_step)
        return;
    refresh();
    Q_EMIT completeChanged();
}

bool StepPage::isComplete() const
{
    const DiagnosisStep *step = currentStep();
    return step && step->ready;
}

int StepPage::nextId() const
{
    if (!m_session)
        return -1;
    // The engine knows the way: a step it has entered already, or the next
    // node it will enter when this page is left (DiagnosisWizard::validateCurrentPage).
    if (m_step + 1 < m_session->steps().size() || (!m_readOnly && m_session->hasNext()))
        return m_step + 1;
    return DiagnosisWizard::FindingsPageId;
}

void StepPage::initializePage()
{
    refresh();
}

void StepPage::refresh()
{
    for (CheckView *view : std::as_const(m_checks))
        view->setReading(m_session ? m_session->reading(view->checkId()) : nullptr);
    refreshHeader();
    refreshNotice();
    if (m_chooser)
        refreshDecision();
    if (m_checklist) {
        m_checklist->refresh();
        m_decision->setText(m_checklist->summary());
    }
    if (m_severity)
        refreshFinding();
}

void StepPage::refreshHeader()
{
    if (!m_session)
        return;
    const QString language = Localization::current();
    const Runbook &runbook = m_session->runbook();
    const RunbookNode *node = runbookNode();
    m_title->setText(node ? node->title.text(language) : m_node);
    m_question->setText(node ? node->question.text(language) : QString());
    m_question->setVisible(!m_question->text().isEmpty());

    // Where the walk stands: the forks that led here, root first.
    QStringList trail;
    for (int at = m_step; at >= 0 && at < m_session->steps().size(); at = m_session->steps().at(at).parent) {
        const RunbookNode *passed = runbook.node(m_session->steps().at(at).node);
        trail.prepend(passed ? passed->title.text(language) : m_session->steps().at(at).node);
    }
    m_path->setText(tr("%1 · Step %2 · %3")
                        .arg(runbook.title.text(language))
                        .arg(m_step + 1)
                        .arg(trail.join(QStringLiteral(" › "))));

    const DiagnosisStep *step = currentStep();
    const auto finding = m_session->findingAt(m_step);
    const bool manual = step && (step->manual || (finding && finding->manual));
    m_manualBadge->setText(step && step->manual ? tr("Chosen by hand") : tr("Reached by hand"));
    m_manualBadge->setToolTip(step && step->manual
                                  ? tr("The engineer chose this step's branches instead of the checks")
                                  : tr("A step on the way here was decided by the engineer, not by the checks"));
    m_manualBadge->setVisible(manual);
}

bool StepPage::hasOnlyManualBranches() const
{
    const RunbookNode *node = runbookNode();
    // A checklist has no branches at all: nothing to choose.
    return node && !node->isLeaf() && !node->branches.isEmpty()
        && std::all_of(node->branches.cbegin(), node->branches.cend(), [](const Branch &b) { return b.manual; });
}

bool StepPage::needsChoiceByHand() const
{
    const DiagnosisStep *step = currentStep();
    return step && step->ready && !isLeaf() && !step->manual && step->taken.isEmpty()
        && (step->undecided || hasOnlyManualBranches());
}

QString StepPage::readingNotice(const DiagnosisStep &step) const
{
    const auto done = std::count_if(step.checks.cbegin(), step.checks.cend(), [this](const QString &check) {
        const Reading *reading = m_session->reading(check);
        return reading && reading->done;
    });
    return tr("Reading the checks at %1: %2 of %3 answered…")
        .arg(QLocale().toString(m_session->at().toLocalTime(), QLocale::ShortFormat))
        .arg(done)
        .arg(step.checks.size());
}

QString StepPage::undecidedNotice(const DiagnosisStep &step) const
{
    // The cards show each cause; the notice names the checks, and the cause
    // only when they all share one (a source that is down).
    QStringList titles;
    QStringList causes;
    for (const QString &check : step.checks) {
        const Reading *reading = m_session->reading(check);
        const CheckSpec *spec = m_session->runbook().check(check);
        if (!reading || !reading->error)
            continue;
        titles.append(spec ? spec->title.text(Localization::current()) : check);
        if (!causes.contains(reading->error->message))
            causes.append(reading->error->message);
    }
    QString text
        = tr("The engine cannot decide this step: %n check(s) could not be read (%1).", nullptr, int(titles.size()))
              .arg(titles.join(QStringLiteral(", ")));
    if (causes.size() == 1)
        text += QLatin1Char(' ') + causes.first();
    return text + QLatin1Char(' ') + tr("Choose the way to go by hand.");
}

void StepPage::refreshNotice()
{
    const DiagnosisStep *step = currentStep();
    if (!step)
        return;
    if (!step->ready)
        showNotice(readingNotice(*step), {});
    else if (needsChoiceByHand() && m_readOnly)
        showNotice(tr("This saved diagnosis stopped here without a choice."), StatePalette::warning(palette()));
    else if (needsChoiceByHand() && step->undecided)
        showNotice(undecidedNotice(*step), StatePalette::warning(palette()));
    else if (needsChoiceByHand())
        showNotice(tr("The checks cannot tell this apart: choose what you see."), StatePalette::neutral(palette()));
    else
        showNotice({}, {});
}

void StepPage::showNotice(const QString &text, const QColor &accent)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    // A tinted box in the accent's colour; a plain note gets the frame colour.
    const QColor border = accent.isValid() ? accent : palette().color(QPalette::Mid);
    QColor back = border;
    back.setAlphaF(0.16f);
    m_notice->setStyleSheet(QStringLiteral("QLabel#notice { background: %1; border: 1px solid %2;"
                                           " border-radius: 0.35em; }")
                                .arg(back.name(QColor::HexArgb), border.name()));
}

void StepPage::refreshDecision()
{
    const DiagnosisStep *step = currentStep();
    const RunbookNode *node = runbookNode();
    if (!step || !node)
        return;
    const QString language = Localization::current();
    if (!step->ready) {
        m_decision->setText(tr("The decision follows once every check has answered."));
        m_chooser->setOptions({}, false);
        return;
    }
    QList<BranchOption> options;
    for (int index = 0; index < node->branches.size(); ++index) {
        const Branch &branch = node->branches.at(index);
        const RunbookNode *target = m_session->runbook().node(branch.target);
        BranchOption option;
        option.title = target ? target->title.text(language) : branch.target;
        option.detail = branch.manual ? branch.label.text(language) : branch.because.text(language);
        option.manualOnly = branch.manual;
        option.holds = m_session->branchHolds(m_step, index);
        options.append(option);
    }
    m_chooser->setOptions(options, node->follow == RunbookNode::Follow::First);
    m_chooser->setTaken(step->taken);
    // Where the checks cannot decide, the choice is the engineer's: offer it at once.
    const bool byHand = needsChoiceByHand() && !m_readOnly;
    m_decision->setText(byHand ? tr("Waiting for your choice.")
                               : DiagnosisReport::decisionText(*m_session, m_step, language));
    m_chooser->setEditing(byHand);
}

void StepPage::refreshFinding()
{
    const auto finding = m_session ? m_session->findingAt(m_step) : std::nullopt;
    const RunbookNode *node = runbookNode();
    if (!finding || !node)
        return;
    const QString language = Localization::current();
    m_severity->setState(finding->severity);
    m_severity->setText(KpiDetailsDialog::stateText(finding->severity));
    m_findingTitle->setText(node->title.text(language));
    m_slug->setText(finding->slug);
    QString verify;
    if (const CheckSpec *spec = m_session->runbook().check(node->verify)) {
        const Reading *reading = m_session->reading(node->verify);
        verify = tr("Verify after the fix: “%1” must be good again. Now: %2.")
                     .arg(spec->title.text(language),
                          reading && reading->done ? DiagnosisReport::describe(*reading, QLocale()) : tr("reading…"));
    }
    m_verify->setText(verify);
    m_verify->setVisible(!verify.isEmpty());
}

void StepPage::refreshTexts()
{
    const RunbookNode *node = runbookNode();
    if (!node)
        return;
    const QString language = Localization::current();
    if (m_advice)
        m_advice->setMarkdownText(node->advice.text(language));
    for (int index = 0; index < m_remedies.size() && index < node->remedies.size(); ++index)
        m_remedies.at(index)->setTitle(node->remedies.at(index).title.text(language));
}

void StepPage::retranslate()
{
    m_checksHeading->setText(isLeaf() ? tr("Evidence") : tr("Checks"));
    m_noChecks->setText(tr("This step reads no checks: what you know decides it."));
    m_sideHeading->setText(m_checklist ? tr("Checklist") : isLeaf() ? tr("Finding") : tr("Decision"));
    if (m_adviceHeading)
        m_adviceHeading->setText(tr("What to do"));
    if (m_remediesHeading)
        m_remediesHeading->setText(tr("Remedies"));
    if (m_remediesHint)
        m_remediesHint->setText(tr("Commands to copy into a shell you trust. Lotse never runs them."));
    refreshTexts();
    refresh();
}

void StepPage::applyChoice(const QList<int> &branches)
{
    if (m_session && !m_readOnly)
        m_session->overrule(m_step, branches);
}

void StepPage::placeChecks()
{
    const int available
        = m_scroll->viewport()->width() - m_body->contentsMargins().left() - m_body->contentsMargins().right();
    const int minimum = fontMetrics().averageCharWidth() * kCheckMinimumChars;
    const int columns = available >= 2 * minimum + m_checkGrid->horizontalSpacing() && m_checks.size() > 1 ? 2 : 1;
    if (columns == m_placedColumns)
        return;
    m_placedColumns = columns;
    while (m_checkGrid->count() > 0)
        delete m_checkGrid->takeAt(0);
    for (int index = 0; index < m_checks.size(); ++index)
        m_checkGrid->addWidget(m_checks.at(index), index / columns, index % columns);
    for (int column = 0; column < 2; ++column)
        m_checkGrid->setColumnStretch(column, column < columns ? 1 : 0);
}

void StepPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    placeChecks();
}

void StepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace lotse
