// libFuzzer target: variable values as `--var` and pickers take them, put into
// PromQL and SQL, and the label values API's request and answer. A value may
// change what a query selects, never what it is: a PromQL query whose
// brackets and quotes balance still balances with any values in it, and a
// SQL statement gets one parameter per variable it names, none spliced in.
#include "sources/prometheus/prometheuslabelvalues.h"
#include "sources/prometheus/promqlsyntax.h"
#include "variables/promqlsubstitution.h"
#include "variables/sqlsubstitution.h"
#include "variables/variablevalues.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first line is the query; each further line is one NAME=VALUE.
    const QString text = QString::fromUtf8(bytes);
    const QString query = text.section(QLatin1Char('\n'), 0, 0);
    const QStringList arguments = text.section(QLatin1Char('\n'), 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto values = lotse::VariableValues::fromArguments(arguments);
    if (values) {
        const auto promql = lotse::PromqlSubstitution::apply(query, *values);
        if (promql && !lotse::PromqlSyntax::check(query) && lotse::PromqlSyntax::check(*promql))
            std::abort(); // a value unbalanced the query
        const QStringList names = lotse::SqlSubstitution::names(query);
        const auto sql = lotse::SqlSubstitution::apply(query, *values);
        if (sql && sql->parameters.size() != names.size())
            std::abort(); // a variable bound other than as one parameter
        (void)values->describe();
        (void)lotse::VariableValues::fromJson(values->toJson()).toJson();
    }
    for (const QString &label : arguments)
        (void)lotse::PrometheusLabelValues::path(label, query, 0, 1);
    (void)lotse::PrometheusLabelValues::parse(bytes);
    return 0;
}
