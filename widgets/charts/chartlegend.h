#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QChart;
class QLegendMarker;
class QLineSeries;

namespace lotse {

/// The legend of a time-series chart as a control: a click on an entry hides
/// or shows its series, Ctrl+click shows that series alone (and a second
/// Ctrl+click everything again). Long names are elided in the middle, where
/// series names differ least, and hovering shows the whole name. A hidden
/// series stays hidden across refreshes, by name.
class ChartLegend final : public QObject
{
    Q_OBJECT

public:
    explicit ChartLegend(QChart *chart, QObject *parent = nullptr);

    /// Applies names, elision and hidden series after the lines changed.
    void sync(const QList<QLineSeries *> &lines);
    /// What a click on @p line's entry does; @p isolate is Ctrl+click.
    void toggle(QLineSeries *line, bool isolate);
    bool isHidden(const QString &name) const { return m_hidden.contains(name); }

private:
    void connectMarker(QLegendMarker *marker, QLineSeries *line);
    void applyLook(QLegendMarker *marker, QLineSeries *line);
    int labelWidth() const;

    QChart *m_chart;
    QList<QLineSeries *> m_lines;
    QSet<QString> m_hidden;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace lotse
