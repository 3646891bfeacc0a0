#include "sources/clickhouse/clickhouseresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace lotse {

namespace {

enum class Kind {
    Integer,
    Float,
    Text
};

Kind kindOf(QString type)
{
    // Nullable(UInt64), LowCardinality(String): the inner type decides.
    static const QRegularExpression wrapper(QStringLiteral("^(?:Nullable|LowCardinality)\\((.*)\\)$"));
    for (auto match = wrapper.match(type); match.hasMatch(); match = wrapper.match(type))
        type = match.captured(1);
    if (type.startsWith(QLatin1String("Int")) || type.startsWith(QLatin1String("UInt")))
        return Kind::Integer;
    if (type.startsWith(QLatin1String("Float")) || type.startsWith(QLatin1String("Decimal")))
        return Kind::Float;
    return Kind::Text;
}

QVariant cell(const QJsonValue &value, Kind kind)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (kind == Kind::Text)
        return value.isString() ? QVariant(value.toString()) : value.toVariant();
    // 64-bit integers arrive quoted unless the server was told otherwise.
    if (!value.isString()) {
        // A double past qlonglong's range does not convert: it stays a double.
        const double number = value.toDouble();
        const bool whole = kind == Kind::Integer && std::abs(number) < 9.2e18;
        return whole ? QVariant(qlonglong(number)) : QVariant(number);
    }
    const QString text = value.toString();
    bool ok = false;
    if (kind == Kind::Float) {
        const double number = text.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(text);
    }
    if (const qlonglong whole = text.toLongLong(&ok); ok)
        return whole;
    if (const qulonglong large = text.toULongLong(&ok); ok)
        return large;
    return text;
}

} // namespace

std::expected<Table, Error> ClickHouseResponse::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(body, &error).object();
    if (error.error != QJsonParseError::NoError || !document.contains(QStringLiteral("meta"))) {
        return std::unexpected(
            Error{Error::Kind::Malformed,
                  tr("The server's answer is not ClickHouse JSONCompact: %1").arg(error.errorString())});
    }
    Table table;
    QList<Kind> kinds;
    for (const QJsonValue &column : document.value(QStringLiteral("meta")).toArray()) {
        table.columns.append(column[QStringLiteral("name")].toString());
        kinds.append(kindOf(column[QStringLiteral("type")].toString()));
    }
    for (const QJsonValue &row : document.value(QStringLiteral("data")).toArray()) {
        const QJsonArray cells = row.toArray();
        QVariantList values;
        values.reserve(cells.size());
        for (qsizetype column = 0; column < cells.size(); ++column)
            values.append(cell(cells.at(column), kinds.value(column, Kind::Text)));
        table.rows.append(std::move(values));
    }
    return table;
}

int ClickHouseResponse::code(const QByteArray &body)
{
    static const QRegularExpression pattern(QStringLiteral("Code: (\\d+)"));
    const auto match = pattern.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

Error ClickHouseResponse::failure(int status, const QByteArray &body, const QString &location, int timeoutMs)
{
    QString said = QString::fromUtf8(body.left(2000)).trimmed();
    // Drop 18.16's ", e.what() = DB::Exception" and the stack trace some versions append.
    said = said.section(QStringLiteral(", e.what()"), 0, 0).section(QStringLiteral("\nStack trace"), 0, 0);
    switch (code(body)) {
    case 164: // READONLY
        return {Error::Kind::Refused,
                tr("The statement was refused: the server runs Lotse's requests with readonly=1 and stopped a "
                   "change (%1). Lotse only reads.")
                    .arg(said)};
    case 159: // TIMEOUT_EXCEEDED
    case 160: // TOO_SLOW
        return {Error::Kind::Timeout,
                tr("The query was cut off after %1 s (max_execution_time): %2. Raise the timeout or narrow the query.")
                    .arg(timeoutMs / 1000.0)
                    .arg(said)};
    case 192: // UNKNOWN_USER
    case 193: // WRONG_PASSWORD
    case 194: // REQUIRED_PASSWORD
    case 195: // IP_ADDRESS_NOT_ALLOWED
    case 516: // AUTHENTICATION_FAILED
        return {Error::Kind::Unauthorized,
                tr("%1 refused the login: %2. Check the user and password (LOTSE_CLICKHOUSE_PASSWORD).")
                    .arg(location, said)};
    case 497: // ACCESS_DENIED
        return {Error::Kind::Unauthorized, tr("%1 denied the read: %2").arg(location, said)};
    case 396: // TOO_MANY_ROWS_OR_BYTES
        return {Error::Kind::Refused,
                tr("The result on %1 passed the cap on its rows or bytes (max_result_rows, max_result_bytes): %2. "
                   "Narrow or aggregate the query; the byte cap follows max_body_mb in the connection.")
                    .arg(location, said)};
    case 62: // SYNTAX_ERROR
        return {Error::Kind::BadRequest, tr("The server rejected the query as malformed: %1").arg(said)};
    case 0: return {Error::Kind::HttpStatus, tr("%1 answered HTTP %2: %3").arg(location).arg(status).arg(said)};
    default: return {Error::Kind::QueryFailed, tr("The query failed on %1: %2").arg(location, said)};
    }
}

} // namespace lotse
