#pragma once

#include "sources/prometheus/prometheussettings.h"
#include "sources/rangesource.h"
#include "sources/source.h"

#include <QCoreApplication>
#include <QSslConfiguration>

#include <expected>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrlQuery;

namespace lotse {

/// A Prometheus-compatible server (Prometheus, VictoriaMetrics, Thanos, Mimir)
/// read through its HTTP API. Requests go out as POST forms; bodies are parsed
/// on a worker thread so the GUI thread never waits on a large answer.
class PrometheusSource final : public Source, public RangeSource
{
    Q_OBJECT

public:
    PrometheusSource(QString name, PrometheusSettings settings, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("prometheus"); }
    QString location() const override;
    const PrometheusSettings &settings() const { return m_settings; }

    QueryReply *instant(const QString &query, const QDateTime &at) override;
    QueryReply *range(const QString &query, const TimeWindow &window, double step) override;
    QueryReply *serverVersion() override;
    RangeSource *ranges() override { return this; }
    bool lastPointIsInstant() const override { return true; }
    /// A GET of @p path under the base URL ("api/v1/alerts", Alertmanager's
    /// "api/v2/alerts", or one with its query encoded already) with this source's authentication, TLS and bounds;
    /// the result's text is the body, for a parser of the caller's own.
    QueryReply *fetch(const QString &path);

    /// Unix seconds as the API wants them, with millisecond precision.
    static QString apiTime(double seconds);
    /// Readies a parser thread, once a process, while the window is built: the
    /// first chart's answer is then parsed by a warm parser (docs/architecture.md).
    static void warmParsers();

private:
    enum class Answer {
        Query,
        Version,
        Body
    };

    QueryReply *post(const QString &endpoint, const QUrlQuery &form, const QString &query);
    void request(QueryReply *reply, const QString &path, const QByteArray *form, Answer answer);
    QNetworkReply *send(const QString &path, const QByteArray *form);
    void authorize(QNetworkRequest &request) const;
    void watch(QNetworkReply *network, QueryReply *reply, Answer answer);
    QUrl pathUrl(const QString &path) const;

    PrometheusSettings m_settings;
    /// Built once from m_settings.tls; an unusable CA, certificate or key file
    /// fails every request with the reason.
    std::expected<QSslConfiguration, Error> m_tls;
    QNetworkAccessManager *m_network;
};

} // namespace lotse
