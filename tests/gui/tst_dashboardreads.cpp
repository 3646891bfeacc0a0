// What a dashboard asks of the Prometheus it watches, counted by a loopback
// relay in front of the real server (the shared fixture's own counter would
// count the other tests too): one query per card (its sparkline's read, whose
// last point is the value an instant read gives) and per chart query and
// refresh; a live range read again asks only for what is new
// and ends up with the very points a whole read gives; a chart is read once,
// at its laid-out width; a dashboard on a hidden tab is not read at all, nor
// a folded section until it is unfolded.
#include "../integration/support.h"
#include "../support/tcprelay.h"
#include "../support/testfiles.h"

#include "core/localization.h"
#include "layout/reportoptions.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "dashboard/sectionheader.h"
#include "snapshot/recordingsource.h"
#include "snapshot/snapshotsource.h"
#include "sources/prometheus/prometheussource.h"
#include "sources/sourceregistry.h"
#include "window/mainwindow.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cmath>

using namespace lotse::test;

namespace {

/// One request the relay saw: its path and its form.
struct Request
{
    QByteArray path;
    QUrlQuery form;
};

/// The HTTP requests in what the relay's clients sent, connection by
/// connection; with @p before (what they had sent then), only those since.
QList<Request> requestsOf(const TcpRelay &relay, const QList<QByteArray> &before = {})
{
    QList<Request> requests;
    for (qsizetype connection = 0; connection < relay.sent().size(); ++connection) {
        const QByteArray stream = relay.sent().at(connection).mid(before.value(connection).size());
        qsizetype at = 0;
        while (at < stream.size()) {
            const qsizetype headEnd = stream.indexOf("\r\n\r\n", at);
            if (headEnd < 0)
                break;
            const QByteArray head = stream.mid(at, headEnd - at);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            const QByteArray body = stream.mid(headEnd + 4, length);
            requests.append({head.split(' ').value(1), QUrlQuery(QString::fromUtf8(body).replace('+', ' '))});
            at = headEnd + 4 + length;
        }
    }
    return requests;
}

/// The queries among them (the window also asks for the server's version, its alerts, …).
QList<Request> queries(const TcpRelay &relay, const QByteArray &path, const QList<QByteArray> &before = {})
{
    QList<Request> found;
    const QList<Request> all = requestsOf(relay, before);
    for (const Request &request : all) {
        if (request.path == path)
            found.append(request);
    }
    return found;
}

qsizetype queryCount(const TcpRelay &relay)
{
    return queries(relay, "/api/v1/query").size() + queries(relay, "/api/v1/query_range").size();
}

const QString kKpi = QStringLiteral("sum(rate(kato_request_duration_seconds_count{job=\"kato\"}[5m]))");
const QStringList kChartQueries{
    QStringLiteral("sum by (instance) (rate(kato_request_duration_seconds_count{job=\"kato\"}[5m]))"),
    QStringLiteral("sum by (instance) (rate(kato_request_duration_seconds_sum{job=\"kato\"}[5m]))")};

/// How often @p query was asked, as a value or a range.
qsizetype timesAsked(const TcpRelay &relay, const QString &query)
{
    qsizetype count = 0;
    const QList<Request> all = requestsOf(relay);
    for (const Request &request : all) {
        if (request.form.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded) == query)
            ++count;
    }
    return count;
}

lotse::Dashboard dashboard()
{
    lotse::Dashboard board;
    board.id = QStringLiteral("reads");
    lotse::KpiSpec kpi;
    kpi.id = QStringLiteral("requests");
    kpi.query = kKpi;
    board.kpis.append(kpi);
    lotse::ChartSpec chart;
    chart.id = QStringLiteral("requests");
    for (const QString &query : kChartQueries)
        chart.queries.append({query, {QStringLiteral("{{instance}}"), QStringLiteral("{{instance}}")}});
    board.charts.append(chart);
    board.range = lotse::TimeRange::relative(3600);
    return board;
}

} // namespace

