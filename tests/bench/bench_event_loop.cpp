// While a 40 MB query_range answer is fetched, parsed and thinned for a chart,
// a 5 ms timer on the GUI thread records how late it fires. The worst lateness
// is how long the GUI would have frozen.
#include "benchreport.h"
#include "cannedhttpserver.h"
#include "dashboard/dashboardsession.h"
#include "sources/prometheus/prometheussource.h"
#include "rangebody.h"
#include "sources/sourceregistry.h"
#include "stallprobe.h"

#include <QApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    lotse::test::CannedHttpServer server(200, lotse::test::rangeBody(100, 11000));

    lotse::SourceRegistry sources;
    lotse::PrometheusSettings settings;
    settings.url = QUrl(QString::fromLatin1(server.url()));
    settings.timeoutMs = 120000;
    sources.add(new lotse::PrometheusSource(QStringLiteral("prometheus"), settings));

    lotse::Dashboard dashboard;
    dashboard.id = QStringLiteral("bench");
    lotse::ChartSpec chart;
    chart.id = QStringLiteral("latency");
    chart.queries.append({QStringLiteral("http_request_duration_seconds"),
                          {QStringLiteral("{{instance}}"), QStringLiteral("{{instance}}")}});
    dashboard.charts.append(chart);
    dashboard.range = lotse::TimeRange::absolute(QDateTime::fromSecsSinceEpoch(1768400000, Qt::UTC),
                                                 QDateTime::fromSecsSinceEpoch(1768400000 + 11000 * 15, Qt::UTC));
    lotse::DashboardSession session(dashboard, &sources);
    session.setChartWidth(0, 1920);

    lotse::test::StallProbe probe;

    double worstMs = 0;
    for (int run = 0; run < 3; ++run) {
        QEventLoop loop;
        QObject::connect(&session, &lotse::DashboardSession::refreshFinished, &loop, &QEventLoop::quit);
        probe.start();
        session.refresh();
        loop.exec();
        probe.stop();
        const lotse::ChartData &data = session.chart(0);
        if (data.error || data.lines.size() != 100) {
            QTextStream(stderr) << "fetch failed: " << (data.error ? data.error->message : QStringLiteral("lines"))
                                << '\n';
            return 1;
        }
        // The plain lateness of the 5 ms timer, as this figure has always been measured.
        worstMs = std::max(worstMs, probe.worstWallMs());
    }
    lotse::test::reportFigure(QStringLiteral("worst GUI stall while fetching+parsing 40 MB"), worstMs,
                              QStringLiteral("ms"), QStringLiteral("< 50 ms"));
    return 0;
}
