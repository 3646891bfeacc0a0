#include "diagnosis/checklistreport.h"

#include "core/localization.h"
#include "diagnosis/diagnosisreport.h"

#include <QJsonObject>
#include <QTextStream>

namespace lotse {

QJsonArray ChecklistReport::json(const DiagnosisSession &session, const QString &language)
{
    QJsonArray items;
    for (const DiagnosisStep &step : session.steps()) {
        const RunbookNode *node = session.runbook().node(step.node);
        if (!node)
            continue;
        for (const ChecklistSection &section : node->sections) {
            for (const ChecklistItem &item : section.items) {
                QJsonObject entry = itemJson(session, node->id, item, language);
                entry.insert(QStringLiteral("node"), node->id);
                entry.insert(QStringLiteral("section"), section.id);
                items.append(entry);
            }
        }
    }
    return items;
}

QJsonObject ChecklistReport::itemJson(const DiagnosisSession &session, const QString &node, const ChecklistItem &item,
                                      const QString &language)
{
    QJsonObject entry{{QStringLiteral("item"), item.id}, {QStringLiteral("text"), item.text.text(language)}};
    if (item.isManual()) {
        const ChecklistTick tick = session.tick(node, item.id);
        entry.insert(QStringLiteral("kind"), QStringLiteral("manual"));
        entry.insert(QStringLiteral("ticked"), tick.ticked);
        if (!tick.note.isEmpty())
            entry.insert(QStringLiteral("note"), tick.note);
        return entry;
    }
    QJsonArray evidence;
    for (const QString &check : item.checks) {
        const Reading *reading = session.reading(check);
        if (!reading)
            continue;
        QJsonObject read = DiagnosisReport::evidenceJson(*reading, language);
        if (reading->skipped)
            read.insert(QStringLiteral("skipped"), true);
        evidence.append(read);
    }
    entry.insert(QStringLiteral("kind"), QStringLiteral("live"));
    entry.insert(QStringLiteral("state"), stateId(session.itemState(item)));
    entry.insert(QStringLiteral("evidence"), evidence);
    return entry;
}

void ChecklistReport::text(QTextStream &stream, const DiagnosisSession &session, int step, const QString &language)
{
    const QString nodeId = session.steps().at(step).node;
    const RunbookNode *node = session.runbook().node(nodeId);
    if (!node)
        return;
    const QLocale locale = Localization::localeOf(language);
    for (const ChecklistSection &section : node->sections) {
        stream << "   " << section.title.text(language) << '\n';
        for (const ChecklistItem &item : section.items) {
            if (item.isManual()) {
                const ChecklistTick tick = session.tick(nodeId, item.id);
                stream << "     [" << (tick.ticked ? 'x' : ' ') << "] " << item.text.text(language) << '\n';
                if (!tick.note.isEmpty())
                    stream << "         " << tr("Note: %1").arg(tick.note) << '\n';
                continue;
            }
            stream << "     [" << DiagnosisReport::stateName(session.itemState(item)) << "] "
                   << item.text.text(language) << '\n';
            for (const QString &check : item.checks) {
                const Reading *reading = session.reading(check);
                const CheckSpec *spec = session.runbook().check(check);
                if (reading && spec)
                    stream << "         " << spec->title.text(language) << ": "
                           << DiagnosisReport::describe(*reading, locale) << '\n';
            }
        }
    }
}

} // namespace lotse
