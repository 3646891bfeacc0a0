#pragma once

#include "core/localizedtext.h"

#include <QList>
#include <algorithm>
#include <QString>

namespace lotse {

/// What became of one Grafana panel: translated, or kept as a placeholder
/// card that shows why.
struct PanelOutcome
{
    QString title;
    QString type;    ///< Grafana's panel type: graph, stat, grafana-piechart-panel …
    QString section; ///< the row the panel stood in; empty outside rows
    bool placeholder = false;
    LocalizedText reason;       ///< why it is a placeholder
    QList<LocalizedText> notes; ///< what was translated approximately
};

/// The account of one import, panel by panel: nothing is left out silently.
struct GrafanaReport
{
    QList<PanelOutcome> panels;
    QList<LocalizedText> notes; ///< about the dashboard: variables, macros
    int seen = 0;               ///< panels found in the input, rows not counted
    int sections = 0;           ///< Grafana rows that became sections

    int translated() const { return int(panels.size()) - placeholders(); }
    int placeholders() const
    {
        return int(std::count_if(panels.cbegin(), panels.cend(), [](const PanelOutcome &p) { return p.placeholder; }));
    }
    /// Panels found but neither translated nor kept as placeholders: 0.
    int dropped() const { return seen - int(panels.size()); }
};

} // namespace lotse
