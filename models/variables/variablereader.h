#pragma once

#include "dashboard/dashboard.h"
#include "variables/variablespec.h"

#include <QCoreApplication>
#include <QList>

namespace YAML {
class Node;
}

namespace lotse {

class YamlReader;

/// Reads the `variables:` of a dashboard or runbook (docs/variables.md) and
/// checks their use: a `$name` no variable declares, and variables whose
/// queries depend on each other in a circle, each with line and column.
class VariableReader final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::VariableReader)

public:
    static QList<VariableSpec> read(YamlReader &reader, const YAML::Node &root);
    /// Reports references in every `query:` under @p root that @p variables
    /// does not declare, read as the kind of source (of @p sources) it goes to.
    static void checkReferences(YamlReader &reader, const YAML::Node &root, const QList<VariableSpec> &variables,
                                const QList<SourceRef> &sources);
    static void checkCycles(YamlReader &reader, const QList<VariableSpec> &variables);

private:
    static VariableSpec readOne(YamlReader &reader, const YAML::Node &node);
    static void readQuery(YamlReader &reader, const YAML::Node &node, VariableSpec &spec);
    static QStringList list(YamlReader &reader, const YAML::Node &node, const char *key);
};

} // namespace lotse
