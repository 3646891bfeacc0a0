#include "snapshot/snapshotcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace lotse {

namespace {

QString json(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

const QList<std::pair<QueryResult::Type, QLatin1String>> &resultTypes()
{
    static const QList<std::pair<QueryResult::Type, QLatin1String>> types{
        {QueryResult::Type::Vector, QLatin1String("vector")}, {QueryResult::Type::Matrix, QLatin1String("matrix")},
        {QueryResult::Type::Scalar, QLatin1String("scalar")}, {QueryResult::Type::String, QLatin1String("string")},
        {QueryResult::Type::Table, QLatin1String("table")},
    };
    return types;
}

} // namespace

QString SnapshotCodec::exactText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 17);
}

double SnapshotCodec::fromExactText(const QString &text)
{
    if (text == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-inf"))
        return -std::numeric_limits<double>::infinity();
    return text.toDouble();
}

QString SnapshotCodec::timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime SnapshotCodec::fromTimeText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QByteArray SnapshotCodec::packed(const std::vector<double> &values)
{
    QByteArray bytes(qsizetype(values.size() * sizeof(double)), Qt::Uninitialized);
    char *out = bytes.data();
    for (double value : values) {
        const quint64 bits = qToLittleEndian(std::bit_cast<quint64>(value));
        std::memcpy(out, &bits, sizeof bits);
        out += sizeof bits;
    }
    return bytes;
}

std::vector<double> SnapshotCodec::unpacked(const QByteArray &bytes)
{
    std::vector<double> values(size_t(bytes.size()) / sizeof(double));
    const char *in = bytes.constData();
    for (double &value : values) {
        quint64 bits = 0;
        std::memcpy(&bits, in, sizeof bits);
        value = std::bit_cast<double>(qFromLittleEndian(bits));
        in += sizeof bits;
    }
    return values;
}

QString SnapshotCodec::labelsJson(const Labels &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return json(object);
}

Labels SnapshotCodec::labelsFrom(const QString &text)
{
    Labels labels;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QString SnapshotCodec::stringsJson(const QStringList &strings)
{
    return json(QJsonArray::fromStringList(strings));
}

QStringList SnapshotCodec::stringsFrom(const QString &text)
{
    QStringList strings;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        strings.append(value.toString());
    return strings;
}

QString SnapshotCodec::tableJson(const Table &table)
{
    QJsonArray rows;
    for (const QVariantList &row : table.rows)
        rows.append(QJsonArray::fromVariantList(row));
    return json(QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                            {QStringLiteral("rows"), rows}});
}

Table SnapshotCodec::tableFrom(const QString &text)
{
    Table table;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    table.columns = stringsFrom(json(object.value(QStringLiteral("columns"))));
    for (const QJsonValue &row : object.value(QStringLiteral("rows")).toArray())
        table.rows.append(row.toArray().toVariantList());
    return table;
}

QString SnapshotCodec::resultTypeId(QueryResult::Type type)
{
    for (const auto &[candidate, id] : resultTypes()) {
        if (candidate == type)
            return id;
    }
    return QStringLiteral("vector");
}

QueryResult::Type SnapshotCodec::resultTypeFrom(const QString &id)
{
    for (const auto &[type, candidate] : resultTypes()) {
        if (candidate == id)
            return type;
    }
    return QueryResult::Type::Vector;
}

Error::Kind SnapshotCodec::errorKindFrom(const QString &id)
{
    for (int kind = 0; kind <= int(Error::Kind::Invalid); ++kind) {
        if (Error{Error::Kind(kind), {}}.kindId() == id)
            return Error::Kind(kind);
    }
    return Error::Kind::Invalid;
}

State SnapshotCodec::stateFrom(const QString &id)
{
    return lotse::stateFrom(id).value_or(State::Unknown);
}

} // namespace lotse
