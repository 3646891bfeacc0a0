#pragma once

#include "sources/rangesource.h"
#include "sources/source.h"

#include <QHash>
#include <QTimer>

namespace lotse::test {

/// A source that answers each query from a table, asynchronously like a real
/// one. For tests of the logic above the sources (the diagnosis engine); the
/// sources themselves are tested against real servers.
class StaticSource final : public Source, public RangeSource
{
public:
    explicit StaticSource(QString name = QStringLiteral("prometheus"))
        : Source(std::move(name))
    {
    }

    /// @p query answers @p value; a query not in the table answers no data.
    void set(const QString &query, double value) { m_values.insert(query, value); }
    void fail(const QString &query, Error error) { m_errors.insert(query, std::move(error)); }
    int reads() const { return m_reads; }
    /// Requests whose reader asked to stop before the answer came.
    int aborts() const { return m_aborts; }

    QString kind() const override { return QStringLiteral("prometheus"); }
    QString location() const override { return QStringLiteral("static"); }

    QueryReply *instant(const QString &query, const QDateTime &at) override
    {
        ++m_reads;
        auto *reply = new QueryReply(query, this);
        QueryReply::Result result
            = std::unexpected(m_errors.value(query, Error{Error::Kind::NoData, QStringLiteral("no data")}));
        if (m_values.contains(query)) {
            QueryResult answer;
            Series series;
            series.times.push_back(double(at.toSecsSinceEpoch()));
            series.values.push_back(m_values.value(query));
            answer.series.push_back(series);
            result = answer;
        }
        QObject::connect(reply, &QueryReply::abortRequested, this, [this, reply] {
            ++m_aborts;
            reply->finish(std::unexpected(Error{Error::Kind::Canceled, {}}));
        });
        QTimer::singleShot(0, reply, [reply, result] { reply->finish(result); });
        return reply;
    }
    QueryReply *range(const QString &query, const TimeWindow &, double) override
    {
        return instant(query, QDateTime::currentDateTimeUtc());
    }
    QueryReply *serverVersion() override { return instant(QStringLiteral("version"), {}); }
    RangeSource *ranges() override { return this; }

private:
    QHash<QString, double> m_values;
    QHash<QString, Error> m_errors;
    int m_reads = 0;
    int m_aborts = 0;
};

} // namespace lotse::test
