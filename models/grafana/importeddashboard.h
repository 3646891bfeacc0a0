#pragma once

#include "core/localizedtext.h"
#include "core/thresholds.h"
#include "core/unit.h"
#include "variables/variablespec.h"

#include <QList>
#include <QString>

namespace lotse {

/// One query of an imported chart or card, macros already replaced.
struct ImportedQuery
{
    QString query;
    QString legend; ///< Lotse's legend template ("{{instance}}"); empty: the series' labels
};

/// A Grafana panel as it becomes a Lotse chart, KPI card or placeholder card.
struct ImportedPanel
{
    enum class Kind {
        Chart,
        Kpi,
        Placeholder
    };

    Kind kind = Kind::Placeholder;
    QString title;
    QString section; ///< the Grafana row it stood in
    int row = -1;    ///< index into ImportedDashboard::sections; -1: above every section
    QString source;  ///< empty: the dashboard's first source
    Unit unit = Unit::None;
    QList<ImportedQuery> queries;
    QString reduce; ///< Kpi: Lotse's reduce name; empty: the default
    Thresholds thresholds;
    LocalizedText reason; ///< Placeholder: why the panel was not translated
};

/// A Grafana row as it becomes a dashboard section.
struct ImportedSection
{
    LocalizedText title;
    bool collapsed = false;
};

/// What the importer makes of a Grafana dashboard, before it is written as YAML.
struct ImportedDashboard
{
    QString id;
    QString title;
    QString range;   ///< Lotse's range text, now-1h
    QString refresh; ///< off or a duration
    QStringList sources;
    QList<VariableSpec> variables;
    QList<ImportedPanel> panels;
    QList<ImportedSection> sections;
};

} // namespace lotse