class TestDashboardReads final : public QObject
{
    Q_OBJECT

private:
    quint16 m_port = 0;
    QDateTime m_at;
    lotse::Localization m_localization;

private Q_SLOTS:
    void initTestCase()
    {
        const QUrl url(readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE")));
        QVERIFY2(url.port() > 0, "the Prometheus fixture did not start");
        m_port = quint16(url.port());
        const QJsonObject entry = caseNamed(QStringLiteral("kato-latency-database"));
        QVERIFY(!entry.isEmpty());
        m_at = QDateTime::fromSecsSinceEpoch(qint64(entry.value(QStringLiteral("at")).toDouble()), Qt::UTC);
        m_localization.setLanguage(QStringLiteral("en"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void liveRefreshAsksOnlyForWhatIsNew()
    {
        TcpRelay relay(m_port);
        QVERIFY(relay.open());
        lotse::SourceRegistry sources;
        lotse::PrometheusSettings settings;
        settings.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()));
        sources.add(new lotse::PrometheusSource(QStringLiteral("prometheus"), settings));
        lotse::DashboardSession session(dashboard(), &sources);
        session.setChartWidth(0, 400);
        session.setSparklineWidth(100);
        QSignalSpy finished(&session, &lotse::DashboardSession::refreshFinished);

        // The live range at two instants of the history, four steps apart.
        const QDateTime first = m_at.addSecs(-1800);
        session.pinTime(first);
        session.refresh();
        QVERIFY(finished.wait(30000));
        QCOMPARE(queries(relay, "/api/v1/query").size(), 0); // the card's value is its sparkline's last point
        const QList<Request> whole = queries(relay, "/api/v1/query_range");
        QCOMPARE(whole.size(), 1 + kChartQueries.size()); // the sparkline, the chart's queries
        double step = 0;                                  // the chart's (the sparkline's is coarser)
        for (const Request &request : whole) {
            if (kChartQueries.contains(request.form.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded)))
                step = request.form.queryItemValue(QStringLiteral("step")).toDouble();
        }
        QVERIFY(step > 0);
        QVERIFY(session.chart(0).lines.size() >= kChartQueries.size()); // a line per instance and query
        double last = 0;
        for (const lotse::ChartLine &line : session.chart(0).lines)
            last = std::max(last, line.fetched->times.back());

        const QList<QByteArray> before = relay.sent();
        const QDateTime second = first.addSecs(qint64(4 * step));
        session.pinTime(second);
        session.refresh();
        QVERIFY(finished.wait(30000));
        QCOMPARE(queries(relay, "/api/v1/query", before).size(), 0);
        const QList<Request> fresh = queries(relay, "/api/v1/query_range", before);
        QCOMPARE(fresh.size(), 1 + kChartQueries.size());
        for (const Request &request : fresh) {
            const double start = request.form.queryItemValue(QStringLiteral("start")).toDouble();
            // Never the whole window again: from the last point, one step of overlap.
            QVERIFY2(start > double(second.toSecsSinceEpoch() - 3600) + step, qPrintable(request.form.toString()));
            if (kChartQueries.contains(request.form.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded)))
                QCOMPARE(start, last - step);
        }
        compareWithWholeRead(session, sources, second);
    }

    void chartsAreReadOnceAtTheirWidthAndNotOnAHiddenTab()
    {
        TcpRelay relay(m_port);
        QVERIFY(relay.open());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("reads.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id: reads\ntitle: {en: Reads, de: Lesen}\nrange: now-1h\nkpis:\n  - id: requests\n"
                   "    title: {en: Requests, de: Anfragen}\n    query: '"
                   + kKpi.toUtf8()
                   + "'\ncharts:\n  - id: requests\n    title: {en: Requests, de: Anfragen}\n"
                     "    queries:\n");
        for (const QString &query : kChartQueries)
            file.write("      - query: '" + query.toUtf8() + "'\n");
        file.close();

        lotse::MainWindow window(&m_localization);
        open(window, relay, file.fileName());
        QVERIFY(window.session());
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.session()->isBusy() && window.session()->chart(0).lines.size() >= kChartQueries.size(), 30000);
        // One card (its value and sparkline in one read) and the two chart queries: nothing read twice.
        const int round = 1 + int(kChartQueries.size());
        QCOMPARE(queryCount(relay), round);
        QCOMPARE(queries(relay, "/api/v1/query_range").size(), round);

        window.showDatabases();
        QTRY_VERIFY(!window.dashboardView()->isVisible());
        QSignalSpy finished(window.session(), &lotse::DashboardSession::refreshFinished);
        window.session()->refresh();
        QCOMPARE(finished.size(), 1); // nothing to wait for
        QCOMPARE(queryCount(relay), round);

