#include "snapshot/snapshotreader.h"

#include "snapshot/snapshotcodec.h"
#include "snapshot/snapshotfile.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace lotse {

namespace {

std::optional<Error> errorFrom(const QVariant &kind, const QVariant &message)
{
    if (kind.isNull())
        return std::nullopt;
    return Error{SnapshotCodec::errorKindFrom(kind.toString()), message.toString()};
}

/// The tables of the format this Lotse writes, by name, with their CREATE statements.
QHash<QString, QString> tablesWritten()
{
    QHash<QString, QString> tables;
    for (const QString &statement : SnapshotFile::schema())
        tables.insert(statement.section(QLatin1Char(' '), 2, 2), statement);
    return tables;
}

/// The format of a file, or why this Lotse cannot read it.
std::expected<int, Error> formatOf(const QHash<QString, QString> &meta, const QString &path)
{
    bool ok = false;
    const int format = meta.value(QStringLiteral("format")).toInt(&ok);
    if (!ok || format < 1)
        return std::unexpected(Error{Error::Kind::Invalid, SnapshotFile::tr("%1 is not a Lotse snapshot.").arg(path)});
    if (format > SnapshotFile::kFormat)
        return std::unexpected(Error{Error::Kind::Invalid,
                                     SnapshotFile::tr("%1 was written by Lotse %2, which is newer; this version reads "
                                                      "format %3, the file has format %4.")
                                         .arg(path, meta.value(QStringLiteral("lotse_version")))
                                         .arg(SnapshotFile::kFormat)
                                         .arg(format)});
    return format;
}

void fillFromMeta(SnapshotData &data, const QHash<QString, QString> &meta)
{
    data.format = meta.value(QStringLiteral("format")).toInt();
    data.lotseVersion = meta.value(QStringLiteral("lotse_version"));
    data.savedAt = SnapshotCodec::fromTimeText(meta.value(QStringLiteral("saved_at")));
    data.dashboardId = meta.value(QStringLiteral("dashboard_id"));
    data.dashboardYaml = meta.value(QStringLiteral("dashboard_yaml")).toUtf8();
    data.dashboardOrigin = meta.value(QStringLiteral("dashboard_origin"));
    data.variables = meta.value(QStringLiteral("variables")); // absent before variables existed
    data.range = meta.value(QStringLiteral("range"));
    data.at = SnapshotCodec::fromTimeText(meta.value(QStringLiteral("at")));
    data.window = {SnapshotCodec::fromExactText(meta.value(QStringLiteral("window_from"))),
                   SnapshotCodec::fromExactText(meta.value(QStringLiteral("window_to")))};
}

RecordedAnswer answerFrom(const QSqlQuery &query)
{
    RecordedAnswer answer;
    answer.source = query.value(1).toString();
    answer.kind = RecordedAnswer::kindFrom(query.value(2).toString()).value_or(RecordedAnswer::Kind::Instant);
    answer.query = query.value(3).toString();
    answer.at = SnapshotCodec::fromExactText(query.value(4).toString());
    answer.window = {SnapshotCodec::fromExactText(query.value(5).toString()),
                     SnapshotCodec::fromExactText(query.value(6).toString())};
    answer.step = SnapshotCodec::fromExactText(query.value(7).toString());
    return answer;
}

QueryReply::Result resultFrom(const QSqlQuery &query)
{
    if (const auto error = errorFrom(query.value(12), query.value(13)))
        return std::unexpected(*error);
    QueryResult result;
    result.type = SnapshotCodec::resultTypeFrom(query.value(8).toString());
    result.text = query.value(9).toString();
    if (!query.value(10).isNull())
        result.table = SnapshotCodec::tableFrom(query.value(10).toString());
    result.warnings = SnapshotCodec::stringsFrom(query.value(11).toString());
    return result;
}

} // namespace

SnapshotReader::SnapshotReader(const QString &path, const SnapshotLimits &limits)
    : m_path(path)
    , m_limits(limits)
    , m_connection(path, true)
{
}

std::expected<SnapshotData, Error> SnapshotReader::read(const QString &path, const SnapshotLimits &limits)
{
    if (!QFileInfo(path).isFile())
        return std::unexpected(Error{Error::Kind::Invalid, SnapshotFile::tr("There is no snapshot %1.").arg(path)});
    SnapshotReader reader(path, limits);
    SnapshotData data;
    if (auto done = reader.readAll(data); !done)
        return std::unexpected(done.error());
    return data;
}

