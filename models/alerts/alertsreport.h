#pragma once

#include "alerts/alert.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lotse {

/// `lotse alerts` output: a table in the interface language, or JSON that
/// keeps ids (state, severity, labels, runbook link) for scripts.
class AlertsReport final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::AlertsReport)

public:
    /// {"alerts": [...], "problems": [...]}; times RFC 3339 UTC, value null when unknown.
    static QJsonObject json(const QList<Alert> &alerts, const QStringList &problems);
    /// One line per alert, then its summary and runbook; in @p language.
    static QString text(const QList<Alert> &alerts, const QStringList &problems, const QString &language,
                        const QDateTime &now);
    /// 0 nothing firing, 1 an alert fires, 2 a source could not answer.
    static int exitCode(const QList<Alert> &alerts, const QStringList &problems);
    /// A severity label in words of the installed language: the usual
    /// critical, warning and info; any other label as the rule writes it.
    static QString severityText(const QString &severity);
    /// "firing" or "pending" in the interface language.
    static QString stateText(Alert::State state);
    /// The value in the unit its rule's `unit` annotation names ("0.15 s"),
    /// else as a plain number; empty when unknown.
    static QString valueText(const Alert &alert, const QLocale &locale);
};

} // namespace lotse
