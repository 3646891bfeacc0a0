#include "grafana/grafanareporttext.h"

namespace lotse {

namespace {

QString titled(const PanelOutcome &panel)
{
    return panel.section.isEmpty() ? panel.title : panel.section + QStringLiteral(" › ") + panel.title;
}

} // namespace

QString GrafanaReportText::summary(const GrafanaReport &report)
{
    return tr("%1 panels: %2 translated, %3 placeholders, %4 dropped")
        .arg(report.seen)
        .arg(report.translated())
        .arg(report.placeholders())
        .arg(report.dropped());
}

QStringList GrafanaReportText::lines(const GrafanaReport &report, const QString &language)
{
    QStringList lines;
    for (const PanelOutcome &panel : report.panels) {
        lines.append(panel.placeholder
                         ? tr("placeholder: %1 (%2): %3").arg(titled(panel), panel.type, panel.reason.text(language))
                         : tr("translated: %1 (%2)").arg(titled(panel), panel.type));
        for (const LocalizedText &note : panel.notes)
            lines.append(QLatin1String("    ") + note.text(language));
    }
    for (const LocalizedText &note : report.notes)
        lines.append(tr("note: %1").arg(note.text(language)));
    return lines;
}

QStringList GrafanaReportText::placeholders(const GrafanaReport &report, const QString &language)
{
    QStringList lines;
    for (const PanelOutcome &panel : report.panels) {
        if (panel.placeholder)
            lines.append(QStringLiteral("%1: %2").arg(titled(panel), panel.reason.text(language)));
    }
    return lines;
}

} // namespace lotse