std::expected<void, Error> SnapshotReader::readAll(SnapshotData &data)
{
    if (!m_connection.open())
        return std::unexpected(unreadable(m_connection.errorText()));
    if (!m_connection.guard(m_limits))
        return std::unexpected(notSnapshot());
    const auto schema = readSchema();
    if (!schema)
        return std::unexpected(schema.error());
    const auto meta = readMeta(*schema);
    if (!meta)
        return std::unexpected(meta.error());
    if (const auto format = formatOf(*meta, m_path); !format)
        return std::unexpected(format.error());
    if (auto checked = checkSchema(*schema); !checked)
        return checked;
    fillFromMeta(data, *meta);
    for (const auto reader : {&SnapshotReader::readSources, &SnapshotReader::readKpis, &SnapshotReader::readAnswers}) {
        if (auto done = (this->*reader)(data); !done)
            return done;
    }
    return {};
}

std::expected<QHash<QString, QString>, Error> SnapshotReader::readSchema()
{
    // Tables by their CREATE statement; anything else by a text no table has.
    QHash<QString, QString> schema;
    auto done
        = eachRow(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"), 64, "sqlite_master",
                  [&schema](const QSqlQuery &row) -> std::expected<void, Error> {
                      const QString type = row.value(0).toString();
                      schema.insert(row.value(1).toString(),
                                    type == QLatin1String("table") ? row.value(3).toString()
                                                                   : type + QLatin1Char(' ') + row.value(2).toString());
                      return {};
                  });
    if (!done)
        return std::unexpected(done.error().kind == Error::Kind::Timeout ? done.error() : notSnapshot());
    return schema;
}

std::expected<QHash<QString, QString>, Error> SnapshotReader::readMeta(const QHash<QString, QString> &schema)
{
    if (schema.value(QStringLiteral("meta")) != tablesWritten().value(QStringLiteral("meta")))
        return std::unexpected(notSnapshot());
    QHash<QString, QString> meta;
    auto done = eachRow(QStringLiteral("SELECT key, value FROM meta"), 1000, "meta",
                        [&meta](const QSqlQuery &row) -> std::expected<void, Error> {
                            meta.insert(row.value(0).toString(), row.value(1).toString());
                            return {};
                        });
    if (!done)
        return std::unexpected(done.error().kind == Error::Kind::Timeout ? done.error() : notSnapshot());
    return meta;
}

std::expected<void, Error> SnapshotReader::checkSchema(const QHash<QString, QString> &schema) const
{
    // Exactly what SnapshotFile::write() creates: a view, a virtual table or
    // a generated column in place of a table would run code while it is read.
    const QHash<QString, QString> written = tablesWritten();
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        if (schema.value(it.key()) != it.value())
            return std::unexpected(
                malformed(SnapshotFile::tr("its schema is not the one Lotse writes (%1)").arg(it.key())));
    }
    for (auto it = schema.cbegin(); it != schema.cend(); ++it) {
        const QString table = it.value().section(QLatin1Char(' '), 1);
        const bool keyIndex = it.value().startsWith(QLatin1String("index ")) && written.contains(table)
            && it.key().startsWith(QStringLiteral("sqlite_autoindex_%1_").arg(table));
        if (!written.contains(it.key()) && !keyIndex)
            return std::unexpected(
                malformed(SnapshotFile::tr("its schema is not the one Lotse writes (%1)").arg(it.key())));
    }
    return {};
}

std::expected<void, Error> SnapshotReader::readSources(SnapshotData &data)
{
    return eachRow(QStringLiteral("SELECT name, kind, location, version FROM sources ORDER BY position"),
                   m_limits.maxSources, "sources", [&data](const QSqlQuery &row) -> std::expected<void, Error> {
                       data.sources.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                            row.value(3).toString()});
                       return {};
                   });
}

std::expected<void, Error> SnapshotReader::readKpis(SnapshotData &data)
{
    return eachRow(QStringLiteral("SELECT id, value_text, state, read_at, error_kind, error, warnings"
                                  " FROM kpis ORDER BY position"),
                   m_limits.maxKpis, "kpis", [&data](const QSqlQuery &row) -> std::expected<void, Error> {
                       KpiRecord kpi;
                       kpi.id = row.value(0).toString();
                       kpi.value = SnapshotCodec::fromExactText(row.value(1).toString());
                       kpi.state = SnapshotCodec::stateFrom(row.value(2).toString());
                       if (!row.value(3).isNull())
                           kpi.readAt = SnapshotCodec::fromTimeText(row.value(3).toString());
                       kpi.error = errorFrom(row.value(4), row.value(5));
                       kpi.warnings = SnapshotCodec::stringsFrom(row.value(6).toString());
                       data.kpis.append(std::move(kpi));
                       return {};
                   });
}

