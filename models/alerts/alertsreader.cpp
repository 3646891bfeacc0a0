#include "alerts/alertsreader.h"

#include "alerts/alertsparser.h"
#include "sources/prometheus/prometheussource.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lotse {

AlertsReader::AlertsReader(QObject *parent)
    : QObject(parent)
{
}

void AlertsReader::read(const QList<PrometheusSource *> &prometheus, PrometheusSource *alertmanager)
{
    if (m_round)
        m_round->deleteLater(); // aborts the requests of a read still under way
    m_round = new QObject(this);
    m_waiting = 0;
    m_alerts.clear();
    m_problems.clear();
    m_halfFailed.clear();
    for (PrometheusSource *source : prometheus) {
        ask(source, Api::Alerts);
        ask(source, Api::Rules);
    }
    if (alertmanager)
        ask(alertmanager, Api::Alertmanager);
    finishIfDone();
}

void AlertsReader::ask(PrometheusSource *source, Api api)
{
    const QString path = api == Api::Alerts ? QStringLiteral("api/v1/alerts")
        : api == Api::Rules                 ? QStringLiteral("api/v1/rules")
                                            : QStringLiteral("api/v2/alerts");
    ++m_waiting;
    QObject *round = m_round;
    source->fetch(path)->onFinished(round, [this, round, api, name = source->name()](QueryReply::Result result) {
        if (round != m_round)
            return;
        if (!result) {
            answered(name, api, std::unexpected(result.error()));
            return;
        }
        QtConcurrent::run([api, body = result->text.toUtf8()] {
            return api == Api::Alerts ? AlertsParser::prometheusAlerts(body)
                : api == Api::Rules   ? AlertsParser::prometheusRules(body)
                                      : AlertsParser::alertmanagerAlerts(body);
        }).then(round, [this, round, api, name](std::expected<QList<Alert>, Error> alerts) {
            if (round == m_round)
                answered(name, api, std::move(alerts));
        });
    });
}

void AlertsReader::answered(const QString &source, Api api, std::expected<QList<Alert>, Error> alerts)
{
    --m_waiting;
    if (!alerts) {
        // The alerts and the rules API list the same alerts: one of them is enough.
        if (api != Api::Alertmanager && !m_halfFailed.contains(source))
            m_halfFailed.append(source);
        else
            m_problems.append(QStringLiteral("%1: %2").arg(source, alerts.error().message));
    }
    for (Alert &alert : alerts ? *alerts : QList<Alert>()) {
        alert.source = source;
        const auto known = std::find_if(m_alerts.begin(), m_alerts.end(),
                                        [&alert](const Alert &other) { return other.sameAs(alert); });
        // The same alert from two places (both APIs, HA replicas, the
        // Alertmanager): once, firing if any of them says so.
        if (known == m_alerts.end())
            m_alerts.append(std::move(alert));
        else if (alert.state == Alert::State::Firing && known->state == Alert::State::Pending)
            *known = std::move(alert);
    }
    finishIfDone();
}

void AlertsReader::finishIfDone()
{
    if (m_waiting > 0)
        return;
    // Firing before pending, the oldest first: what has burned longest leads.
    std::stable_sort(m_alerts.begin(), m_alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.state != b.state)
            return a.state == Alert::State::Firing;
        return a.activeAt < b.activeAt;
    });
    if (m_round)
        m_round->deleteLater();
    m_round = nullptr;
    Q_EMIT finished(m_alerts, m_problems);
}

} // namespace lotse
