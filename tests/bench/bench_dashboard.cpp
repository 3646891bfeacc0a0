// The real window against a real Prometheus holding 100 series × 7 days at
// 15 s (the bench-history fixture): how long a user waits for the chart, how
// long the GUI freezes on a range change, what refreshing costs while idle,
// and the memory of 100 × 11,000 points. The naive Qt Charts program
// (bench_baseline_charts) is measured in the same run, side by side.
// Timings are figures, never assertions; the bench fails only when the work
// itself fails (no paint, too few lines).
#include "benchreport.h"
#include "dashboard/dashboardsession.h"
#include "charts/timeserieschart.h"
#include "dashboard/dashboardview.h"
#include "dashboard/timerangebar.h"
#include "core/localization.h"
#include "core/timerange.h"
#include "stallprobe.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <unistd.h>

namespace {

using lotse::test::reportFigure;
using lotse::test::statusKiB;

constexpr int kSeries = 100;
constexpr int kRuns = 5;
constexpr qint64 kDay = 86400;
const QString kQuery = QStringLiteral("lotse_bench_value");

struct Setup
{
    QString url;
    QString work;
    qint64 end = 0;
    QProcessEnvironment env;
};

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// One chart of the 100 series; and 20 cards and 4 charts on the server's own live metrics at 5 s.
void writeDashboards(const QString &work)
{
    writeFile(work + QStringLiteral("/bench.yaml"),
              "id: bench\ntitle: {en: Bench, de: Bench}\nrange: now-7d\n"
              "refresh: off\ncharts:\n  - id: many\n    title: {en: Many, de: Viele}\n"
              "    queries:\n      - query: lotse_bench_value\n"
              "        legend: \"{{instance}}\"\n");
    QByteArray idle = "id: idle\ntitle: {en: Idle, de: Idle}\nrange: now-1h\nrefresh: 5s\nkpis:\n";
    for (int i = 0; i < 20; ++i) {
        idle += QStringLiteral("  - id: card%1\n    title: {en: Card %1, de: Karte %1}\n"
                               "    query: sum(rate(prometheus_http_requests_total[1m])) + %1\n    reduce: max\n")
                    .arg(i)
                    .toUtf8();
    }
    idle += "charts:\n";
    for (int i = 0; i < 4; ++i) {
        idle += QStringLiteral("  - id: chart%1\n    title: {en: Chart %1, de: Diagramm %1}\n    queries:\n"
                               "      - query: rate(prometheus_http_requests_total[1m]) * %2\n"
                               "        legend: \"{{handler}}\"\n")
                    .arg(i)
                    .arg(i + 1)
                    .toUtf8();
    }
    writeFile(work + QStringLiteral("/idle.yaml"), idle);
}

Setup setup()
{
    Setup s;
    s.work = qEnvironmentVariable("LOTSE_BENCH_WORK");
    QDir().mkpath(s.work + QStringLiteral("/config"));
    QFile url(qEnvironmentVariable("LOTSE_PROMETHEUS_DIR") + QStringLiteral("/url"));
    if (url.open(QIODevice::ReadOnly))
        s.url = QString::fromUtf8(url.readAll()).trimmed();
    s.end = qEnvironmentVariable("LOTSE_BENCH_END").toLongLong();
    writeDashboards(s.work);
    s.env = QProcessEnvironment::systemEnvironment();
    s.env.insert(QStringLiteral("LOTSE_PAINT_PROBE"), QString::number(kSeries));
    return s;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

/// Starts @p program and waits for its line starting with @p marker; the
/// milliseconds from the start to the epoch the line reports, with the line.
std::optional<std::pair<double, QStringList>> timeToLine(const QString &program, const QStringList &arguments,
                                                         const QProcessEnvironment &env, const QByteArray &marker)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    process.start(program, arguments);
    QByteArray out;
    std::optional<std::pair<double, QStringList>> found;
    QElapsedTimer timer;
    timer.start();
    while (!found && timer.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(500);
        out += process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith(marker) && out.contains(line + '\n')) {
                const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(' '));
                found = std::pair(double(fields.value(1).toLongLong() - started), fields);
            }
        }
    }
    process.kill();
    process.waitForFinished();
    if (!found)
        QTextStream(stderr) << program << " painted nothing: " << process.readAllStandardError().right(2000) << '\n';
    return found;
}

