#include "reports/exportcontroller.h"

#include "common/exportpdfdialog.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosiswizard.h"
#include "documents/dashboardpdf.h"
#include "documents/diagnosispdf.h"
#include "layout/reportdocument.h"
#include "snapshot/snapshot.h"
#include "sources/sourceversions.h"
#include "window/dashboardcontroller.h"
#include "window/notifier.h"
#include "window/windowsettings.h"

#include <QDir>
#include <QWidget>

namespace lotse {

ExportController::ExportController(DashboardController *dashboards, SourceVersions *versions, WindowSettings *settings,
                                   Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_dashboards(dashboards)
    , m_versions(versions)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_window(window)
{
}

ReportOptions ExportController::reportOptions() const
{
    ReportOptions options = m_settings->reportOptions();
    if (const Snapshot *snapshot = m_dashboards->snapshot())
        options.snapshotSavedAt = snapshot->savedAt();
    return options;
}

void ExportController::choose(const QString &stem, QWidget *parent, const Chosen &chosen)
{
    auto *dialog = new ExportPdfDialog(m_settings->suggestedPath(stem, QStringLiteral("pdf")), reportOptions(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, chosen] { chosen(dialog->path(), dialog->options()); });
    dialog->open();
}

void ExportController::chooseDashboardReport()
{
    if (const DashboardSession *session = m_dashboards->session()) {
        choose(session->dashboard().id, m_window,
               [this](const QString &path, const ReportOptions &options) { exportDashboard(path, options); });
    }
}

void ExportController::chooseDiagnosisReport(DiagnosisWizard *wizard)
{
    if (const DiagnosisSession *session = wizard->session()) {
        choose(session->runbook().id, wizard,
               [this, wizard = QPointer(wizard)](const QString &path, const ReportOptions &options) {
                   if (wizard)
                       exportDiagnosis(wizard, path, options);
               });
    }
}

void ExportController::exportDashboard(const QString &path, const ReportOptions &options)
{
    const DashboardSession *session = m_dashboards->session();
    if (!session)
        return;
    if (!m_dashboards->snapshot() && !m_versions->isFinished()) {
        // The title block names every server's version: wait for the last to answer.
        m_notifier->showMessage(tr("Asking the servers for their versions…"));
        connect(
            m_versions, &SourceVersions::finished, this, [this, path, options] { exportDashboard(path, options); },
            Qt::SingleShotConnection);
        return;
    }
    if (!m_dashboards->snapshot() && readPassedByFirst(path, options))
        return;
    writeDashboard(path, options);
}

QList<int> ExportController::foldedSections() const
{
    QList<int> folded;
    const DashboardView *view = m_dashboards->view();
    for (int section = 0; view && section < m_dashboards->session()->dashboard().sections.size(); ++section) {
        if (view->isSectionCollapsed(section))
            folded.append(section);
    }
    return folded;
}

bool ExportController::readPassedByFirst(const QString &path, const ReportOptions &options)
{
    DashboardSession *session = m_dashboards->session();
    if (!session->readPassedBy(foldedSections()))
        return false;
    m_notifier->showMessage(tr("Reading the panels off screen for the report…"));
    connect(
        session, &DashboardSession::refreshFinished, this, [this, path, options] { writeDashboard(path, options); },
        Qt::SingleShotConnection);
    return true;
}

void ExportController::writeDashboard(const QString &path, const ReportOptions &options)
{
    const DashboardSession *session = m_dashboards->session();
    if (!session)
        return;
    // The report copies what is shown now; refreshes while it is written change nothing in it.
    ReportOptions report = options;
    report.collapsedSections = foldedSections();
    const DashboardPdf pdf(*session, m_dashboards->sourceVersions(), report);
    run(path, [pdf](QIODevice *out) { return pdf.begin(out); });
    m_settings->rememberReportOptions(options);
}

void ExportController::exportDiagnosis(const DiagnosisWizard *wizard, const QString &path, const ReportOptions &options)
{
    if (!wizard || !wizard->session())
        return;
    ReportOptions report = options;
    report.snapshotSavedAt.reset(); // a diagnosis reads its own sources, not the snapshot
    const DiagnosisPdf pdf(*wizard->session(), m_versions->sources(), report);
    run(path, [pdf](QIODevice *out) { return pdf.begin(out); });
}

void ExportController::run(const QString &path, const ReportExport::Layout &layout)
{
    m_settings->rememberDirectoryOf(path);
    ReportExport *job = ReportExport::start(path, layout, m_window);
    m_notifier->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    connect(job, &ReportExport::finished, this, [this](const QString &written) {
        m_notifier->showMessage(tr("PDF written to %1.").arg(QDir::toNativeSeparators(written)), 8000);
        Q_EMIT exported(written);
    });
    connect(job, &ReportExport::canceled, this,
            [this] { m_notifier->showMessage(tr("Export canceled; no file was changed."), 6000); });
    connect(job, &ReportExport::failed, this, [this](const QString &message) {
        m_notifier->reportFileFailure(tr("The PDF could not be written."), message);
    });
}

} // namespace lotse
