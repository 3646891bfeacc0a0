#include "definitions/checklistreader.h"

#include "definitions/yamlreader.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace lotse {

QList<ChecklistSection> ChecklistReader::read(YamlReader &reader, const YAML::Node &sections,
                                              QList<Reference> &references)
{
    QList<ChecklistSection> read;
    if (!sections.IsSequence() || sections.size() == 0) {
        reader.error(sections, tr("\"sections\" must be a list of sections, each with items"));
        return read;
    }
    QSet<QString> sectionIds;
    QSet<QString> itemIds; // one tick per item id: unique across the node's sections
    for (const YAML::Node &node : sections) {
        if (!node.IsMap()) {
            reader.error(node, tr("a checklist section must be a mapping with id, title and items"));
            continue;
        }
        read.append(readSection(reader, node, sectionIds, itemIds, references));
    }
    return read;
}

ChecklistSection ChecklistReader::readSection(YamlReader &reader, const YAML::Node &node, QSet<QString> &sectionIds,
                                              QSet<QString> &itemIds, QList<Reference> &references)
{
    ChecklistSection section;
    reader.checkKeys(node, {"id", "title", "items"});
    section.id = readId(reader, node, sectionIds, tr("section \"%1\" is defined twice"));
    section.title = reader.localized(node, "title", true);
    for (const YAML::Node &item : reader.sequence(node, "items", true)) {
        if (!item.IsMap()) {
            reader.error(item, tr("a checklist item must be a mapping with id, text and perhaps checks"));
            continue;
        }
        section.items.append(readItem(reader, item, itemIds, references));
    }
    if (section.items.isEmpty() && YamlReader::child(node, "items").IsSequence())
        reader.error(YamlReader::child(node, "items"), tr("section \"%1\" has no items").arg(section.id));
    return section;
}

ChecklistItem ChecklistReader::readItem(YamlReader &reader, const YAML::Node &node, QSet<QString> &itemIds,
                                        QList<Reference> &references)
{
    ChecklistItem item;
    reader.checkKeys(node, {"id", "text", "check", "checks"});
    item.id = readId(reader, node, itemIds, tr("item \"%1\" is defined twice in this checklist"));
    item.text = reader.localized(node, "text", true);
    const YAML::Node one = YamlReader::child(node, "check");
    if (one.IsDefined() && YamlReader::child(node, "checks").IsDefined())
        reader.error(one, tr("an item names its checks with check or checks, not both"));
    const auto add = [&](const YAML::Node &check) {
        const QString id = check.IsScalar() ? QString::fromStdString(check.Scalar()) : QString();
        if (id.isEmpty()) {
            reader.error(check, tr("a check is named by its id"));
            return;
        }
        item.checks.append(id);
        references.append({id, check.Mark()});
    };
    if (one.IsDefined())
        add(one);
    for (const YAML::Node &check : reader.sequence(node, "checks", false))
        add(check);
    item.checks.removeDuplicates();
    return item;
}

QString ChecklistReader::readId(YamlReader &reader, const YAML::Node &node, QSet<QString> &taken, const QString &twice)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    const QString id = reader.string(node, "id", true);
    if (id.isEmpty())
        return id;
    if (!pattern.match(id).hasMatch())
        reader.error(YamlReader::child(node, "id"),
                     tr("id \"%1\" may use only letters, digits, '_', '.' and '-'").arg(id));
    else if (taken.contains(id))
        reader.error(YamlReader::child(node, "id"), twice.arg(id));
    taken.insert(id);
    return id;
}

} // namespace lotse
