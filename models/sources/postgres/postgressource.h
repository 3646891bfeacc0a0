#pragma once

#include "sources/postgres/postgressettings.h"
#include "sources/source.h"
#include "databases/viewquery.h"

#include <QThread>

#include <functional>

namespace lotse {

class PostgresWorker;

/// A PostgreSQL database read through QPSQL on a worker thread that owns the
/// connection. A query is either one read-only SQL statement or a built-in list
/// (`@top-statements`, `@blocking`, … see DatabaseViews). Read-only by
/// construction: SqlGuard refuses anything but one reading statement before it
/// is sent, and what is sent runs inside a READ ONLY transaction, under
/// statement_timeout, in a session whose transactions default to read-only.
class PostgresSource final : public Source
{
    Q_OBJECT

public:
    PostgresSource(QString name, PostgresSettings settings, QObject *parent = nullptr);
    ~PostgresSource() override;

    QString kind() const override { return QStringLiteral("postgres"); }
    QString location() const override { return m_settings.location(); }
    const PostgresSettings &settings() const { return m_settings; }

    /// Runs @p query (SQL or `@list`) now; @p at is ignored, a database has no history.
    QueryReply *instant(const QString &query, const QDateTime &at) override;
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

    PostgresSettings m_settings;
    QThread m_thread;
    PostgresWorker *m_worker;
};

} // namespace lotse
