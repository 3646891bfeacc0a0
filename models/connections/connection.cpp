#include "connections/connection.h"

namespace lotse {

namespace {

constexpr std::pair<PrometheusSettings::Auth, const char *> kAuths[] = {
    {PrometheusSettings::Auth::None, "none"},
    {PrometheusSettings::Auth::Basic, "basic"},
    {PrometheusSettings::Auth::Bearer, "bearer"},
};

} // namespace

std::optional<QString> Connection::environmentSecret() const
{
    const QByteArray variable = secretEnv.toLocal8Bit();
    if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.constData()))
        return std::nullopt;
    return qEnvironmentVariable(variable.constData());
}

QString Connection::authId(PrometheusSettings::Auth auth)
{
    for (const auto &[candidate, id] : kAuths) {
        if (candidate == auth)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<PrometheusSettings::Auth> Connection::authFrom(const QString &id)
{
    for (const auto &[auth, candidate] : kAuths) {
        if (id == QLatin1String(candidate))
            return auth;
    }
    return std::nullopt;
}

} // namespace lotse
