#pragma once

#include "core/diagnostic.h"
#include "definitions/yamllimits.h"
#include "diagnosis/runbook.h"

#include <QCoreApplication>
#include <QHash>

#include <expected>

namespace YAML {
class Node;
class Mark;
} // namespace YAML

namespace lotse {

class YamlReader;

/// Reads runbook YAML (docs/runbooks.md) and checks the tree: unknown and
/// unreachable nodes, cycles, missing translations, unread checks, thresholds
/// out of order and malformed queries, each reported with file, line and column.
class RunbookLoader final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::RunbookLoader)

public:
    static std::expected<Runbook, Diagnostics> loadFile(const QString &path);
    /// @p limits bound the file; at most YamlLimits::maxRunbookNodes nodes are read.
    static std::expected<Runbook, Diagnostics> parse(const QByteArray &text, const QString &fileName,
                                                     const YamlLimits &limits = YamlLimits());
    /// True when @p text looks like a runbook rather than a dashboard.
    static bool looksLikeRunbook(const QByteArray &text);

private:
    struct Marks;

    static CheckSpec readCheck(YamlReader &reader, const QString &id, const YAML::Node &node);
    static RunbookNode readNode(YamlReader &reader, const QString &id, const YAML::Node &node, bool isStart,
                                Marks &marks);
    static Branch readBranch(YamlReader &reader, const YAML::Node &node, Marks &marks, const QString &from);
    static std::optional<Condition> readCondition(YamlReader &reader, const YAML::Node &node);
    static void readCheckTest(YamlReader &reader, const YAML::Node &node, Condition &condition);
    static void readFinding(YamlReader &reader, const YAML::Node &node, RunbookNode &result, Marks &marks);
    /// Reads a checklist node's `sections` (ChecklistReader) and notes the checks its items name.
    static void readChecklist(YamlReader &reader, const YAML::Node &sections, RunbookNode &result, Marks &marks);
    static void validate(YamlReader &reader, const Runbook &runbook, const Marks &marks);
    static void validateReferences(YamlReader &reader, const Runbook &runbook, const Marks &marks);
    static void validateReachability(YamlReader &reader, const Runbook &runbook, const Marks &marks);
    /// Reads `nodes:`; false when there are too many to read at all.
    static bool readNodes(YamlReader &reader, const YAML::Node &root, Runbook &runbook, Marks &marks);
    static void validateCycles(YamlReader &reader, const Runbook &runbook, const Marks &marks);
};

} // namespace lotse