        // Back on the dashboard, what the refresh passed by is read, once.
        window.areas()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(queryCount(relay), 2 * round, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 30000);
        QCOMPARE(queryCount(relay), 2 * round);

        // A report exported while the refresh passed the panels by reads them first:
        // it prints them as current as the ones on screen, not as they were.
        window.showDatabases();
        QTRY_VERIFY(!window.dashboardView()->isVisible());
        window.session()->refresh();
        QCOMPARE(queryCount(relay), 2 * round);
        QSignalSpy exported(&window, &lotse::MainWindow::pdfExported);
        lotse::ReportOptions options;
        options.language = QStringLiteral("en");
        window.exportPdf(dir.filePath(QStringLiteral("passed-by.pdf")), options);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
        QCOMPARE(queryCount(relay), 3 * round);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("passed-by.pdf"))).size() > 0);
        // Read for the report, they are not read again when shown.
        window.areas()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboardView()->isVisible() && !window.session()->isBusy(), 30000);
        QCOMPARE(queryCount(relay), 3 * round);
    }

    void cardValueIsTheSparklinesLastPoint()
    {
        TcpRelay relay(m_port);
        QVERIFY(relay.open());
        lotse::SourceRegistry live;
        auto *prometheus = relayed(relay);
        live.add(prometheus);
        // Through recorders, as the window reads (for File ▸ Save Snapshot).
        lotse::SourceRegistry recorded;
        lotse::RecordingSource::wrapAll(live, recorded);
        lotse::DashboardSession session(dashboard(), &recorded);
        session.setChartWidth(0, 400);
        // A step of 52 s, which does not divide the hour: a grid from the window's
        // start would end 12 s before the card's instant, on another value.
        session.setSparklineWidth(70);
        QSignalSpy finished(&session, &lotse::DashboardSession::refreshFinished);
        // Off every whole second; the second refresh extends the first read.
        const QDateTime first = m_at.addSecs(-1500).addMSecs(250);
        for (const QDateTime &at : {first, first.addSecs(100)}) {
            const QList<QByteArray> before = relay.sent();
            session.pinTime(at);
            session.refresh();
            QVERIFY(finished.wait(30000));
            // No more than one query per card and per chart query.
            QCOMPARE(queries(relay, "/api/v1/query", before).size(), 0);
            QCOMPARE(queries(relay, "/api/v1/query_range", before).size(), 1 + kChartQueries.size());
            const lotse::KpiValue card = session.kpis()->value(0);
            QCOMPARE(card.readAt, at);
            QVERIFY(std::isfinite(card.value));
            const double instant = instantValue(*prometheus, at);
            QVERIFY2(card.value == instant, // exactly, not within QCOMPARE's tolerance
                     qPrintable(QStringLiteral("%1 != %2").arg(card.value, 0, 'g', 17).arg(instant, 0, 'g', 17)));
        }
        // An instant read 12 s earlier gives another value: the equality above is not a matter of course.
        QVERIFY(instantValue(*prometheus, first.addSecs(-12)) != instantValue(*prometheus, first));

        // Saved, the card is still the instant answer a replay looks up.
        const QDateTime last = first.addSecs(100);
        lotse::SnapshotSource replay({QStringLiteral("prometheus"), QStringLiteral("prometheus"), QString(), {}},
                                     lotse::RecordingSource::answersOf(recorded), last);
        const double replayed = instantValue(replay, last);
        QVERIFY(std::isfinite(replayed));
        QVERIFY(replayed == session.kpis()->value(0).value);
    }

    void aFoldedSectionIsReadOnlyOnceUnfolded()
    {
        TcpRelay relay(m_port);
        QVERIFY(relay.open());
        const QString folded = QStringLiteral("sum(rate(kato_request_duration_seconds_sum{job=\"kato\"}[5m]))");
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, QStringLiteral("sections.yaml"),
            "id: sections\ntitle: {en: Sections, de: Abschnitte}\nrange: now-1h\nkpis:\n  - id: requests\n"
            "    title: {en: Requests, de: Anfragen}\n    query: '"
                + kKpi.toUtf8()
                + "'\nsections:\n  - id: more\n    title: {en: More, de: Mehr}\n    collapsed: true\n"
                  "    kpis:\n      - id: busy\n        title: {en: Busy, de: Belegt}\n        query: '"
                + folded.toUtf8()
                + "'\n    charts:\n      - id: per_instance\n        title: {en: Per instance, de: Je Instanz}\n"
                  "        queries: [{query: '"
                + kChartQueries.first().toUtf8() + "'}]\n");
        QVERIFY(!path.isEmpty());

        lotse::MainWindow window(&m_localization);
        open(window, relay, path);
        QVERIFY(window.session());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy() && queryCount(relay) >= 1, 30000);
        // The card above the section (one read: its sparkline, whose last point is its value);
        // nothing of the folded section.
        QCOMPARE(queryCount(relay), 1);
        QCOMPARE(timesAsked(relay, folded), 0);
        QCOMPARE(timesAsked(relay, kChartQueries.first()), 0);
        lotse::SectionHeader *header = window.dashboardView()->sectionHeader(0);
        QVERIFY(header);
        QCOMPARE(header->text(), QStringLiteral("More"));
        QVERIFY(!window.dashboardView()->isCardShown(1));

        // Unfolded from the keyboard: its card and its chart are read, once.
        header->setFocus();
        QTest::keyClick(header, Qt::Key_Return);
        QVERIFY(!header->isCollapsed());
        QTRY_COMPARE_WITH_TIMEOUT(queryCount(relay), 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 30000);
        QCOMPARE(timesAsked(relay, folded), 1);
        QCOMPARE(timesAsked(relay, kChartQueries.first()), 1);

        // Folded again with a click, a refresh reads only what is above it.
        QTest::mouseClick(header, Qt::LeftButton);
        QVERIFY(header->isCollapsed());
        QSignalSpy finished(window.session(), &lotse::DashboardSession::refreshFinished);
        window.session()->refresh();
        QVERIFY(finished.wait(30000));
        QCOMPARE(queryCount(relay), 4);
        QCOMPARE(timesAsked(relay, folded), 1);
    }

