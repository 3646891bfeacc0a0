#include "commands/querycommand.h"

#include "sources/postgres/postgressource.h"
#include "commands/sourceoptions.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cmath>

namespace lotse {

namespace {

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::Double || value.metaType().id() == QMetaType::Float)
        return QString::number(value.toDouble(), 'g', 15);
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODateWithMs);
    return value.toString();
}

QJsonValue cellJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODateWithMs);
    if (value.metaType().id() == QMetaType::Double && !std::isfinite(value.toDouble()))
        return QJsonValue::Null; // JSON has no NaN or infinity
    return QJsonValue::fromVariant(value);
}

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("kind"), error.kindId()}, {QStringLiteral("message"), error.message}};
}

/// The one source the command line names; an error text unless exactly one.
std::expected<Source *, QString> onlySource(SourceRegistry &registry)
{
    if (registry.sources().size() != 1)
        return std::unexpected(
            QueryCommand::tr("Give exactly one source: --postgres, --redis, --clickhouse or --prometheus."));
    return registry.sources().first();
}

QueryReply::Result wait(QueryReply *reply)
{
    QEventLoop loop;
    QueryReply::Result result;
    reply->onFinished(&loop, [&loop, &result](QueryReply::Result answer) {
        result = std::move(answer);
        loop.quit();
    });
    loop.exec();
    return result;
}

QByteArray jsonOutput(const Source &source, const QString &query, const QueryReply::Result &result)
{
    QJsonObject out{{QStringLiteral("source"), source.kind()},
                    {QStringLiteral("location"), source.location()},
                    {QStringLiteral("query"), query},
                    {QStringLiteral("ok"), result.has_value()}};
    if (!result) {
        out.insert(QStringLiteral("error"), errorJson(result.error()));
        return QJsonDocument(out).toJson();
    }
    const Table table = QueryCommand::tableOf(*result);
    QJsonArray rows;
    for (const QVariantList &row : table.rows) {
        QJsonArray cells;
        for (const QVariant &value : row)
            cells.append(cellJson(value));
        rows.append(cells);
    }
    out.insert(QStringLiteral("columns"), QJsonArray::fromStringList(table.columns));
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings));
    // Plan advice carries the plan itself in `text`.
    if (result->type == QueryResult::Type::Table && !result->text.isEmpty())
        out.insert(QStringLiteral("plan"), QJsonDocument::fromJson(result->text.toUtf8()).array());
    return QJsonDocument(out).toJson();
}

/// Prints @p result as a table or JSON and its warnings or error; the exit status.
int report(const Source &source, const QString &query, const QueryReply::Result &result, bool json)
{
    QTextStream err(stderr);
    // Known once connected: a role that could write, plain text to a remote host.
    for (const QString &caution : source.cautions())
        err << QueryCommand::tr("Caution: %1").arg(caution) << '\n';
    QByteArray output;
    if (json)
        output = jsonOutput(source, query, result);
    else if (result)
        output = QueryCommand::formatText(QueryCommand::tableOf(*result)).toUtf8();
    if (!output.isEmpty()) {
        if (const auto written = SourceOptions::write(QStringLiteral("-"), output); !written) {
            err << written.error() << '\n';
            return 2;
        }
    }
    if (result) {
        for (const QString &warning : result->warnings)
            err << QueryCommand::tr("Warning: %1").arg(warning) << '\n';
        return 0;
    }
    err << QueryCommand::tr("Error (%1): %2").arg(result.error().kindId(), result.error().message) << '\n';
    return 1;
}

} // namespace

Table QueryCommand::tableOf(const QueryResult &result)
{
    if (result.type == QueryResult::Type::Table)
        return result.table;
    Table table;
    if (result.type == QueryResult::Type::String) {
        table.columns = {QStringLiteral("value")};
        table.rows.append({result.text});
        return table;
    }
    QStringList labels;
    for (const Series &series : result.series) {
        for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it) {
            if (!labels.contains(it.key()))
                labels.append(it.key());
        }
    }
    table.columns = labels;
    table.columns << QStringLiteral("time") << QStringLiteral("value");
    for (const Series &series : result.series) {
        for (qsizetype point = 0; point < series.size(); ++point) {
            QVariantList row;
            for (const QString &label : std::as_const(labels))
                row.append(series.labels.value(label));
            row << QDateTime::fromMSecsSinceEpoch(qint64(series.times.at(point) * 1000), Qt::UTC)
                << series.values.at(point);
            table.rows.append(row);
        }
    }
    return table;
}

QString QueryCommand::formatText(const Table &table, int width)
{
    const auto shown = [width](const QVariant &value) {
        QString text = cellText(value).simplified();
        return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
    };
    QList<qsizetype> widths;
    for (const QString &column : table.columns)
        widths.append(column.size());
    QList<QStringList> cells;
    for (const QVariantList &row : table.rows) {
        QStringList line;
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            line.append(shown(row.value(column)));
            widths[column] = std::max(widths.at(column), line.last().size());
        }
        cells.append(line);
    }
    const auto join = [&widths](const QStringList &line) {
        QStringList padded;
        for (qsizetype column = 0; column < line.size(); ++column)
            padded.append(line.at(column).leftJustified(widths.at(column)));
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = join(table.columns);
    QStringList rule;
    for (qsizetype w : std::as_const(widths))
        rule.append(QString(w, QLatin1Char('-')));
    out += join(rule);
    for (const QStringList &line : std::as_const(cells))
        out += join(line);
    out += tr("(%n row(s))", nullptr, int(table.rows.size())) + QLatin1Char('\n');
    return out;
}

int QueryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one read-only query against one source and prints the answer. A query is SQL for PostgreSQL and "
           "ClickHouse, a command for Redis, PromQL for Prometheus, or a built-in list such as @top-statements."));
    parser.addHelpOption();
    SourceOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("json"), tr("Print JSON instead of a table.")},
        {QStringLiteral("explain"), tr("PostgreSQL: give plan advice for the statement instead of running it.")},
        {QStringLiteral("analyze"),
         tr("With --explain: run the statement (EXPLAIN ANALYZE) for measured rows and memory. Only a single "
            "SELECT, in a read-only transaction under the timeout.")},
    });
    parser.addPositionalArgument(QStringLiteral("query"), tr("The query."), tr("QUERY"));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty()) {
        err << tr("No query given.") << '\n';
        return 2;
    }
    SourceRegistry sources;
    if (const auto built = SourceOptions::build(parser, sources); !built) {
        err << built.error() << '\n';
        return 2;
    }
    const auto source = onlySource(sources);
    if (!source) {
        err << source.error() << '\n';
        return 2;
    }
    const bool explain = parser.isSet(QStringLiteral("explain"));
    const bool analyze = parser.isSet(QStringLiteral("analyze"));
    auto *postgres = qobject_cast<PostgresSource *>(*source);
    if ((explain || analyze) && (!postgres || !explain)) {
        err << tr("--explain works with --postgres only, and --analyze only together with --explain.") << '\n';
        return 2;
    }
    if (analyze) {
        err << tr("Warning: EXPLAIN ANALYZE runs the statement on %1 (read-only, at most %2 s).")
                   .arg(postgres->location())
                   .arg(postgres->settings().statementTimeoutMs / 1000.0)
            << '\n';
    }

    QueryReply *reply
        = explain ? postgres->explain(query, analyze) : (*source)->instant(query, QDateTime::currentDateTimeUtc());
    return report(**source, query, wait(reply), parser.isSet(QStringLiteral("json")));
}

} // namespace lotse
