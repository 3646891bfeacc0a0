#pragma once

#include "reports/reportexport.h"

#include <QObject>

#include <functional>

class QWidget;

namespace lotse {

class DashboardController;
class DiagnosisWizard;
class Notifier;
class SourceVersions;
class WindowSettings;
struct ReportOptions;

/// File ▸ Export PDF and the wizard's report: asks where and how (the Export
/// PDF dialog), then writes the dashboard or a diagnosis as a PDF report, a
/// page at a time behind a progress dialog (ReportExport).
class ExportController final : public QObject
{
    Q_OBJECT

public:
    /// @p versions are the live sources' servers' versions, named in every report.
    ExportController(DashboardController *dashboards, SourceVersions *versions, WindowSettings *settings,
                     Notifier *notifier, QWidget *window);

    void chooseDashboardReport();
    void chooseDiagnosisReport(DiagnosisWizard *wizard);
    /// Writes what the dashboard shows to @p path; exported() or Notifier::fileFailed() follows.
    void exportDashboard(const QString &path, const ReportOptions &options);
    /// Writes the diagnosis of @p wizard to @p path, the same way.
    void exportDiagnosis(const DiagnosisWizard *wizard, const QString &path, const ReportOptions &options);

Q_SIGNALS:
    void exported(const QString &path);

private:
    using Chosen = std::function<void(const QString &path, const ReportOptions &options)>;

    /// Asks where and how to write a report named after @p stem; @p parent parents the dialog.
    void choose(const QString &stem, QWidget *parent, const Chosen &chosen);
    /// The options chosen last; for a snapshot, with the time it was saved.
    ReportOptions reportOptions() const;
    void run(const QString &path, const ReportExport::Layout &layout);
    /// The sections folded on screen: their panels were not read, and the report says so.
    QList<int> foldedSections() const;
    /// Reads the panels the last refresh passed by, then exports; false when there were none.
    bool readPassedByFirst(const QString &path, const ReportOptions &options);
    void writeDashboard(const QString &path, const ReportOptions &options);

    DashboardController *m_dashboards;
    SourceVersions *m_versions;
    WindowSettings *m_settings;
    Notifier *m_notifier;
    QWidget *m_window;
};

} // namespace lotse