private:
    /// A Prometheus source that reaches the fixture through @p relay.
    static lotse::PrometheusSource *relayed(const TcpRelay &relay)
    {
        lotse::PrometheusSettings settings;
        settings.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()));
        return new lotse::PrometheusSource(QStringLiteral("prometheus"), settings);
    }

    /// What an instant query of the card's query answers at @p at.
    static double instantValue(lotse::Source &source, const QDateTime &at)
    {
        std::optional<double> value;
        QObject context;
        source.instant(kKpi, at)->onFinished(&context, [&value](lotse::QueryReply::Result result) {
            value = result && result->series.size() == 1 ? result->series.front().values.back() : std::nan("");
        });
        return QTest::qWaitFor([&value] { return value.has_value(); }, 30000) ? *value : std::nan("");
    }

    /// @p window on screen with dashboard @p path, reading through @p relay at the case's instant.
    void open(lotse::MainWindow &window, const TcpRelay &relay, const QString &path) const
    {
        window.resize(1280, 800);
        window.show();
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"),
                      QStringLiteral("http://127.0.0.1:%1").arg(relay.port()), QStringLiteral("--dashboard"), path,
                      QStringLiteral("--at"), QString::number(m_at.toSecsSinceEpoch())});
    }

    /// The lines extended read by read hold the very points a whole read of the window gives.
    static void compareWithWholeRead(const lotse::DashboardSession &extended, lotse::SourceRegistry &sources,
                                     const QDateTime &at)
    {
        lotse::DashboardSession whole(dashboard(), &sources);
        whole.setChartWidth(0, 400);
        whole.pinTime(at);
        QSignalSpy finished(&whole, &lotse::DashboardSession::refreshFinished);
        whole.refresh();
        QVERIFY(finished.wait(30000));
        const QList<lotse::ChartLine> &expected = whole.chart(0).lines;
        const QList<lotse::ChartLine> &actual = extended.chart(0).lines;
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual.at(i).name, expected.at(i).name);
            QCOMPARE(actual.at(i).fetched->times, expected.at(i).fetched->times);
            QCOMPARE(actual.at(i).fetched->values, expected.at(i).fetched->values);
        }
    }
};

QTEST_MAIN(TestDashboardReads)
#include "tst_dashboardreads.moc"
