#include "grafana/grafanasources.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace lotse {

QString GrafanaSources::defaultName()
{
    return QStringLiteral("prometheus");
}

GrafanaSources::GrafanaSources(QStringList variables)
    : m_variables(std::move(variables))
    , m_names{defaultName()}
{
}

bool GrafanaSources::isVariable(const QString &text) const
{
    QString name = text;
    name.remove(QLatin1Char('$')).remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    return text.startsWith(QLatin1Char('$')) && (m_variables.contains(name) || m_variables.isEmpty());
}

QString GrafanaSources::kindOf(const QJsonValue &datasource) const
{
    if (datasource.isObject()) {
        const QString type = datasource.toObject().value(QLatin1String("type")).toString();
        return type == QLatin1String("datasource") ? QString() : type;
    }
    const QString name = datasource.toString();
    if (name == QLatin1String("-- Grafana --"))
        return QStringLiteral("grafana");
    return {};
}

QString GrafanaSources::nameOf(const QJsonValue &datasource)
{
    QString name = datasource.isObject() ? QString() : datasource.toString().trimmed();
    if (name.isEmpty() || isVariable(name) || name == QLatin1String("default") || name.startsWith(QLatin1String("-- ")))
        return defaultName();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_-]+"));
    name = name.toLower().replace(other, QStringLiteral("-"));
    if (name.isEmpty() || !name.at(0).isLetterOrNumber())
        name.prepend(QLatin1Char('p'));
    if (!m_names.contains(name))
        m_names.append(name);
    return name;
}

} // namespace lotse
