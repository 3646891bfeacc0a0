#pragma once

#include "diagnosis/checklist.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <yaml-cpp/mark.h>

namespace YAML {
class Node;
} // namespace YAML

namespace lotse {

class YamlReader;

/// Reads the `sections` of a checklist node (docs/runbooks.md): sections of
/// items, each item a text in English and German that names the checks it
/// stands for, or none for a manual tick. Kept apart from RunbookLoader so
/// that the tree's loader needs only to hand it the node.
class ChecklistReader final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ChecklistReader)

public:
    /// A check an item names, where it is named: RunbookLoader checks that it exists.
    struct Reference
    {
        QString check;
        YAML::Mark mark;
    };

    /// Reads @p sections, reporting what is wrong with line and column through
    /// @p reader; the checks the items name are added to @p references.
    static QList<ChecklistSection> read(YamlReader &reader, const YAML::Node &sections, QList<Reference> &references);

private:
    static ChecklistSection readSection(YamlReader &reader, const YAML::Node &node, QSet<QString> &sectionIds,
                                        QSet<QString> &itemIds, QList<Reference> &references);
    static ChecklistItem readItem(YamlReader &reader, const YAML::Node &node, QSet<QString> &itemIds,
                                  QList<Reference> &references);
    /// The id under `id`, reported when missing, malformed or already taken in @p taken.
    static QString readId(YamlReader &reader, const YAML::Node &node, QSet<QString> &taken, const QString &twice);
};

} // namespace lotse
