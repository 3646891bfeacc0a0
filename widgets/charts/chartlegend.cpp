#include "charts/chartlegend.h"

#include <QChart>
#include <QCursor>
#include <QGuiApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>

#include <algorithm>

namespace lotse {

ChartLegend::ChartLegend(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{
}

void ChartLegend::sync(const QList<QLineSeries *> &lines)
{
    // The legend makes its markers anew whenever series come and go: connect afresh.
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_lines = lines;
    for (QLineSeries *line : lines) {
        line->setVisible(!m_hidden.contains(line->name()));
        for (QLegendMarker *marker : m_chart->legend()->markers(line)) {
            connectMarker(marker, line);
            applyLook(marker, line);
        }
    }
}

void ChartLegend::connectMarker(QLegendMarker *marker, QLineSeries *line)
{
    m_connections.append(connect(marker, &QLegendMarker::clicked, this, [this, line] {
        toggle(line, QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    }));
    m_connections.append(connect(marker, &QLegendMarker::hovered, this, [marker, line](bool entered) {
        if (entered && marker->label() != line->name())
            QToolTip::showText(QCursor::pos(), line->name());
        else if (!entered)
            QToolTip::hideText();
    }));
}

void ChartLegend::toggle(QLineSeries *line, bool isolate)
{
    const QString name = line->name();
    if (isolate) {
        const bool alone = std::all_of(m_lines.cbegin(), m_lines.cend(), [this, line](QLineSeries *other) {
            return (other == line) != m_hidden.contains(other->name());
        });
        m_hidden.clear();
        if (!alone) {
            for (QLineSeries *other : std::as_const(m_lines)) {
                if (other != line)
                    m_hidden.insert(other->name());
            }
        }
    } else if (!m_hidden.remove(name)) {
        m_hidden.insert(name);
    }
    sync(m_lines);
}

void ChartLegend::applyLook(QLegendMarker *marker, QLineSeries *line)
{
    // Hiding a series hides its marker too; the entry stays, dimmed, so it can be clicked back.
    marker->setVisible(true);
    const QFontMetrics metrics(m_chart->legend()->font());
    marker->setLabel(metrics.elidedText(line->name(), Qt::ElideMiddle, labelWidth()));
    QColor text = m_chart->legend()->labelColor();
    QColor swatch = line->pen().color();
    if (!line->isVisible()) {
        text.setAlphaF(0.35f);
        swatch.setAlphaF(0.25f);
    }
    marker->setLabelBrush(text);
    marker->setBrush(swatch);
    marker->setPen(QPen(swatch));
}

int ChartLegend::labelWidth() const
{
    // Two names side by side still fit; one never takes more than the chart's width.
    return std::max(120, int(m_chart->size().width() * 0.45));
}

} // namespace lotse
