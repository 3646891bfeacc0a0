#pragma once

#include "core/queryreply.h"
#include "core/timerange.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace lotse {

class RangeSource;

/// A place Lotse reads from: Prometheus-compatible engines now, databases
/// later. Every read is asynchronous and ends in a QueryReply, so dashboards and
/// the diagnosis engine never care which kind of source answers.
class Source : public QObject
{
    Q_OBJECT

public:
    explicit Source(QString name, QObject *parent = nullptr)
        : QObject(parent)
        , m_name(std::move(name))
    {
    }

    const QString &name() const { return m_name; }
    /// "prometheus", "postgres", "redis", "clickhouse".
    virtual QString kind() const = 0;
    /// Where the source is, for messages and reports (no secrets).
    virtual QString location() const = 0;

    /// The value(s) of @p query at one instant.
    virtual QueryReply *instant(const QString &query, const QDateTime &at) = 0;
    /// @p query with the values of its `$1`, `$2` … as @p parameters, bound
    /// beside the text (docs/variables.md); a kind that binds none refuses them.
    virtual QueryReply *instantWith(const QString &query, const QDateTime &at, const QStringList &parameters)
    {
        if (parameters.isEmpty())
            return instant(query, at);
        auto *reply = new QueryReply(query, this);
        reply->finish(std::unexpected(Error{Error::Kind::Refused, tr("A %1 source takes no parameters.").arg(kind())}));
        return reply;
    }
    /// The server's version, as a String result.
    virtual QueryReply *serverVersion() = 0;
    /// Its series over time ranges, or nullptr for a kind that answers at one instant only.
    virtual RangeSource *ranges() { return nullptr; }

    /// What makes reading through this source less safe than it could be, as
    /// sentences for people: a role that could write, plain text to a remote
    /// host. Empty while nothing is known against it.
    const QStringList &cautions() const { return m_cautions; }

Q_SIGNALS:
    void cautionsChanged();

protected:
    void setCautions(const QStringList &cautions)
    {
        if (cautions == m_cautions)
            return;
        m_cautions = cautions;
        Q_EMIT cautionsChanged();
    }

private:
    QString m_name;
    QStringList m_cautions;
};

} // namespace lotse