std::expected<void, Error> SnapshotReader::readAnswers(SnapshotData &data)
{
    QHash<qint64, qsizetype> rowOf;
    QList<QueryReply::Result> results;
    auto done = eachRow(QStringLiteral("SELECT id, source, kind, query, at, window_from, window_to, step,"
                                       " result_type, text, table_json, warnings, error_kind, error"
                                       " FROM answers ORDER BY id"),
                        m_limits.maxAnswers, "answers", [&](const QSqlQuery &row) -> std::expected<void, Error> {
                            const qint64 id = row.value(0).toLongLong();
                            if (rowOf.contains(id))
                                return std::unexpected(malformed(SnapshotFile::tr("answer %1 is there twice").arg(id)));
                            rowOf.insert(id, data.answers.size());
                            data.answers.append(answerFrom(row));
                            results.append(resultFrom(row));
                            return {};
                        });
    if (!done)
        return done;
    if (auto series = readSeries(rowOf, results); !series)
        return series;
    for (qsizetype row = 0; row < results.size(); ++row)
        data.answers[row].result = std::make_shared<const QueryReply::Result>(std::move(results[row]));
    return {};
}

std::expected<void, Error> SnapshotReader::readSeries(const QHash<qint64, qsizetype> &rowOf,
                                                      QList<QueryReply::Result> &results)
{
    return eachRow(
        QStringLiteral("SELECT answer, labels, points, times, \"values\" FROM series"
                       " ORDER BY answer, position"),
        m_limits.maxSeries, "series", [&](const QSqlQuery &row) -> std::expected<void, Error> {
            const qint64 answer = row.value(0).toLongLong();
            const auto at = rowOf.constFind(answer);
            if (at == rowOf.cend())
                return std::unexpected(malformed(
                    SnapshotFile::tr("a series belongs to answer %1, which the file does not hold").arg(answer)));
            auto series = seriesFrom(row, answer);
            if (!series)
                return std::unexpected(series.error());
            if (results.at(*at))
                results[*at]->series.push_back(std::move(*series));
            return {};
        });
}

std::expected<Series, Error> SnapshotReader::seriesFrom(const QSqlQuery &row, qint64 answer)
{
    const QByteArray times = row.value(3).toByteArray();
    const QByteArray values = row.value(4).toByteArray();
    const qint64 points = row.value(2).toLongLong();
    // The decimator and the charts read times and values side by side.
    if (times.size() % qsizetype(sizeof(double)) != 0 || values.size() != times.size()
        || points != times.size() / qsizetype(sizeof(double)))
        return std::unexpected(malformed(SnapshotFile::tr("a series of answer %1 has %2 bytes of times and %3 "
                                                          "bytes of values for %4 points")
                                             .arg(answer)
                                             .arg(times.size())
                                             .arg(values.size())
                                             .arg(points)));
    m_points += points;
    if (m_points > m_limits.maxPoints)
        return std::unexpected(
            malformed(SnapshotFile::tr("its series hold more than %1 points").arg(m_limits.maxPoints)));
    Series series;
    series.labels = SnapshotCodec::labelsFrom(row.value(1).toString());
    series.times = SnapshotCodec::unpacked(times);
    series.values = SnapshotCodec::unpacked(values);
    return series;
}

std::expected<void, Error> SnapshotReader::eachRow(
    const QString &statement, qint64 most, const char *table,
    const std::function<std::expected<void, Error>(const QSqlQuery &)> &row)
{
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true); // rows are not kept twice
    if (!query.exec(statement))
        return std::unexpected(failed(query));
    qint64 rows = 0;
    while (query.next()) {
        if (++rows > most)
            return std::unexpected(
                malformed(SnapshotFile::tr("it holds more than %1 rows in %2").arg(most).arg(QLatin1String(table))));
        if (auto done = row(query); !done)
            return done;
    }
    if (query.lastError().isValid())
        return std::unexpected(failed(query));
    return {};
}

Error SnapshotReader::failed(const QSqlQuery &query) const
{
    if (m_connection.timedOut())
        return Error{
            Error::Kind::Timeout,
            SnapshotFile::tr("Cannot read the snapshot %1: %2")
                .arg(m_path,
                     SnapshotFile::tr("reading it took longer than %1 s").arg(double(m_limits.time.count()) / 1000.0))};
    return unreadable(query.lastError().text());
}

Error SnapshotReader::notSnapshot() const
{
    return Error{Error::Kind::Invalid, SnapshotFile::tr("%1 is not a Lotse snapshot.").arg(m_path)};
}

Error SnapshotReader::unreadable(const QString &reason) const
{
    return Error{Error::Kind::Invalid, SnapshotFile::tr("Cannot read the snapshot %1: %2").arg(m_path, reason)};
}

Error SnapshotReader::malformed(const QString &reason) const
{
    return Error{Error::Kind::Malformed, SnapshotFile::tr("Cannot read the snapshot %1: %2").arg(m_path, reason)};
}

} // namespace lotse
