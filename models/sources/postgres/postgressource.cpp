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
    connect(m_worker, &PostgresWorker::privilegesRead, this, [this](const PostgresPrivileges &privileges) {
        m_privileges = privileges;
        updateCautions();
    });
    updateCautions();
    // Deleted on its own thread, where its QSqlDatabase lives.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PostgresSource::~PostgresSource()
{
    m_thread.quit();
    m_thread.wait();
}

void PostgresSource::updateCautions()
{
    QStringList cautions;
    if (m_settings.plainText && !m_settings.isLocal()) {
        cautions.append(tr("The connection to %1 is plain text (tls: off): the password and everything read cross "
                           "the network unencrypted.")
                            .arg(location()));
    }
    if (m_privileges && m_privileges->canWrite())
        cautions.append(m_privileges->caution());
    setCautions(cautions);
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
    const auto statement = SqlGuard::check(query);
    if (!statement)
        return DatabaseReplies::settled(this, query, std::unexpected(statement.error()));
    return submit(query,
                  [statement = *statement](PostgresWorker &worker) { return tableResult(worker.run({statement})); });
}

QueryReply *PostgresSource::instantWith(const QString &query, const QDateTime &at, const QStringList &parameters)
{
    if (parameters.isEmpty())
        return instant(query, at);
    const auto statement = SqlGuard::check(query);
    if (!statement)
        return DatabaseReplies::settled(this, query, std::unexpected(statement.error()));
    return submit(query, [statement = *statement, parameters](PostgresWorker &worker) {
        return tableResult(worker.run({statement}, parameters));
    });
}

QueryReply *PostgresSource::runView(const QString &query, const ViewQuery &view)
{
    if (const auto known = PostgresViews::sql(view, 0); !known)
        return DatabaseReplies::settled(this, query, std::unexpected(known.error()));
    return submit(query, [view](PostgresWorker &worker) -> QueryReply::Result {
        const auto version = worker.versionNumber();
        if (!version)
            return std::unexpected(version.error());
        // Lotse's own lists take the path every statement takes.
        const auto statement = SqlGuard::check(*PostgresViews::sql(view, *version));
        if (!statement)
            return std::unexpected(statement.error());
        auto result = tableResult(worker.run({*statement}), view.valueColumn());
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
    const auto explained = SqlGuard::explain(statement, analyze);
    if (!explained)
        return DatabaseReplies::settled(this, statement, std::unexpected(explained.error()));
    const auto columns = SqlGuard::check(PostgresViews::indexedColumns());
    if (!columns)
        return DatabaseReplies::settled(this, statement, std::unexpected(columns.error()));
    return submit(statement, [plan = *explained, columns = *columns](PostgresWorker &worker) -> QueryReply::Result {
        const auto answer = worker.run({plan, columns});
        if (!answer)
            return std::unexpected(answer.error());
        const Table &planTable = answer->tables.at(0);
        const QByteArray json
            = planTable.rows.isEmpty() ? QByteArray() : planTable.rows.first().value(0).toString().toUtf8();
        const auto advice = PlanAdvisor::advise(json, PlanAdvisor::indexedColumns(answer->tables.at(1)));
        auto result = TableResult::make(PlanAdvisor::toTable(advice));
        if (result)
            result->text = QString::fromUtf8(json);
        return result;
    });
}

} // namespace lotse
