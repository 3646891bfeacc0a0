#pragma once

#include "alerts/runbooklink.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cmath>

namespace lotse {

/// One active alert as a Prometheus-compatible server or an Alertmanager
/// reports it: what fires, since when, and which runbook answers it.
struct Alert
{
    enum class State {
        Pending,
        Firing
    };

    QString name; ///< the alertname label
    State state = State::Firing;
    QString severity;                   ///< the severity label, or empty
    QMap<QString, QString> labels;      ///< all labels, alertname and severity included
    QMap<QString, QString> annotations; ///< summary, description, runbook_url, summary_de, …
    QDateTime activeAt;                 ///< when its condition first held (UTC); invalid when unknown
    double value = std::nan("");        ///< the expression's value; NaN when the API has none (Alertmanager)
    QString source;                     ///< the source that reported it, by name
    RunbookLink runbook;                ///< read from annotations["runbook_url"]

    /// The annotation @p key in @p language ("summary_de"), else in English.
    QString text(const QString &key, const QString &language) const
    {
        const QString local = annotations.value(key + QLatin1Char('_') + language);
        return local.isEmpty() ? annotations.value(key) : local;
    }
    /// "firing" or "pending", for JSON.
    QString stateId() const { return state == State::Firing ? QStringLiteral("firing") : QStringLiteral("pending"); }
    /// "instance=kato-0:8000, job=kato": the labels beyond name and severity.
    QString labelsText() const
    {
        QStringList pairs;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("severity"))
                pairs.append(it.key() + QLatin1Char('=') + it.value());
        }
        return pairs.join(QStringLiteral(", "));
    }
    /// Alerts are the same when their name and labels are.
    bool sameAs(const Alert &other) const { return name == other.name && labels == other.labels; }
};

} // namespace lotse
