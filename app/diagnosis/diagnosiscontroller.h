#pragma once

#include "diagnosis/diagnosiswizard.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QWidget;

namespace lotse {

class ChoiceDialog;
class DashboardController;
class DiagnosisSession;
class Notifier;
class SourcesController;
class WindowSettings;
struct AlertDiagnosis;
struct ChoiceEntry;
struct Runbook;

/// Diagnose ▸ Diagnose… and Recent Diagnoses: loads runbooks off the GUI
/// thread, opens the wizard on the window's sources at the dashboard's
/// instant, saves finished diagnoses in the diagnosis store and opens them
/// again for review.
class DiagnosisController final : public QObject
{
    Q_OBJECT

public:
    DiagnosisController(SourcesController *sources, const DashboardController *dashboards,
                        const WindowSettings *settings, Notifier *notifier, QWidget *window);

    /// Offers every runbook, the one the dashboard links to first; @p readFrom
    /// names the sources the checks read, for the prompt.
    void chooseRunbook(const QString &readFrom);
    /// Loads @p runbook (an id or a file) and opens the wizard at @p node (the
    /// runbook's start when empty), reading at @p at (instant() when invalid);
    /// started() follows.
    void start(const QString &runbook, const QString &node = {}, const QDateTime &at = {});
    /// Diagnose from an alert: its runbook node at the instant it started.
    void start(const AlertDiagnosis &alert);
    /// Offers the saved diagnoses to open one.
    void showRecent();
    /// Loads the saved diagnosis @p id and opens it read-only; started() follows.
    void openSaved(const QString &id);
    /// The instant a diagnosis reads: the end of the dashboard's range when it
    /// is fixed (an incident under review), else now.
    QDateTime instant() const;
    /// The wizard opened last, while it is open.
    DiagnosisWizard *wizard() const;

Q_SIGNALS:
    /// A wizard opened: a new walk or a saved one under review.
    void started(lotse::DiagnosisWizard *wizard);
    /// A finished diagnosis was saved as @p id.
    void saved(const QString &id);
    /// The wizard's engineer asked for a report of it.
    void reportRequested(lotse::DiagnosisWizard *wizard);

private:
    /// The runbook the dashboard's cards link to, if any.
    QString linkedRunbook() const;
    /// A choice dialog, opened, deleted when closed.
    ChoiceDialog *openChoices(const QString &title, const QString &prompt, const QList<ChoiceEntry> &entries,
                              const QString &current = {});
    void openWizard(Runbook runbook, const QString &node, const QDateTime &at);
    void showWizard(DiagnosisWizard *wizard);
    void save(const DiagnosisSession &session);

    SourcesController *m_sources;
    const DashboardController *m_dashboards;
    const WindowSettings *m_settings;
    Notifier *m_notifier;
    QWidget *m_window;
    QPointer<DiagnosisWizard> m_wizard;
};

} // namespace lotse
