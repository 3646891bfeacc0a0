#include "connections/connection.h"

namespace lotse {

namespace {

constexpr std::pair<Connection::Kind, const char *> kKinds[] = {
    {Connection::Kind::Prometheus, "prometheus"},
    {Connection::Kind::Postgres, "postgres"},
    {Connection::Kind::Redis, "redis"},
    {Connection::Kind::ClickHouse, "clickhouse"},
};

constexpr std::pair<PrometheusSettings::Auth, const char *> kAuths[] = {
    {PrometheusSettings::Auth::None, "none"},
    {PrometheusSettings::Auth::Basic, "basic"},
    {PrometheusSettings::Auth::Bearer, "bearer"},
};

template<typename Value, size_t N> QString idOf(const std::pair<Value, const char *> (&table)[N], Value value)
{
    for (const auto &[candidate, id] : table) {
        if (candidate == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template<typename Value, size_t N>
std::optional<Value> valueOf(const std::pair<Value, const char *> (&table)[N], const QString &id)
{
    for (const auto &[value, candidate] : table) {
        if (id == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> Connection::environmentSecret() const
{
    const QByteArray variable = secretEnv.toLocal8Bit();
    if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.constData()))
        return std::nullopt;
    return qEnvironmentVariable(variable.constData());
}

QString Connection::kindId(Kind kind)
{
    return idOf(kKinds, kind);
}

std::optional<Connection::Kind> Connection::kindFrom(const QString &id)
{
    return valueOf(kKinds, id);
}

QString Connection::authId(PrometheusSettings::Auth auth)
{
    return idOf(kAuths, auth);
}

std::optional<PrometheusSettings::Auth> Connection::authFrom(const QString &id)
{
    return valueOf(kAuths, id);
}

} // namespace lotse
