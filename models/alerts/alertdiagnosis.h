#pragma once

#include "alerts/alert.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace lotse {

/// What Diagnose from an alert opens: the runbook node its runbook_url names,
/// read at the instant the alert started, with the alert's labels for the
/// runbook's variables (job, instance): DiagnosisController::start binds each
/// label the runbook declares as a variable.
struct AlertDiagnosis
{
    QString runbook;
    QString node; ///< empty: the runbook's start
    QDateTime at; ///< invalid: the window's instant
    QMap<QString, QString> labels;

    /// Nothing when @p alert does not name a Lotse runbook.
    static std::optional<AlertDiagnosis> of(const Alert &alert)
    {
        if (alert.runbook.kind != RunbookLink::Kind::Runbook)
            return std::nullopt;
        return AlertDiagnosis{alert.runbook.runbook, alert.runbook.node, alert.activeAt, alert.labels};
    }
};

} // namespace lotse
