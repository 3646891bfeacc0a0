#pragma once

#include "databases/viewquery.h"
#include "sources/postgres/postgresprivileges.h"
#include "sources/postgres/postgressettings.h"
#include "sources/source.h"

#include <QThread>

#include <functional>

namespace lotse {

class PostgresWorker;

/// A PostgreSQL database read through QPSQL on a worker thread that owns the
/// connection. A query is either one read-only SQL statement or a built-in list
/// (`@top-statements`, `@blocking`, … see DatabaseViews). Read-only by
/// construction, and every kind of query takes the same path: SqlGuard lets
/// only one reading statement through, the server then resolves every
/// function it reaches and FunctionPolicy refuses those that could change
/// something (PostgresWorker), and what is sent runs inside a READ ONLY
/// transaction, under statement_timeout, in a session whose transactions
/// default to read-only. What the role could change is read on connecting
/// and shown among cautions(), with plain text to a remote host.
class PostgresSource final : public Source
{
    Q_OBJECT

public:
    PostgresSource(QString name, PostgresSettings settings, QObject *parent = nullptr);
    ~PostgresSource() override;

    QString kind() const override { return QStringLiteral("postgres"); }
    QString location() const override { return m_settings.location(); }
    const PostgresSettings &settings() const { return m_settings; }
    /// What the role could change, as the server told on the last connection.
    const std::optional<PostgresPrivileges> &privileges() const { return m_privileges; }

    /// Runs @p query (SQL or `@list`) now; @p at is ignored, a database has no history.
    QueryReply *instant(const QString &query, const QDateTime &at) override;
    /// One SQL statement with @p parameters bound to its `$1`, `$2` …
    QueryReply *instantWith(const QString &query, const QDateTime &at, const QStringList &parameters) override;
    QueryReply *serverVersion() override;

    /// One of the built-in lists by id, e.g. "blocking".
    QueryReply *list(const QString &view);
    /// Plan advice for @p statement: the result's table holds one row per remark
    /// (PlanAdvisor), its text the plan as JSON. Without @p analyze the
    /// statement is only planned. With it, it runs (EXPLAIN ANALYZE): allowed
    /// only for a single SELECT, inside the read-only transaction and under the
    /// statement timeout, and only when a caller asks for it explicitly.
    QueryReply *explain(const QString &statement, bool analyze);

private:
    using Job = std::function<QueryReply::Result(PostgresWorker &)>;

    QueryReply *submit(const QString &query, Job job);
    QueryReply *runView(const QString &query, const ViewQuery &view);
    void updateCautions();

    PostgresSettings m_settings;
    std::optional<PostgresPrivileges> m_privileges;
    QThread m_thread;
    PostgresWorker *m_worker;
};

} // namespace lotse
