#include "variables/variablescontroller.h"

#include "variables/variablereferences.h"
#include "window/sourcescontroller.h"

#include <QSet>

namespace lotse {

VariablesController::VariablesController(SourcesController *sources, VariableBar *bar, QWidget *holder, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_bar(bar)
    , m_holder(holder)
{
    connect(&m_resolver, &VariableResolver::finished, this, &VariablesController::showResolved);
    connect(bar, &VariableBar::chosen, this, [this](const QString &name, const QStringList &picked) {
        Q_EMIT chosen(afterPick(m_specs, m_values, name, picked));
    });
}

void VariablesController::resolve(const QList<VariableSpec> &specs, const VariableValues &chosen,
                                  const TimeWindow &window)
{
    m_specs = specs;
    m_values = chosen;
    if (m_bar)
        m_bar->setReading(true);
    m_resolver.resolve(specs, chosen, m_sources->sources(), window);
}

void VariablesController::showResolved()
{
    m_values = m_resolver.values();
    QList<VariableBar::Choice> choices;
    for (const VariableSpec &spec : std::as_const(m_specs))
        choices.append(
            {spec, m_resolver.options(spec.name), m_values.values(spec.name), m_resolver.problem(spec.name)});
    show(choices, false);
    Q_EMIT resolved(m_values);
}

void VariablesController::showFixed(const QList<VariableSpec> &specs, const VariableValues &values)
{
    m_resolver.cancel(); // what was being read would replace the fixed values when it came
    m_specs = specs;
    m_values = values;
    QList<VariableBar::Choice> choices;
    for (const VariableSpec &spec : specs)
        choices.append({spec, values.values(spec.name), values.values(spec.name), {}});
    show(choices, true);
}

void VariablesController::show(const QList<VariableBar::Choice> &choices, bool greyed)
{
    if (m_bar) {
        m_bar->setChoices(choices);
        m_bar->setReading(greyed);
    }
    if (m_holder)
        m_holder->setVisible(m_bar && !m_bar->isEmpty());
}

VariableValues VariablesController::afterPick(const QList<VariableSpec> &specs, VariableValues values,
                                              const QString &name, const QStringList &picked)
{
    values.set(name, picked);
    // Declared order is reading order: a variable can only be read from those before it.
    QSet<QString> changed{name};
    VariableValues kept;
    for (const VariableSpec &spec : specs) {
        const QStringList uses = VariableReferences::names(spec.metric);
        const bool stale = spec.isRead() && std::any_of(uses.cbegin(), uses.cend(), [&changed](const QString &use) {
                               return changed.contains(use);
                           });
        if (stale)
            changed.insert(spec.name);
        else if (values.contains(spec.name))
            kept.set(spec.name, values.values(spec.name));
    }
    return kept;
}

} // namespace lotse
