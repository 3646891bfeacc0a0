#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lotse {

/// Grafana's datasources as the names of Lotse sources. The default one, a
/// datasource variable (`$datasource`) and any Prometheus datasource Grafana
/// names by uid are Lotse's first source, "prometheus": the one the window
/// and `--prometheus` connect. A datasource named in the file ("prom-eu")
/// becomes a Prometheus source of that name, to be set up under Connections.
class GrafanaSources final
{
public:
    /// The name of Lotse's default source.
    static QString defaultName();

    /// @p variables are the names of the dashboard's datasource variables.
    explicit GrafanaSources(QStringList variables);

    /// The kind of @p datasource: "prometheus", or what Grafana calls the
    /// other kind ("loki", "grafana", "mysql"); empty when the file does not say.
    QString kindOf(const QJsonValue &datasource) const;
    /// The Lotse source @p datasource reads from; remembers it for names().
    QString nameOf(const QJsonValue &datasource);
    /// Every source used, the default first.
    QStringList names() const { return m_names; }

private:
    bool isVariable(const QString &text) const;

    QStringList m_variables;
    QStringList m_names;
};

} // namespace lotse
