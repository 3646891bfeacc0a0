#pragma once

#include "core/error.h"
#include "layout/reportoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <expected>

class QCommandLineParser;

namespace lotse {

class DiagnosisSession;
class SourceRegistry;

/// `lotse diagnose`: walks a runbook at one instant and reports the findings
/// as text or JSON (CONTRACT.md), with --pdf also as a PDF report with each
/// check's last hour. Exits 0 healthy, 1 findings, 2 could not run (or the PDF
/// could not be written).
class DiagnoseCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DiagnoseCommand)

public:
    static int run(const QStringList &arguments);

private:
    static std::expected<ReportOptions, Error> reportOptions(const QCommandLineParser &parser, const QString &language);
    static std::expected<void, Error> writePdf(DiagnosisSession &session, const SourceRegistry &sources,
                                               const QString &path, const ReportOptions &options);
};

} // namespace lotse
