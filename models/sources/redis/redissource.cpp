#include "sources/redis/redissource.h"

#include "databases/databasereplies.h"
#include "databases/databaseviews.h"
#include "sources/redis/redisconnection.h"
#include "sources/redis/redisinfo.h"
#include "sources/redis/rediskeyscan.h"
#include "databases/tableresult.h"

#include <QDateTime>

namespace lotse {

namespace {

/// Numbers that Redis sends as text (GET of a counter) become numbers.
QVariant typed(const RespValue &value)
{
    switch (value.type) {
    case RespValue::Type::Integer: return value.integer;
    case RespValue::Type::Null: return {};
    case RespValue::Type::Array: {
        QStringList parts;
        for (const RespValue &item : value.items)
            parts.append(typed(item).toString());
        return parts.join(QLatin1Char(' '));
    }
    default: {
        bool ok = false;
        const double number = value.text.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(QString::fromUtf8(value.text));
    }
    }
}

bool allScalars(const RespValue &array)
{
    return std::none_of(array.items.cbegin(), array.items.cend(),
                        [](const RespValue &item) { return item.type == RespValue::Type::Array; });
}

/// Any reply as a table: a scalar is one row, an array of scalars one row per
/// item, an array of arrays one row per inner array.
Table genericTable(const RespValue &reply)
{
    Table table;
    if (reply.type != RespValue::Type::Array) {
        table.columns = {QStringLiteral("value")};
        if (reply.type != RespValue::Type::Null)
            table.rows.append({typed(reply)});
        return table;
    }
    if (allScalars(reply)) {
        table.columns = {QStringLiteral("value")};
        for (const RespValue &item : reply.items)
            table.rows.append({typed(item)});
        return table;
    }
    qsizetype width = 0;
    for (const RespValue &item : reply.items)
        width = std::max(width, item.type == RespValue::Type::Array ? item.items.size() : qsizetype(1));
    for (qsizetype column = 1; column <= width; ++column)
        table.columns.append(QString::number(column));
    for (const RespValue &item : reply.items) {
        QVariantList row;
        if (item.type == RespValue::Type::Array) {
            for (const RespValue &cell : item.items)
                row.append(typed(cell));
        } else {
            row.append(typed(item));
        }
        while (row.size() < width)
            row.append(QVariant());
        table.rows.append(row);
    }
    return table;
}

/// CONFIG GET and HGETALL answer name, value, name, value, …
Table pairTable(const RespValue &reply)
{
    Table table;
    table.columns = {QStringLiteral("value"), QStringLiteral("field")};
    for (qsizetype at = 0; at + 1 < reply.items.size(); at += 2)
        table.rows.append({typed(reply.items.at(at + 1)), QString::fromUtf8(reply.items.at(at).text)});
    return table;
}

/// SLOWLOG GET: [id, unix time, microseconds, [arguments], client address, client name].
Table slowlogTable(const RespValue &reply)
{
    Table table;
    table.columns = {QStringLiteral("duration_ms"), QStringLiteral("id"),     QStringLiteral("time"),
                     QStringLiteral("command"),     QStringLiteral("client"), QStringLiteral("client_name")};
    for (const RespValue &entry : reply.items) {
        const auto field = [&entry](int index) {
            return entry.items.value(index);
        };
        QStringList arguments;
        for (const RespValue &argument : field(3).items)
            arguments.append(QString::fromUtf8(argument.text));
        table.rows.append({double(field(2).integer) / 1000.0, field(0).integer,
                           QDateTime::fromSecsSinceEpoch(field(1).integer, Qt::UTC), arguments.join(QLatin1Char(' ')),
                           QString::fromUtf8(field(4).text), QString::fromUtf8(field(5).text)});
    }
    return table;
}

QByteArray bulkText(const RespValue &reply)
{
    return reply.type == RespValue::Type::Bulk || reply.type == RespValue::Type::Simple ? reply.text : QByteArray();
}

} // namespace

RedisSource::RedisSource(QString name, RedisSettings settings, QObject *parent)
    : Source(std::move(name), parent)
    , m_settings(std::move(settings))
    , m_connection(new RedisConnection(m_settings, this))
{
    connect(m_connection, &RedisConnection::privilegesRead, this, [this](const RedisPrivileges &privileges) {
        m_privileges = privileges;
        setCautions(privileges.canWrite() ? QStringList{privileges.caution()} : QStringList{});
    });
}

QueryReply *RedisSource::send(const QString &query, const QList<QByteArray> &command, Convert convert)
{
    auto *reply = new QueryReply(query, this);
    connect(reply, &QueryReply::abortRequested, reply, [reply] {
        reply->finish(std::unexpected(Error{Error::Kind::Canceled, tr("The query was canceled.")}));
    });
    m_connection->send({command}, reply, [this, reply, convert = std::move(convert)](RedisConnection::Replies replies) {
        if (!replies) {
            reply->finish(std::unexpected(replies.error()));
            return;
        }
        const RespValue &answer = replies->first();
        reply->finish(answer.isError() ? QueryReply::Result(std::unexpected(m_connection->replyError(answer)))
                                       : convert(answer));
    });
    return reply;
}

QueryReply *RedisSource::instant(const QString &query, const QDateTime &)
{
    if (auto view = ViewQuery::parse(query)) {
        if (!*view)
            return DatabaseReplies::settled(this, query, std::unexpected(view->error()));
        return runView(query, **view);
    }
    const auto words = ViewQuery::split(query);
    if (!words || words->isEmpty()) {
        return DatabaseReplies::settled(
            this, query,
            std::unexpected(Error{Error::Kind::Invalid,
                                  words ? tr("The Redis command is empty.")
                                        : tr("Cannot read the command: %1").arg(words.error().message)}));
    }
    QList<QByteArray> command;
    for (const QString &word : *words)
        command.append(word.toUtf8());
    const QByteArray name = command.first().toUpper();
    const QByteArray sub = command.size() > 1 ? command.at(1).toUpper() : QByteArray();
    return send(query, command, [name, sub](const RespValue &answer) {
        if (name == "INFO")
            return TableResult::make(RedisInfo::parse(bulkText(answer)).toTable());
        if (name == "SLOWLOG" && sub == "GET")
            return TableResult::make(slowlogTable(answer));
        if ((name == "CONFIG" && sub == "GET") || name == "HGETALL")
            return TableResult::make(pairTable(answer));
        return TableResult::make(genericTable(answer));
    });
}

QueryReply *RedisSource::runView(const QString &query, const ViewQuery &view)
{
    const QString value = view.valueColumn();
    if (view.name == QLatin1String("info")) {
        QList<QByteArray> command{"INFO"};
        command.append(view.arguments.isEmpty() ? QByteArray("everything") : view.arguments.first().toUtf8());
        return send(query, command, [value](const RespValue &answer) {
            return TableResult::make(RedisInfo::parse(bulkText(answer)).toTable(), value);
        });
    }
    if (view.name == QLatin1String("overview")) {
        return send(query, {"INFO", "everything"}, [value](const RespValue &answer) {
            return TableResult::make(RedisInfo::parse(bulkText(answer)).overview(), value);
        });
    }
    if (view.name == QLatin1String("slowlog")) {
        const QByteArray count = QByteArray::number(view.arguments.value(0, QStringLiteral("128")).toInt());
        return send(query, {"SLOWLOG", "GET", count},
                    [value](const RespValue &answer) { return TableResult::make(slowlogTable(answer), value); });
    }
    if (view.name == QLatin1String("keys-without-ttl")) {
        if (view.arguments.isEmpty()) {
            return DatabaseReplies::settled(
                this, query,
                std::unexpected(Error{Error::Kind::Invalid,
                                      tr("@keys-without-ttl needs a pattern, e.g. @keys-without-ttl session:*")}));
        }
        auto *reply = new QueryReply(query, this);
        auto *scan = new RedisKeyScan(m_connection, view.arguments.first(),
                                      view.count(QStringLiteral("limit"), kDefaultScanLimit), value, reply);
        connect(reply, &QueryReply::abortRequested, reply, [reply] {
            reply->finish(std::unexpected(Error{Error::Kind::Canceled, tr("The query was canceled.")}));
        });
        scan->start();
        return reply;
    }
    return DatabaseReplies::settled(this, query, std::unexpected(DatabaseViews::unknown(kind(), view.name)));
}

QueryReply *RedisSource::serverVersion()
{
    return send(QStringLiteral("INFO server"), {"INFO", "server"}, [](const RespValue &answer) -> QueryReply::Result {
        const QString version = RedisInfo::parse(bulkText(answer)).value(QStringLiteral("redis_version")).toString();
        if (version.isEmpty())
            return std::unexpected(Error{Error::Kind::Malformed, tr("INFO server names no redis_version.")});
        QueryResult result;
        result.type = QueryResult::Type::String;
        result.text = version;
        return result;
    });
}

QueryReply *RedisSource::list(const QString &view)
{
    return instant(QLatin1Char('@') + view, QDateTime::currentDateTimeUtc());
}

} // namespace lotse
