#pragma once

#include "core/localizedtext.h"

#include <QString>

namespace lotse {

/// The words of an import report and of the placeholders it leaves. Both
/// languages at once: a placeholder's reason is written into the dashboard
/// YAML, which carries English and German whatever the window shows.
class GrafanaTexts final
{
public:
    enum class Id {
        UnsupportedPanel, ///< %1: the panel type
        NotPrometheus,    ///< %1: the target's kind
        NoQueries,
        Transformations,    ///< %1: the transformation ids
        UnknownMacro,       ///< %1: the macro
        UndeclaredVariable, ///< %1: the name
        BadQuery,           ///< %1: the syntax problem
        UnknownUnit,        ///< %1: Grafana's unit id
        TableAsCards,
        ReduceOverTime, ///< %1: Grafana's calculation, %2: Lotse's reduce
        NoDirection,
        VariableRegex,    ///< %1: the variable
        VariableFixed,    ///< %1: the variable, %2: its Grafana kind
        VariableSource,   ///< %1: the variable, %2: the source
        VariableAllValue, ///< %1: the variable, %2: Grafana's all value
        MacroValue,       ///< %1: the macro, %2: what it became
        HiddenTarget,     ///< %1: the target's refId
        NotImportedTitle, ///< %1: the panel's title
        VariableLeftOut,  ///< %1: the variable, %2: its Grafana kind
        RangeFallback,    ///< %1: Grafana's range, %2: the one Lotse opens with
        DefaultNarrowed,  ///< %1: the variable
        UntitledRow,      ///< %1: the row's number
        ThresholdColour,  ///< %1: the colour mode of an old graph's threshold
        ThresholdOp,      ///< %1: the op of an old graph's threshold
        ThresholdsMixed,  ///< an old graph's thresholds point both ways
        ThresholdExtra,   ///< %1: the value of a threshold no band is left for
    };

    /// The text of @p id with its arguments filled in.
    static LocalizedText text(Id id, const QString &first = {}, const QString &second = {});
};

} // namespace lotse
