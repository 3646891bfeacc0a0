#pragma once

#include "diagnosis/diagnosissession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lotse {

/// What a finished diagnosis says, as `diagnose --json` (CONTRACT.md) and as
/// a readable account of the walk, in one language.
class DiagnosisReport final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DiagnosisReport)

public:
    static QJsonObject json(const DiagnosisSession &session, const QString &language);
    static QString text(const DiagnosisSession &session, const QString &language);
    /// The process exit status: 0 healthy, 1 findings, 2 could not run.
    static int exitCode(const DiagnosisSession &session);

    /// A reading as evidence in the JSON: check, value, unit, threshold, state, query, and why.
    static QJsonObject evidenceJson(const Reading &reading, const QString &language);
    /// A state in words ("critical", "n/a") in the installed language.
    static QString stateName(State state);
    /// "599 ms (critical, threshold 100 ms)" for a reading.
    static QString describe(const Reading &reading, const QLocale &locale);
    /// Why a step went where it went, in words.
    static QString decisionText(const DiagnosisSession &session, int step, const QString &language);
};

} // namespace lotse
