#include "diagnosis/diagnosiswizard.h"

#include "diagnosis/diagnosissession.h"
#include "diagnosis/findingspage.h"
#include "core/localization.h"
#include "diagnosis/steppage.h"
#include "common/timetext.h"

#include <QEvent>
#include <QScreen>

namespace lotse {

namespace {

/// The size the wizard likes, in average characters and lines: room for two
/// columns of check cards beside the decision panel.
constexpr int kWidthChars = 200;
constexpr int kHeightLines = 54;
/// The share of the screen it may take at most.
constexpr double kScreenShare = 0.92;

} // namespace

DiagnosisWizard::DiagnosisWizard(DiagnosisSession *session, Mode mode, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_mode(mode)
    , m_findings(new FindingsPage(session, mode == Mode::Review))
{
    setObjectName(QStringLiteral("DiagnosisWizard"));
    session->setParent(this);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, isReadOnly());
    setPage(FindingsPageId, m_findings);
    connect(m_findings, &FindingsPage::exportReportRequested, this, &DiagnosisWizard::reportRequested);
    connect(session, &DiagnosisSession::stepsChanged, this, &DiagnosisWizard::syncPages);
    syncPages();
    retranslate();
    fitToScreen();
}

DiagnosisSession *DiagnosisWizard::session() const
{
    return m_session;
}

void DiagnosisWizard::start(const QString &node)
{
    if (m_session && !isReadOnly())
        m_session->start(node);
}

StepPage *DiagnosisWizard::stepPage(int step) const
{
    return qobject_cast<StepPage *>(page(step));
}

StepPage *DiagnosisWizard::currentStepPage() const
{
    return qobject_cast<StepPage *>(currentPage());
}

void DiagnosisWizard::syncPages()
{
    if (!m_session)
        return;
    const QList<DiagnosisStep> &steps = m_session->steps();
    // Pages of steps that were dropped (an overrule) or replaced go; the
    // page being shown always survives, since only what follows it is dropped.
    const QList<int> ids = pageIds();
    for (int id : ids) {
        StepPage *existing = stepPage(id);
        if (!existing || (id < steps.size() && steps.at(id).node == existing->node()))
            continue;
        removePage(id);
        existing->deleteLater();
    }
    for (int step = 0; step < steps.size(); ++step) {
        if (!page(step))
            setPage(step, new StepPage(m_session, step, isReadOnly()));
    }
}

bool DiagnosisWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    const StepPage *current = currentStepPage();
    if (!current || isReadOnly() || !m_session)
        return true;
    // Entering the next node adds its page (stepsChanged); with none left the
    // walk finishes and StepPage::nextId() leads to the findings.
    if (current->step() == m_session->steps().size() - 1)
        m_session->advance();
    return true;
}

void DiagnosisWizard::retranslate()
{
    if (!m_session)
        return;
    const QString title = m_session->runbook().title.text(Localization::current());
    const QString at = TimeText::dateAndClock(m_session->at());
    setWindowTitle(isReadOnly() ? tr("Diagnosis review: %1 at %2").arg(title, at)
                                : tr("Diagnosis: %1 at %2").arg(title, at));
    setButtonText(QWizard::FinishButton, isReadOnly() ? tr("Close") : tr("Save and Close"));
    setButtonText(QWizard::CancelButton, isReadOnly() ? tr("Close") : tr("Discard"));
}

void DiagnosisWizard::fitToScreen()
{
    const QFontMetrics metrics = fontMetrics();
    QSize wanted(metrics.averageCharWidth() * kWidthChars, metrics.lineSpacing() * kHeightLines);
    if (const QScreen *where = screen())
        wanted = wanted.boundedTo(where->availableGeometry().size() * kScreenShare);
    resize(wanted);
    setMinimumSize(QSize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 28).boundedTo(wanted));
}

void DiagnosisWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace lotse
