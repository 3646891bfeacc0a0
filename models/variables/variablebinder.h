#pragma once

#include "dashboard/dashboard.h"
#include "diagnosis/runbook.h"

#include <QCoreApplication>

#include <expected>

namespace lotse {

/// Puts the chosen values of a definition's variables into its queries: the
/// queries of a bound dashboard or runbook are what is sent. PromQL takes
/// values as PromqlSubstitution writes them, PostgreSQL as parameters
/// (SqlSubstitution); the other kinds take no variables yet. The definition
/// as loaded stays the template: a new choice binds it again.
class VariableBinder final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::VariableBinder)

public:
    /// @p dashboard with @p chosen, over its defaults, in every query, and
    /// the values it now holds in its `values`; or what cannot be bound.
    static std::expected<Dashboard, QString> bind(Dashboard dashboard, const VariableValues &chosen);
    static std::expected<Runbook, QString> bind(Runbook runbook, const VariableValues &chosen);

    /// @p chosen over the defaults of @p specs; an unknown name or a variable
    /// left without a value is an error.
    static std::expected<VariableValues, QString> effective(const QList<VariableSpec> &specs,
                                                            const VariableValues &chosen);
    /// Binds @p definition with its defaults as it is loaded, and reports
    /// what cannot be bound; a variable without a default stays unbound
    /// until someone chooses a value (VariableResolver).
    template<typename Definition> static std::optional<QString> bindDefaults(Definition &definition)
    {
        if (definition.variables.isEmpty())
            return std::nullopt;
        if (!definition.values.withDefaults(definition.variables).unset(definition.variables).isEmpty())
            return std::nullopt;
        auto bound = bind(definition, definition.values);
        if (!bound)
            return bound.error();
        definition = std::move(*bound);
        return std::nullopt;
    }

private:
    static std::optional<QString> bindMeasure(MeasureSpec &spec, const QList<SourceRef> &sources,
                                              const VariableValues &values);
    static std::expected<QString, QString> promql(const QString &query, const QString &kind,
                                                  const VariableValues &values);
    static QString kindOf(const QList<SourceRef> &sources, const QString &source);
};

} // namespace lotse
