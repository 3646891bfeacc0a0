#pragma once

#include "alerts/alert.h"
#include "core/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <expected>

namespace lotse {

class PrometheusSource;

/// Collects the active alerts of Prometheus-compatible sources (their
/// /api/v1/alerts and the alerting rules of /api/v1/rules, merged) and of an
/// Alertmanager, asynchronously; the answers are parsed on a worker thread.
class AlertsReader final : public QObject
{
    Q_OBJECT

public:
    explicit AlertsReader(QObject *parent = nullptr);

    /// Asks @p prometheus and, when given, @p alertmanager (a source whose
    /// URL is the Alertmanager's); finished() follows once all have answered.
    /// A read still under way is abandoned, its requests aborted.
    void read(const QList<PrometheusSource *> &prometheus, PrometheusSource *alertmanager = nullptr);

Q_SIGNALS:
    /// Every alert once, firing first; @p problems names each source that
    /// could not answer, with the reason.
    void finished(const QList<lotse::Alert> &alerts, const QStringList &problems);

private:
    enum class Api {
        Alerts,
        Rules,
        Alertmanager
    };

    void ask(PrometheusSource *source, Api api);
    void answered(const QString &source, Api api, std::expected<QList<Alert>, Error> alerts);
    void finishIfDone();

    QPointer<QObject> m_round; ///< the context of the current read's requests
    int m_waiting = 0;
    QList<Alert> m_alerts;
    QStringList m_problems;
    /// Sources whose alerts or rules API failed once; a second failure is a problem.
    QStringList m_halfFailed;
};

} // namespace lotse
