#pragma once

#include "diagnosis/diagnosissession.h"
#include "core/error.h"
#include "layout/reportblock.h"
#include "painters/checklisttable.h"
#include "painters/reportchartpainter.h"
#include "layout/reportoptions.h"
#include "sources/sourceinfo.h"

#include <QCoreApplication>
#include <QHash>

#include <expected>
#include <memory>

class QIODevice;

namespace lotse {

class ReportDocument;

/// A finished (or paused) diagnosis as a PDF for an incident review: the
/// runbook and its version, the instant, the verdict and sources; each finding
/// with its severity, its evidence, the runbook's advice (Markdown) and the
/// remedies to copy (monospace); the path walked step by step with each
/// check's value, bands, state and query, a chart of the check over the hour
/// before the instant where the session fetched one (DiagnosisSession::
/// fetchHistory), and which way each step went, branches the engineer chose
/// marked as chosen by hand; a checklist step's sections with each item's
/// tick or live state; what could not be read; the engineer's notes.
///
/// Like DashboardPdf it copies the session when made and paints page by page.
class DiagnosisPdf final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DiagnosisPdf)

public:
    DiagnosisPdf(const DiagnosisSession &session, QList<SourceInfo> sources, ReportOptions options);

    std::unique_ptr<ReportDocument> begin(QIODevice *out) const;
    std::expected<void, Error> write(QIODevice *out) const;

private:
    QList<ReportBlock> titleBlocks(const ReportDocument &document) const;
    QList<ReportBlock> findingBlocks(const ReportDocument &document) const;
    QList<ReportBlock> findingBlocks(const ReportDocument &document, const Finding &finding) const;
    QList<ReportBlock> stepBlocks(const ReportDocument &document) const;
    QList<ReportBlock> stepBlocks(const ReportDocument &document, int index, QStringList &charted) const;
    QList<ReportBlock> chartBlocks(const ReportDocument &document, const QStringList &checks) const;
    QList<ReportBlock> closingBlocks(const ReportDocument &document) const;
    QList<ReportBlock> checklistBlocks(const ReportDocument &document, const RunbookNode &node) const;
    ChecklistTable::Row checklistRow(const ReportText &words, const QString &node, const ChecklistItem &item) const;
    ReportBlock evidence(const ReportDocument &document, const QStringList &checks) const;
    ReportBlock badge(const ReportDocument &document, State state, const QString &label, const QString &title) const;
    QString verdictText(const ReportText &words) const;
    QString decision(const ReportText &words, int index) const;
    QString checkTitle(const QString &check) const;
    QString nodeTitle(const QString &node) const;
    QString text(const ReportText &words, const char *source, int n = -1) const
    {
        return words.translate("lotse::DiagnosisPdf", source, n);
    }

    Runbook m_runbook;
    QDateTime m_at;
    QList<DiagnosisStep> m_steps;
    QHash<QString, Reading> m_readings;
    QHash<QString, ChartData> m_history;
    QList<Finding> m_findings;
    QList<Reading> m_failed;
    DiagnosisSession::Verdict m_verdict;
    QString m_notes;
    QHash<std::pair<QString, QString>, ChecklistTick> m_ticks; ///< by checklist node and item
    QHash<std::pair<QString, QString>, State> m_itemStates;    ///< live items, by node and item
    QList<SourceInfo> m_sources;
    ReportOptions m_options;
};

} // namespace lotse