/// Median first paint of the program and of the naive baseline, run in turns.
bool firstPaint(const Setup &s)
{
    const QString dir = QCoreApplication::applicationDirPath();
    QList<double> ours;
    QList<double> baseline;
    for (int run = 0; run < kRuns; ++run) {
        const auto lotse = timeToLine(qEnvironmentVariable("LOTSE_BINARY"),
                                      {QStringLiteral("--prometheus"), s.url, QStringLiteral("--dashboard"),
                                       s.work + QStringLiteral("/bench.yaml"), QStringLiteral("--at"),
                                       QString::number(s.end), QStringLiteral("--lang"), QStringLiteral("en")},
                                      s.env, "lotse-paint ");
        if (!lotse || lotse->second.value(2).toInt() != kSeries)
            return false;
        ours.append(lotse->first);
        // The same query at the same step as the program chose for its plot width.
        const double step = lotse::TimeRange::stepFor({double(s.end - 7 * kDay), double(s.end)},
                                                      std::max(1, lotse->second.value(3).toInt()));
        const auto naive = timeToLine(
            dir + QStringLiteral("/bench_baseline_charts"),
            {s.url, kQuery, QString::number(s.end - 7 * kDay), QString::number(s.end), QString::number(step)}, s.env,
            "baseline-paint ");
        if (!naive)
            return false;
        baseline.append(naive->first);
    }
    reportFigure(QStringLiteral("dashboard: process start to 100 series painted (median of %1)").arg(kRuns),
                 median(ours), QStringLiteral("ms"), QStringLiteral("< 600 ms"));
    reportFigure(QStringLiteral("dashboard: naive Qt Charts program, same query and step (median of %1)").arg(kRuns),
                 median(baseline), QStringLiteral("ms"), QStringLiteral("-"));
    reportFigure(QStringLiteral("dashboard: naive program's time / Lotse's"), median(baseline) / median(ours),
                 QStringLiteral("x"), QStringLiteral(">= 2 x"));
    return true;
}

/// Calls done() once the watched viewport has painted while ready() holds.
class PaintWatch final : public QObject
{
public:
    std::function<bool()> ready;
    std::function<void()> done;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ready && ready()) {
            ready = nullptr;
            QMetaObject::invokeMethod(this, done, Qt::QueuedConnection); // after this paint
        }
        return QObject::eventFilter(watched, event);
    }
};

/// Milliseconds from act() until chart 0 has painted @p from..to whole with at
/// least @p points points a line (-1 when it never does); the stall probe runs meanwhile.
double untilPainted(lotse::MainWindow &window, double from, qsizetype points, lotse::test::StallProbe &probe,
                    const std::function<void()> &act)
{
    lotse::TimeSeriesChart *chart = window.dashboardView()->charts().value(0);
    QPointer<lotse::DashboardSession> session = window.session();
    PaintWatch watch;
    QEventLoop loop;
    bool painted = false;
    watch.ready = [session, chart, from, points] {
        const lotse::ChartData &data = session->chart(0);
        return !data.loading && std::abs(data.window.from - from) < 1 && data.lines.size() == kSeries
            && data.lines.constFirst().shown.size() >= points
            && chart->overlay() == lotse::TimeSeriesChart::Overlay::None && chart->isPlotCurrent();
    };
    watch.done = [&] {
        painted = true;
        loop.quit();
    };
    chart->viewport()->installEventFilter(&watch);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    probe.start();
    act();
    loop.exec();
    probe.stop();
    return painted ? double(timer.elapsed()) : -1;
}

lotse::TimeRange lastSeconds(qint64 end, qint64 seconds)
{
    return lotse::TimeRange::absolute(QDateTime::fromSecsSinceEpoch(end - seconds, Qt::UTC),
                                      QDateTime::fromSecsSinceEpoch(end, Qt::UTC));
}

