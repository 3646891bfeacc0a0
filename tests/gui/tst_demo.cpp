// The demo as a user first sees it: the demo dashboard on a Prometheus serving
// the project's own demo history (scripts/history.py write --demo), reviewed
// at the history's last instant. Every card has a value and every chart lines,
// the host panels included; GreenLang's queries-per-record card too.
#include "../integration/support.h"

#include "charts/timeserieschart.h"
#include "core/localization.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpicard.h"
#include "window/mainwindow.h"

#include <QLineSeries>
#include <QSignalSpy>

using namespace lotse::test;
using lotse::State;

class TestDemo final : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    QString m_end;
    lotse::Localization m_localization;

    /// The window on @p dashboard at the demo history's end, after its first refresh.
    std::unique_ptr<lotse::MainWindow> open(const QString &dashboard)
    {
        auto window = std::make_unique<lotse::MainWindow>(&m_localization);
        window->resize(1280, 800);
        window->show();
        window->start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), m_url, QStringLiteral("--dashboard"),
                       dashboard, QStringLiteral("--at"), m_end});
        if (!window->session())
            return window;
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        if (!finished.wait(30000))
            qWarning("the first refresh did not finish");
        return window;
    }

    static void verifyEveryCardRead(const lotse::MainWindow &window)
    {
        QVERIFY(!window.dashboardView()->cards().isEmpty());
        for (const lotse::KpiCard *card : window.dashboardView()->cards()) {
            QVERIFY2(!card->hasError(), qPrintable(card->kpiId()));
            QVERIFY2(card->state() != State::Unknown, qPrintable(card->kpiId()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_DEMO_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the demo Prometheus fixture did not start");
        m_end = qEnvironmentVariable("LOTSE_DEMO_END");
        QVERIFY(!m_end.isEmpty());
        m_localization.setLanguage(QStringLiteral("en"));
    }

    void demoDashboardHasNoUnknownCardAndNoEmptyChart()
    {
        const auto window = open(QStringLiteral("demo"));
        QVERIFY(window->session());
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && !window->session()->isBusy(), 30000);
        verifyEveryCardRead(*window);
        QVERIFY(!window->dashboardView()->charts().isEmpty());
        for (const lotse::TimeSeriesChart *chart : window->dashboardView()->charts()) {
            QTRY_VERIFY2_WITH_TIMEOUT(!chart->lines().isEmpty(), qPrintable(chart->objectName()), 10000);
            for (int line = 0; line < chart->lines().size(); ++line)
                QVERIFY2(chart->plottedPoints(line) > 1,
                         qPrintable(chart->objectName() + QLatin1Char(' ') + chart->lines().at(line)->name()));
        }
    }

    void greenLangQueriesPerRecordHasData()
    {
        const auto window = open(QStringLiteral("greenlang"));
        QVERIFY(window->session());
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && !window->session()->isBusy(), 30000);
        const QList<lotse::KpiCard *> cards = window->dashboardView()->cards();
        const auto card = std::find_if(cards.begin(), cards.end(), [](const lotse::KpiCard *c) {
            return c->kpiId() == QLatin1String("queries_per_record");
        });
        QVERIFY(card != cards.end());
        QVERIFY2(!(*card)->hasError(), "db_queries_total is in the demo history");
        QCOMPARE((*card)->state(), State::Good);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
