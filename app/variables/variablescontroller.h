#pragma once

#include "core/timerange.h"
#include "dashboard/variablebar.h"
#include "variables/variableresolver.h"
#include "variables/variablevalues.h"

#include <QObject>
#include <QPointer>

namespace lotse {

class SourcesController;

/// The variables of the dashboard shown: reads the values each may take
/// (VariableResolver) over the dashboard's window, offers them in the bar,
/// and reports the values the user picks, with those of the variables read
/// from the picked one cleared, so they are read again after it.
class VariablesController final : public QObject
{
    Q_OBJECT

public:
    /// Shows the pickers in @p bar, and @p holder (the bar's toolbar) only
    /// while a dashboard has variables to pick.
    VariablesController(SourcesController *sources, VariableBar *bar, QWidget *holder, QObject *parent = nullptr);

    /// Reads the options of @p specs over @p window, @p chosen kept; emits resolved().
    void resolve(const QList<VariableSpec> &specs, const VariableValues &chosen, const TimeWindow &window);
    /// Shows @p values as they are, nothing to pick: a snapshot's.
    void showFixed(const QList<VariableSpec> &specs, const VariableValues &values);
    bool isBusy() const { return m_resolver.isBusy(); }
    const VariableResolver &resolver() const { return m_resolver; }

    /// @p values with @p name set to @p picked, and every variable read
    /// (directly or not) from it unset, in @p specs' order.
    static VariableValues afterPick(const QList<VariableSpec> &specs, VariableValues values, const QString &name,
                                    const QStringList &picked);

Q_SIGNALS:
    /// The values are read: every variable has one, or has none to take.
    void resolved(const lotse::VariableValues &values);
    /// The user picked; the dashboard is to be bound with @p values.
    void chosen(const lotse::VariableValues &values);

private:
    void showResolved();
    /// Puts @p choices in the bar, @p greyed while nothing can be picked.
    void show(const QList<VariableBar::Choice> &choices, bool greyed);

    SourcesController *m_sources;
    QPointer<VariableBar> m_bar;
    QPointer<QWidget> m_holder;
    VariableResolver m_resolver;
    QList<VariableSpec> m_specs;
    VariableValues m_values;
};

} // namespace lotse