/// The real window in this process: range changes to 2 d and 7 d, the worst
/// stall meanwhile, then 100 lines of 11,000 points and the peak RSS.
bool rangeChanges(const Setup &s)
{
    lotse::Localization localization;
    localization.setLanguage(QStringLiteral("en"));
    lotse::MainWindow window(&localization);
    window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), s.url, QStringLiteral("--dashboard"),
                  s.work + QStringLiteral("/bench.yaml"), QStringLiteral("--at"), QString::number(s.end)});
    window.resize(1280, 800);
    window.show();
    lotse::test::StallProbe probe;
    if (untilPainted(window, double(s.end - 7 * kDay), 100, probe, [] {}) < 0)
        return false;
    double worst = 0;
    double worstWall = 0;
    for (const qint64 days : {2, 7}) {
        const double ms = untilPainted(window, double(s.end - days * kDay), 100, probe, [&] {
            Q_EMIT window.timeRangeBar()->rangeChosen(lastSeconds(s.end, days * kDay));
        });
        if (ms < 0)
            return false;
        reportFigure(QStringLiteral("dashboard: range change to %1 d until repainted").arg(days), ms,
                     QStringLiteral("ms"), QStringLiteral("< 300 ms"));
        worst = std::max(worst, probe.worstMs());
        worstWall = std::max(worstWall, probe.worstWallMs());
    }
    reportFigure(QStringLiteral("dashboard: worst GUI stall during range changes (5 ms timer's lateness)"), worstWall,
                 QStringLiteral("ms"), QStringLiteral("< 50 ms"));
    reportFigure(QStringLiteral("dashboard: worst GUI stall during range changes (waits for a CPU left out)"), worst,
                 QStringLiteral("ms"), QStringLiteral("< 50 ms"));
    // 11,000 points a line: a chart as wide as the cap on points allows.
    window.session()->setChartWidth(0, 11000);
    const qint64 span = 10999 * 15;
    if (untilPainted(window, double(s.end - span), 10000, probe,
                     [&] { Q_EMIT window.timeRangeBar()->rangeChosen(lastSeconds(s.end, span)); })
        < 0)
        return false;
    reportFigure(QStringLiteral("dashboard: worst GUI stall taking 100 x 11,000 points"), probe.worstWallMs(),
                 QStringLiteral("ms"), QStringLiteral("< 50 ms"));
    reportFigure(QStringLiteral("dashboard: peak RSS holding 100 x 11,000 points"), double(statusKiB("VmHWM")) / 1024,
                 QStringLiteral("MiB"), QStringLiteral("< 200 MiB"));
    return true;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Queries Prometheus has answered, by its own count (its /metrics).
double queriesAnswered(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url + QStringLiteral("/metrics"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    static const QRegularExpression line(
        QStringLiteral("^prometheus_http_requests_total\\{[^}]*handler=\"/api/v1/query(_range)?\"[^}]*\\} (\\S+)$"),
        QRegularExpression::MultilineOption);
    double total = 0;
    for (auto it = line.globalMatch(QString::fromUtf8(reply->readAll())); it.hasNext();)
        total += it.next().captured(2).toDouble();
    reply->deleteLater();
    return total;
}

double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15, the 12th and 13th after the command.
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/// The program with 20 cards and 4 charts refreshing every 5 s, over 60 s.
bool idle(const Setup &s)
{
    QProcess process;
    process.setProcessEnvironment(s.env);
    process.start(qEnvironmentVariable("LOTSE_BINARY"),
                  {QStringLiteral("--prometheus"), s.url, QStringLiteral("--dashboard"),
                   s.work + QStringLiteral("/idle.yaml"), QStringLiteral("--lang"), QStringLiteral("en")});
    if (!process.waitForStarted())
        return false;
    wait(8000); // started, read once, laid out
    const double cpu = cpuSeconds(process.processId());
    const double queries = queriesAnswered(s.url);
    QElapsedTimer timer;
    timer.start();
    wait(60000);
    const double seconds = double(timer.elapsed()) / 1000;
    const double cpuAfter = cpuSeconds(process.processId());
    const double queriesAfter = queriesAnswered(s.url);
    process.kill();
    process.waitForFinished();
    if (cpu < 0 || cpuAfter < 0)
        return false;
    reportFigure(QStringLiteral("dashboard: CPU, 20 cards and 4 charts refreshing every 5 s"),
                 100 * (cpuAfter - cpu) / seconds, QStringLiteral("% of a core"), QStringLiteral("< 1 %"));
    reportFigure(QStringLiteral("dashboard: Prometheus queries a minute, 20 cards and 4 charts at 5 s"),
                 (queriesAfter - queries) * 60 / seconds, QStringLiteral("/min"), QStringLiteral("<= 288 /min"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString work = qEnvironmentVariable("LOTSE_BENCH_WORK");
    // Settings and dashboards of this run only; a 1280×800 window on a screen with room for it.
    qputenv("XDG_CONFIG_HOME", (work + QStringLiteral("/config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        QDir().mkpath(work);
        writeFile(
            work + QStringLiteral("/screen.json"),
            R"({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]})");
        qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + work + QStringLiteral("/screen.json")).toUtf8());
    }
    QApplication app(argc, argv);
    const Setup s = setup();
    if (s.url.isEmpty() || s.end == 0) {
        QTextStream(stderr) << "no Prometheus (LOTSE_PROMETHEUS_DIR) or no LOTSE_BENCH_END\n";
        return 1;
    }
    // LOTSE_BENCH_ONLY=paint|ranges|idle runs one part, to measure one change at a time.
    const QString only = qEnvironmentVariable("LOTSE_BENCH_ONLY");
    const auto runs = [&only](const char *part) {
        return only.isEmpty() || only == QLatin1String(part);
    };
    if ((runs("paint") && !firstPaint(s)) || (runs("ranges") && !rangeChanges(s)) || (runs("idle") && !idle(s))) {
        QTextStream(stderr) << "the dashboard did not show its data\n";
        return 1;
    }
    return 0;
}
