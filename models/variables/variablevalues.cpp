#include "variables/variablevalues.h"

#include <QJsonArray>

namespace lotse {

std::expected<VariableValues, QString> VariableValues::fromArguments(const QStringList &arguments)
{
    VariableValues result;
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = argument.left(equals);
        if (equals <= 0 || name.trimmed() != name)
            return std::unexpected(tr("--var takes NAME=VALUE, not \"%1\".").arg(argument));
        // Commas split a multi-value; a value that holds a comma is given
        // with --var once per value instead (a regex such as {1,3} stays whole).
        const QString value = argument.mid(equals + 1);
        QStringList &values = result.m_values[name];
        if (!value.contains(QLatin1Char('{')))
            values += value.split(QLatin1Char(','));
        else
            values.append(value);
    }
    return result;
}

VariableValues VariableValues::fromJson(const QJsonObject &json)
{
    VariableValues result;
    for (auto it = json.begin(); it != json.end(); ++it) {
        QStringList values;
        if (it->isArray()) {
            for (const QJsonValue &value : it->toArray())
                values.append(value.toString());
        } else {
            values.append(it->toString());
        }
        result.m_values.insert(it.key(), values);
    }
    return result;
}

VariableValues VariableValues::withDefaults(const QList<VariableSpec> &specs) const
{
    VariableValues result = *this;
    for (const VariableSpec &spec : specs) {
        if (result.contains(spec.name))
            continue;
        if (!spec.defaults.isEmpty())
            result.set(spec.name, spec.defaults);
        else if (!spec.options.isEmpty())
            result.set(spec.name, {spec.options.first()});
        else if (spec.includeAll)
            result.set(spec.name, {allValue()});
    }
    return result;
}

QStringList VariableValues::unset(const QList<VariableSpec> &specs) const
{
    QStringList names;
    for (const VariableSpec &spec : specs) {
        if (!contains(spec.name))
            names.append(spec.name);
    }
    return names;
}

VariableValues VariableValues::only(const QList<VariableSpec> &specs) const
{
    VariableValues result;
    for (const VariableSpec &spec : specs) {
        if (contains(spec.name))
            result.set(spec.name, values(spec.name));
    }
    return result;
}

QString VariableValues::unknown(const QList<VariableSpec> &specs) const
{
    QStringList declared;
    for (const VariableSpec &spec : specs)
        declared.append(spec.name);
    QStringList unknown;
    for (const QString &name : names()) {
        if (!declared.contains(name))
            unknown.append(name);
    }
    if (unknown.isEmpty())
        return {};
    return tr("No variable named %1 is declared (declared: %2).")
        .arg(unknown.join(QStringLiteral(", ")), declared.isEmpty() ? tr("none") : declared.join(QStringLiteral(", ")));
}

QJsonObject VariableValues::toJson() const
{
    QJsonObject json;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        if (it->size() == 1)
            json.insert(it.key(), it->first());
        else
            json.insert(it.key(), QJsonArray::fromStringList(*it));
    }
    return json;
}

QString VariableValues::describe() const
{
    QStringList parts;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        const QString shown = isAll(it.key()) ? tr("all") : it->join(QLatin1Char('|'));
        parts.append(it.key() + QLatin1Char('=') + shown);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace lotse
