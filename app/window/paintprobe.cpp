#include "window/paintprobe.h"

#include "charts/timeserieschart.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QTextStream>

namespace lotse {

PaintProbe::PaintProbe(int lines, QObject *parent)
    : QObject(parent)
    , m_lines(lines)
{
}

void PaintProbe::installIfAsked()
{
    bool ok = false;
    const int lines = qEnvironmentVariableIntValue("LOTSE_PAINT_PROBE", &ok);
    if (ok && lines > 0)
        qApp->installEventFilter(new PaintProbe(lines, qApp));
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_reported || event->type() != QEvent::Paint)
        return false;
    // Charts paint on their viewport, whose parent is the chart.
    auto *chart = qobject_cast<TimeSeriesChart *>(watched->parent());
    if (!chart || chart->overlay() != TimeSeriesChart::Overlay::None || chart->lines().size() < m_lines
        || chart->plottedPoints(0) == 0 || !chart->isPlotCurrent())
        return false;
    m_reported = true;
    // Queued: it runs once this paint has been done and flushed.
    QMetaObject::invokeMethod(
        this,
        [chart = QPointer<TimeSeriesChart>(chart)] {
            QTextStream(stdout) << "lotse-paint " << QDateTime::currentMSecsSinceEpoch() << ' '
                                << (chart ? chart->lines().size() : 0) << ' ' << (chart ? chart->plotWidth() : 0)
                                << Qt::endl;
        },
        Qt::QueuedConnection);
    return false;
}

} // namespace lotse
