#include "sources/prometheus/prometheussource.h"

#include "core/addressredaction.h"
#include "sources/http/httpexchange.h"
#include "sources/http/httpfailure.h"
#include "sources/prometheus/prometheusresponseparser.h"
#include "sources/http/tlsconfiguration.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace lotse {

namespace {

QueryReply::Result versionFrom(const QByteArray &body)
{
    const QJsonObject data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
    const QString version = data.value(QStringLiteral("version")).toString();
    if (version.isEmpty())
        return std::unexpected(Error{
            Error::Kind::Malformed,
            QCoreApplication::translate("lotse::PrometheusSource", "The server's build information has no version.")});
    QueryResult result;
    result.type = QueryResult::Type::String;
    result.text = version;
    return result;
}

QueryReply::Result bodyFrom(const QByteArray &body)
{
    QueryResult result;
    result.type = QueryResult::Type::String;
    result.text = QString::fromUtf8(body);
    return result;
}

/// Answers are parsed on threads that never expire: each keeps its parser,
/// whose buffers a first parse on a fresh thread would allocate and fault in
/// anew (a third of a second for 40 MB).
Q_GLOBAL_STATIC(QThreadPool, parsers)

QThreadPool *parserPool()
{
    QThreadPool *pool = parsers();
    pool->setExpiryTimeout(-1);
    return pool;
}

} // namespace

void PrometheusSource::warmParsers()
{
    static bool warmed = false;
    if (std::exchange(warmed, true))
        return;
    // A chart of 100 series × 1,200 points is a 2.5 MB answer.
    parserPool()->start([] { (void)PrometheusResponseParser::warmUp(qsizetype(4) << 20); });
}

PrometheusSource::PrometheusSource(QString name, PrometheusSettings settings, QObject *parent)
    : Source(std::move(name), parent)
    , m_settings(std::move(settings))
    , m_tls(TlsConfiguration::build(m_settings.tls))
    , m_network(new QNetworkAccessManager(this))
{
}

QString PrometheusSource::location() const
{
    // Redacted as well: a URL Qt misread may hold the password outside its user info.
    return AddressRedaction::redact(m_settings.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

QString PrometheusSource::apiTime(double seconds)
{
    return QString::number(seconds, 'f', 3);
}

QueryReply *PrometheusSource::instant(const QString &query, const QDateTime &at)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), query);
    form.addQueryItem(QStringLiteral("time"), apiTime(double(at.toMSecsSinceEpoch()) / 1000.0));
    return post(QStringLiteral("query"), form, query);
}

QueryReply *PrometheusSource::range(const QString &query, const TimeWindow &window, double step)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), query);
    form.addQueryItem(QStringLiteral("start"), apiTime(window.from));
    form.addQueryItem(QStringLiteral("end"), apiTime(window.to));
    form.addQueryItem(QStringLiteral("step"), QString::number(step, 'f', 3));
    return post(QStringLiteral("query_range"), form, query);
}

QueryReply *PrometheusSource::serverVersion()
{
    auto *reply = new QueryReply(QStringLiteral("buildinfo"), this);
    request(reply, QStringLiteral("api/v1/status/buildinfo"), nullptr, Answer::Version);
    return reply;
}

QueryReply *PrometheusSource::fetch(const QString &path)
{
    auto *reply = new QueryReply(path, this);
    request(reply, path, nullptr, Answer::Body);
    return reply;
}

QueryReply *PrometheusSource::post(const QString &endpoint, const QUrlQuery &form, const QString &query)
{
    auto *reply = new QueryReply(query, this);
    // QUrlQuery leaves '+' alone, which a form decoder would read as a space.
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8().replace('+', "%2B");
    request(reply, QStringLiteral("api/v1/") + endpoint, &body, Answer::Query);
    return reply;
}

