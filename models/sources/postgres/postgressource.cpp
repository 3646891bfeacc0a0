#include "sources/postgres/postgressource.h"

#include "databases/databasereplies.h"
#include "sources/postgres/planadvisor.h"
#include "sources/postgres/postgresviews.h"
#include "sources/postgres/postgresworker.h"
#include "sources/postgres/sqlguard.h"
#include "databases/tableresult.h"

#include <QPointer>

namespace lotse {

namespace {

QueryReply::Result tableResult(std::expected<SqlAnswer, Error> answer, const QString &valueColumn = {})
{
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->tables.isEmpty())
        return std::unexpected(Error{Error::Kind::NoData, {}});
    auto result = TableResult::make(std::move(answer->tables.first()), valueColumn);
    if (result)
        result->warnings = answer->warnings;
    return result;
}

} // namespace

PostgresSource::PostgresSource(QString name, PostgresSettings settings, QObject *parent)
    : Source(std::move(name), parent)
    , m_settings(std::move(settings))
    , m_worker(new PostgresWorker(m_settings))
{
    m_thread.setObjectName(QStringLiteral("lotse-postgres"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread, where its QSqlDatabase lives.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PostgresSource::~PostgresSource()
{
    m_thread.quit();
    m_thread.wait();
}

QueryReply *PostgresSource::submit(const QString &query, Job job)
{
    auto *reply = new QueryReply(query, this);
    connect(reply, &QueryReply::abortRequested, reply, [reply] {
        // The statement cannot be recalled from the worker; its answer is dropped.
        reply->finish(std::unexpected(Error{Error::Kind::Canceled, tr("The query was canceled.")}));
    });
    DatabaseReplies::deadline(reply, m_settings.statementTimeoutMs + m_settings.connectTimeoutS * 1000 + 5000,
                              location());
    QPointer<QueryReply> target(reply);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job), target, context = this] {
        QueryReply::Result result = job(*worker);
        QMetaObject::invokeMethod(context, [target, result = std::move(result)]() mutable {
            if (target)
                target->finish(std::move(result));
        });
    });
    return reply;
}

QueryReply *PostgresSource::instant(const QString &query, const QDateTime &)
{
    if (auto view = ViewQuery::parse(query)) {
        if (!*view)
            return DatabaseReplies::settled(this, query, std::unexpected(view->error()));
        return runView(query, **view);
    }
    if (const auto allowed = SqlGuard::check(query, SqlGuard::Dialect::Postgres); !allowed)
        return DatabaseReplies::settled(this, query, std::unexpected(allowed.error()));
    return submit(query, [query](PostgresWorker &worker) { return tableResult(worker.run({query})); });
}

QueryReply *PostgresSource::runView(const QString &query, const ViewQuery &view)
{
    if (const auto known = PostgresViews::sql(view, 0); !known)
        return DatabaseReplies::settled(this, query, std::unexpected(known.error()));
    return submit(query, [view](PostgresWorker &worker) -> QueryReply::Result {
        const auto version = worker.versionNumber();
        if (!version)
            return std::unexpected(version.error());
        const auto sql = PostgresViews::sql(view, *version);
        auto result = tableResult(worker.run({*sql}), view.valueColumn());
        if (!result)
            return std::unexpected(PostgresViews::explain(view.name, result.error()));
        return result;
    });
}

QueryReply *PostgresSource::serverVersion()
{
    return submit(QStringLiteral("server_version"), [](PostgresWorker &worker) -> QueryReply::Result {
        const auto version = worker.versionText();
        if (!version)
            return std::unexpected(version.error());
        QueryResult result;
        result.type = QueryResult::Type::String;
        result.text = *version;
        return result;
    });
}

QueryReply *PostgresSource::list(const QString &view)
{
    return instant(QLatin1Char('@') + view, QDateTime::currentDateTimeUtc());
}

QueryReply *PostgresSource::explain(const QString &statement, bool analyze)
{
    const auto allowed
        = analyze ? SqlGuard::checkAnalyzable(statement) : SqlGuard::check(statement, SqlGuard::Dialect::Postgres);
    if (!allowed)
        return DatabaseReplies::settled(this, statement, std::unexpected(allowed.error()));
    QString body = statement.trimmed();
    while (body.endsWith(QLatin1Char(';')))
        body.chop(1);
    const QString explainSql = (analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ")
                                        : QStringLiteral("EXPLAIN (FORMAT JSON) "))
        + body;
    return submit(statement, [explainSql](PostgresWorker &worker) -> QueryReply::Result {
        const auto answer = worker.run({explainSql, PostgresViews::indexedColumns()});
        if (!answer)
            return std::unexpected(answer.error());
        const Table &plan = answer->tables.at(0);
        const QByteArray json = plan.rows.isEmpty() ? QByteArray() : plan.rows.first().value(0).toString().toUtf8();
        const auto advice = PlanAdvisor::advise(json, PlanAdvisor::indexedColumns(answer->tables.at(1)));
        auto result = TableResult::make(PlanAdvisor::toTable(advice));
        if (result)
            result->text = QString::fromUtf8(json);
        return result;
    });
}

} // namespace lotse
