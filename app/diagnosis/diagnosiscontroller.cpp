#include "diagnosis/diagnosiscontroller.h"

#include "alerts/alertdiagnosis.h"
#include "charts/timecursor.h"
#include "common/choicedialog.h"
#include "common/timetext.h"
#include "dashboard/dashboardsession.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosiswizard.h"
#include "diagnosis/findingspage.h"
#include "window/dashboardcontroller.h"
#include "diagnosis/diagnosisfiles.h"
#include "variables/variablebinder.h"
#include "variables/variablespec.h"
#include "variables/variablevalues.h"
#include "window/notifier.h"
#include "window/sourcescontroller.h"
#include "window/windowsettings.h"

#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <QWidget>

namespace lotse {

DiagnosisController::DiagnosisController(SourcesController *sources, const DashboardController *dashboards,
                                         const WindowSettings *settings, Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_sources(sources)
    , m_dashboards(dashboards)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_window(window)
{
}

QDateTime DiagnosisController::instant() const
{
    // A pinned time cursor is the instant the user chose on the charts.
    if (const DashboardView *view = m_dashboards->view(); view && view->timeCursor()->isPinned())
        return view->timeCursor()->pinnedAt();
    const DashboardSession *session = m_dashboards->session();
    if (session && !session->timeRange().isRelative())
        return session->timeRange().to();
    return session ? session->now() : QDateTime::currentDateTimeUtc();
}

DiagnosisWizard *DiagnosisController::wizard() const
{
    return m_wizard;
}

QString DiagnosisController::linkedRunbook() const
{
    const DashboardSession *session = m_dashboards->session();
    if (!session)
        return {};
    const QList<KpiSpec> &kpis = session->dashboard().kpis;
    const auto linked
        = std::find_if(kpis.cbegin(), kpis.cend(), [](const KpiSpec &kpi) { return !kpi.runbook.isEmpty(); });
    return linked == kpis.cend() ? QString() : linked->runbook;
}

ChoiceDialog *DiagnosisController::openChoices(const QString &title, const QString &prompt,
                                               const QList<ChoiceEntry> &entries, const QString &current)
{
    auto *dialog = new ChoiceDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setPrompt(prompt);
    dialog->setEntries(entries, current);
    dialog->open();
    return dialog;
}

void DiagnosisController::chooseRunbook(const QString &readFrom)
{
    m_notifier->showMessage(tr("Loading the runbooks…"));
    QtConcurrent::run(DiagnosisFiles::runbooks).then(this, [this, readFrom](DiagnosisFiles::RunbookList runbooks) {
        m_notifier->clearMessage();
        const QString language = m_settings->language();
        QList<ChoiceEntry> entries;
        for (const auto &[id, runbook] : runbooks) {
            entries.append(runbook ? ChoiceEntry{id, tr("%1 (%2)").arg(runbook->title.text(language), id),
                                                 runbook->description.text(language), true}
                                   : ChoiceEntry{id, tr("%1 (cannot be used)").arg(id), runbook.error(), false});
        }
        // The runbook the dashboard's cards link to comes first to hand.
        ChoiceDialog *dialog = openChoices(
            tr("Diagnose"),
            tr("Choose a runbook. Its checks are read at %1 from %2.").arg(TimeText::dateAndClock(instant()), readFrom),
            entries, linkedRunbook());
        dialog->setEmptyText(tr("No runbooks are installed."));
        dialog->setAcceptText(tr("Start Diagnosis"));
        connect(dialog, &ChoiceDialog::chosen, this, [this, runbooks](const QString &id) {
            for (const auto &[candidate, runbook] : runbooks) {
                if (candidate == id && runbook)
                    openWizard(*runbook, {}, {});
            }
        });
    });
}

void DiagnosisController::start(const QString &runbook, const QString &node, const QDateTime &at)
{
    start(AlertDiagnosis{runbook, node, at, {}});
}

void DiagnosisController::start(const AlertDiagnosis &alert)
{
    QtConcurrent::run(DiagnosisFiles::runbook, alert.runbook)
        .then(this, [this, alert](std::expected<Runbook, QString> loaded) {
            if (!loaded) {
                m_notifier->showProblem(tr("The runbook \"%1\" cannot be used.").arg(alert.runbook), loaded.error());
                return;
            }
            // The alert's labels say which system fired: each one the runbook
            // declares as a variable (job, instance) is bound to it.
            VariableValues chosen = loaded->values;
            for (const VariableSpec &variable : std::as_const(loaded->variables)) {
                if (alert.labels.contains(variable.name))
                    chosen.set(variable.name, {alert.labels.value(variable.name)});
            }
            auto bound = VariableBinder::bind(std::move(*loaded), chosen);
            if (!bound) {
                m_notifier->showProblem(tr("The runbook \"%1\" cannot be used.").arg(alert.runbook), bound.error());
                return;
            }
            openWizard(std::move(*bound), alert.node, alert.at);
        });
}

void DiagnosisController::openWizard(Runbook runbook, const QString &node, const QDateTime &at)
{
    auto *session = new DiagnosisSession(std::move(runbook), m_sources->sources(), at.isValid() ? at : instant());
    auto *wizard = new DiagnosisWizard(session, DiagnosisWizard::Mode::Walk, m_window);
    // Saved when the engineer finishes; the wizard and its session go when it closes.
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        if (wizard->session())
            save(*wizard->session());
    });
    wizard->start(node);
    showWizard(wizard);
}

