#include "sources/clickhouse/clickhousesource.h"

#include "sources/clickhouse/clickhouseresponse.h"
#include "databases/databasereplies.h"
#include "databases/databaseviews.h"
#include "sources/http/httpexchange.h"
#include "sources/http/httpfailure.h"
#include "sources/clickhouse/clickhouseguard.h"
#include "databases/tableresult.h"
#include "sources/http/tlsconfiguration.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace lotse {

namespace {

/// Whether an error came from the server's answer rather than from getting one.
bool serverAnswered(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Unauthorized:
    case Error::Kind::BadRequest:
    case Error::Kind::Unprocessable:
    case Error::Kind::HttpStatus:
    case Error::Kind::QueryFailed:
    case Error::Kind::Malformed:
    case Error::Kind::NoData: return true;
    default: return false;
    }
}

QStringList firstColumn(const QueryResult &result)
{
    QStringList values;
    for (const QVariantList &row : result.table.rows)
        values.append(row.value(0).toString());
    return values;
}

QString statementBody(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return sql;
}

} // namespace

ClickHouseSource::ClickHouseSource(QString name, ClickHouseSettings settings, QObject *parent)
    : Source(std::move(name), parent)
    , m_settings(std::move(settings))
    , m_tls(TlsConfiguration::build(m_settings.tls))
    , m_network(new QNetworkAccessManager(this))
{
}

bool ClickHouseSource::numericQueryLogType(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    return major > 0 && (major < 19 || (major == 19 && minor < 13));
}

QString ClickHouseSource::viewSql(const ViewQuery &view, const QString &version)
{
    if (view.name == QLatin1String("slow-queries")) {
        const QString finished = numericQueryLogType(version) ? QStringLiteral("2") : QStringLiteral("'QueryFinish'");
        // The list's own reads of query_log are left out of it.
        return QStringLiteral(
                   "SELECT query_duration_ms, event_time, user, read_rows, read_bytes, result_rows, memory_usage, "
                   "query_id, query FROM system.query_log "
                   "WHERE type = %1 AND event_date >= yesterday() AND query NOT LIKE '%system.query_log%' "
                   "ORDER BY query_duration_ms DESC LIMIT %2")
            .arg(finished)
            .arg(view.count(QStringLiteral("limit"), 50));
    }
    if (view.name == QLatin1String("running-queries")) {
        return QStringLiteral(
            "SELECT elapsed, query_id, user, read_rows, read_bytes, total_rows_approx, memory_usage, query "
            "FROM system.processes WHERE query NOT LIKE '%system.processes%' ORDER BY elapsed DESC");
    }
    if (view.name == QLatin1String("table-sizes")) {
        return QStringLiteral(
            "SELECT sum(bytes_on_disk) AS bytes, database, table, sum(rows) AS rows, count() AS parts, "
            "sum(data_uncompressed_bytes) AS uncompressed_bytes, max(modification_time) AS modified "
            "FROM system.parts WHERE active GROUP BY database, table ORDER BY bytes DESC LIMIT 200");
    }
    return {};
}

QueryReply *ClickHouseSource::newReply(const QString &query)
{
    auto *reply = new QueryReply(query, this);
    connect(reply, &QueryReply::abortRequested, reply, [reply] {
        reply->finish(std::unexpected(Error{Error::Kind::Canceled, tr("The query was canceled.")}));
    });
    return reply;
}

QueryReply *ClickHouseSource::instant(const QString &query, const QDateTime &)
{
    if (auto view = ViewQuery::parse(query)) {
        if (!*view)
            return DatabaseReplies::settled(this, query, std::unexpected(view->error()));
        const ViewQuery request = **view;
        if (viewSql(request, {}).isEmpty())
            return DatabaseReplies::settled(this, query, std::unexpected(DatabaseViews::unknown(kind(), request.name)));
        QueryReply *reply = newReply(query);
        withVersion(reply, [this, reply, request](const QString &version) {
            execute(viewSql(request, version), reply, request.valueColumn());
        });
        return reply;
    }
    if (const auto allowed = ClickHouseGuard::check(query); !allowed)
        return DatabaseReplies::settled(this, query, std::unexpected(allowed.error()));
    QueryReply *reply = newReply(query);
    withGrants(reply, [this, reply, query] { execute(query, reply, {}); });
    return reply;
}

QueryReply *ClickHouseSource::serverVersion()
{
    QueryReply *reply = newReply(QStringLiteral("SELECT version()"));
    withVersion(reply, [reply](const QString &version) {
        QueryResult result;
        result.type = QueryResult::Type::String;
        result.text = version;
        reply->finish(result);
    });
    return reply;
}

QueryReply *ClickHouseSource::list(const QString &view)
{
    return instant(QLatin1Char('@') + view, QDateTime::currentDateTimeUtc());
}

void ClickHouseSource::probe(const QString &sql, QueryReply *reply, Answer answer)
{
    // A private reply carries Lotse's own question, so the caller's reply
    // finishes only once, with its answer or with the reason there is none.
    QueryReply *question = newReply(sql);
    connect(reply, &QueryReply::abortRequested, question, &QueryReply::abort);
    question->onFinished(reply, std::move(answer));
    execute(sql, question, {});
}