void PrometheusSource::request(QueryReply *reply, const QString &path, const QByteArray *form, Answer answer)
{
    if (!m_tls) {
        // On the next turn, as any answer, so the caller can connect to the reply first.
        QTimer::singleShot(0, reply, [reply, error = m_tls.error()] { reply->finish(std::unexpected(error)); });
        return;
    }
    watch(send(path, form), reply, answer);
}

QUrl PrometheusSource::pathUrl(const QString &path) const
{
    QUrl url = m_settings.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // A path may carry its query, encoded already (PrometheusLabelValues::path).
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    url.setPath(base + QLatin1Char('/') + path.left(mark));
    if (mark >= 0) {
        const QString query = path.mid(mark + 1);
        url.setQuery(url.hasQuery() ? url.query(QUrl::FullyEncoded) + QLatin1Char('&') + query : query,
                     QUrl::StrictMode);
    }
    return url;
}

QNetworkReply *PrometheusSource::send(const QString &path, const QByteArray *form)
{
    QNetworkRequest request(pathUrl(path));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Lotse/%1").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    for (const auto &[header, value] : m_settings.headers)
        request.setRawHeader(header, value);
    authorize(request);
    HttpExchange::prepare(request, m_settings.maxBodyBytes, m_settings.compress);
    TlsConfiguration::apply(request, *m_tls);
    QNetworkReply *network = nullptr;
    if (form) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        network = m_network->post(request, *form);
    } else {
        network = m_network->get(request);
    }
    TlsConfiguration::trustPinned(network, m_settings.tls.pinnedSha256);
    return network;
}

void PrometheusSource::authorize(QNetworkRequest &request) const
{
    // After the custom headers: the authentication the user chose wins over a
    // stray Authorization header among them.
    switch (m_settings.auth) {
    case PrometheusSettings::Auth::None: break;
    case PrometheusSettings::Auth::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + (m_settings.user.toUtf8() + ':' + m_settings.secret.toUtf8()).toBase64());
        break;
    case PrometheusSettings::Auth::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_settings.secret.toUtf8());
        break;
    }
}

void PrometheusSource::watch(QNetworkReply *network, QueryReply *reply, Answer answer)
{
    auto *exchange = new HttpExchange(network, m_settings.timeoutMs, PrometheusResponseParser::kPadding,
                                      m_settings.maxBodyBytes, reply);
    connect(reply, &QueryReply::abortRequested, exchange, &HttpExchange::abort);
    connect(exchange, &HttpExchange::done, reply, [this, exchange, reply, answer] {
        HttpOutcome outcome = exchange->takeOutcome();
        exchange->deleteLater();
        if (!outcome.answered()) {
            reply->finish(
                std::unexpected(HttpFailure::fromOutcome(outcome, location(), m_settings.timeoutMs, m_settings.tls)));
            return;
        }
        if (answer != Answer::Query) {
            reply->finish(outcome.status / 100 == 2
                              ? (answer == Answer::Version ? versionFrom(outcome.body) : bodyFrom(outcome.body))
                              : std::unexpected(HttpFailure::fromStatus(outcome.status, outcome.reason, {})));
            return;
        }
        QtConcurrent::run(parserPool(), [body = std::move(outcome.body)]() mutable {
            return PrometheusResponseParser::parse(std::move(body));
        }).then(reply, [reply, status = outcome.status, reason = outcome.reason](QFuture<QueryReply::Result> future) {
            // Taken, not copied: megabytes of columns must not be duplicated here.
            QueryReply::Result parsed = future.takeResult();
            if (status / 100 == 2) {
                reply->finish(std::move(parsed));
                return;
            }
            // The API explains 400/422/503 in a JSON error body; say what it said.
            const bool explained = !parsed && parsed.error().kind == Error::Kind::QueryFailed;
            reply->finish(std::unexpected(
                HttpFailure::fromStatus(status, reason, explained ? parsed.error().message : QString())));
        });
    });
}

} // namespace lotse