void DiagnosisController::showWizard(DiagnosisWizard *wizard)
{
    connect(wizard, &DiagnosisWizard::reportRequested, this, [this, wizard] { Q_EMIT reportRequested(wizard); });
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Modeless, not open(): that would be window-modal, and the dashboard must
    // stay usable while the engineer walks the runbook.
    wizard->setWindowModality(Qt::NonModal);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    m_wizard = wizard;
    Q_EMIT started(wizard);
}

void DiagnosisController::save(const DiagnosisSession &session)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = DiagnosisStore::defaultPath();
    const DiagnosisRecord record = DiagnosisRecord::of(session);
    const QString verdict = DiagnosisSession::verdictId(session.verdict());
    QtConcurrent::run([path, id, record, verdict] {
        return DiagnosisStore(path).save(id, record, verdict);
    }).then(this, [this, id](std::expected<void, Error> stored) {
        if (!stored) {
            m_notifier->showProblem(tr("The diagnosis could not be saved."), stored.error().message);
            return;
        }
        m_notifier->showMessage(tr("Diagnosis saved; Diagnose ▸ Recent Diagnoses shows it again."), 6000);
        Q_EMIT saved(id);
    });
}

void DiagnosisController::showRecent()
{
    QtConcurrent::run(DiagnosisFiles::recent, DiagnosisStore::defaultPath())
        .then(this, [this](DiagnosisFiles::Recent recent) {
            if (!recent.stored) {
                m_notifier->showProblem(tr("The saved diagnoses cannot be listed."), recent.stored.error().message);
                return;
            }
            QList<ChoiceEntry> entries;
            for (const StoredDiagnosis &entry : *recent.stored) {
                const QString title = recent.titles.value(entry.runbook).text(m_settings->language());
                entries.append(
                    {entry.id,
                     tr("%1 at %2: %3")
                         .arg(title, TimeText::dateAndClock(entry.at), FindingsPage::verdictName(entry.verdict)),
                     tr("Runbook %1, version %2; saved %3.")
                         .arg(entry.runbook)
                         .arg(entry.version)
                         .arg(TimeText::dateAndClock(entry.updated)),
                     true});
            }
            ChoiceDialog *dialog = openChoices(tr("Recent Diagnoses"),
                                               tr("Saved diagnoses open read-only, as they were finished."), entries);
            dialog->setEmptyText(tr("No diagnosis has been saved yet."));
            dialog->setAcceptText(tr("Open"));
            connect(dialog, &ChoiceDialog::chosen, this, &DiagnosisController::openSaved);
        });
}

void DiagnosisController::openSaved(const QString &id)
{
    QtConcurrent::run(DiagnosisFiles::saved, DiagnosisStore::defaultPath(), id)
        .then(this, [this](DiagnosisFiles::Saved saved) {
            if (!saved) {
                m_notifier->showProblem(tr("The saved diagnosis cannot be opened."), saved.error());
                return;
            }
            auto &[record, runbook] = *saved;
            auto session = record.restore(std::move(runbook), m_sources->sources());
            if (!session) {
                m_notifier->showProblem(tr("The saved diagnosis cannot be opened."), session.error().message);
                return;
            }
            showWizard(new DiagnosisWizard(session->release(), DiagnosisWizard::Mode::Review, m_window));
        });
}

} // namespace lotse