void ClickHouseSource::withGrants(QueryReply *reply, Then next)
{
    if (m_grants) {
        next();
        return;
    }
    probe(ClickHouseGrants::query(), reply, [this, reply, next = std::move(next)](QueryReply::Result result) {
        if (!result && !serverAnswered(result.error())) {
            // Unreachable, or refused by Lotse: the request would fail the same way.
            reply->finish(std::unexpected(result.error()));
            return;
        }
        // Before 20.4 there is no SHOW GRANTS: nothing is claimed.
        ClickHouseGrants grants = result ? ClickHouseGrants::fromLines(m_settings.user, firstColumn(*result))
                                         : ClickHouseGrants::unknown(m_settings.user);
        if (grants.roles.isEmpty()) {
            settleGrants(std::move(grants));
            next();
            return;
        }
        // What the roles allow is only in the merged form, where the server has it.
        probe(ClickHouseGrants::mergedQuery(), reply, [this, grants, next](QueryReply::Result merged) mutable {
            if (merged)
                grants.addMerged(firstColumn(*merged));
            settleGrants(std::move(grants));
            next();
        });
    });
}

void ClickHouseSource::settleGrants(ClickHouseGrants grants)
{
    m_grants = std::move(grants);
    setCautions(m_grants->canWrite() ? QStringList{m_grants->caution()} : QStringList{});
}

void ClickHouseSource::withVersion(QueryReply *reply, Continue next)
{
    if (!m_version.isEmpty()) {
        next(m_version);
        return;
    }
    if (!m_grants) {
        withGrants(reply, [this, reply, next = std::move(next)] { withVersion(reply, next); });
        return;
    }
    probe(QStringLiteral("SELECT version()"), reply, [this, reply, next = std::move(next)](QueryReply::Result result) {
        if (!result || result->table.rows.isEmpty()) {
            reply->finish(std::unexpected(
                result ? Error{Error::Kind::Malformed, tr("The server did not say its version.")} : result.error()));
            return;
        }
        m_version = result->table.rows.first().value(0).toString();
        next(m_version);
    });
}

QUrl ClickHouseSource::requestUrl() const
{
    QUrl url = m_settings.url;
    QUrlQuery parameters;
    if (!m_settings.database.isEmpty())
        parameters.addQueryItem(QStringLiteral("database"), m_settings.database);
    const int seconds = std::max(1, int(std::ceil(m_settings.timeoutMs / 1000.0)));
    parameters.addQueryItem(QStringLiteral("max_execution_time"), QString::number(seconds));
    // Capped on the server, so an endless result ends there; buffered to its
    // end, so that overrun arrives as an error status, not after a 200.
    parameters.addQueryItem(QStringLiteral("max_result_rows"), QString::number(m_settings.maxResultRows));
    parameters.addQueryItem(QStringLiteral("max_result_bytes"), QString::number(m_settings.maxBodyBytes));
    parameters.addQueryItem(QStringLiteral("result_overflow_mode"), QStringLiteral("throw"));
    parameters.addQueryItem(QStringLiteral("wait_end_of_query"), QStringLiteral("1"));
    // Last: the server applies settings in order, and readonly=1 forbids changing any after it.
    parameters.addQueryItem(QStringLiteral("readonly"), QStringLiteral("1"));
    url.setQuery(parameters);
    return url;
}

void ClickHouseSource::execute(const QString &sql, QueryReply *reply, const QString &valueColumn)
{
    if (!m_tls) {
        // On the next turn, as any answer, so the caller can connect to the reply first.
        QTimer::singleShot(0, reply, [reply, error = m_tls.error()] { reply->finish(std::unexpected(error)); });
        return;
    }
    QNetworkRequest request(requestUrl());

    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Lotse/%1").arg(QCoreApplication::applicationVersion()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain; charset=utf-8"));
    if (!m_settings.user.isEmpty() || !m_settings.password.isEmpty()) {
        const QByteArray user = m_settings.user.isEmpty() ? QByteArray("default") : m_settings.user.toUtf8();
        request.setRawHeader("Authorization", "Basic " + (user + ':' + m_settings.password.toUtf8()).toBase64());
    }
    TlsConfiguration::apply(request, *m_tls);
    HttpExchange::prepare(request, m_settings.maxBodyBytes, m_settings.compress);
    const QByteArray body = statementBody(sql).toUtf8() + "\nFORMAT JSONCompact";
    QNetworkReply *network = m_network->post(request, body);
    TlsConfiguration::trustPinned(network, m_settings.tls.pinnedSha256);
    // The client waits a little longer than the server may run, so the server's own message wins.
    auto *exchange = new HttpExchange(network, m_settings.timeoutMs + 5000, 0, m_settings.maxBodyBytes, reply);
    connect(reply, &QueryReply::abortRequested, exchange, &HttpExchange::abort);
    connect(exchange, &HttpExchange::done, reply, [this, exchange, reply, valueColumn] {
        HttpOutcome outcome = exchange->takeOutcome();
        exchange->deleteLater();
        if (!outcome.answered()) {
            reply->finish(std::unexpected(
                HttpFailure::fromOutcome(outcome, location(), m_settings.timeoutMs + 5000, m_settings.tls)));
            return;
        }
        if (outcome.status / 100 != 2) {
            reply->finish(std::unexpected(
                ClickHouseResponse::failure(outcome.status, outcome.body, location(), m_settings.timeoutMs)));
            return;
        }
        QtConcurrent::run([body = std::move(outcome.body), valueColumn]() -> QueryReply::Result {
            auto table = ClickHouseResponse::parse(body);
            if (!table)
                return std::unexpected(table.error());
            return TableResult::make(std::move(*table), valueColumn);
        }).then(reply, [reply](QFuture<QueryReply::Result> future) { reply->finish(future.takeResult()); });
    });
}

} // namespace lotse
