// The main window on the offscreen platform, on the KATO dashboard, reading a
// real Prometheus that serves the project's own incident history: each card's
// state must match the incident backfilled at that instant.
#include "../integration/support.h"

#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpicard.h"
#include "core/localization.h"
#include "window/mainwindow.h"
#include "charts/timeserieschart.h"

#include <QApplication>
#include <QSignalSpy>

using namespace lotse::test;
using lotse::State;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QString m_url;

    /// The window on @p dashboard, pinned to case @p name's instant and refreshed once.
    std::unique_ptr<lotse::MainWindow> openAt(const QString &dashboard, const QString &name)
    {
        const QJsonObject entry = caseNamed(name);
        auto window = std::make_unique<lotse::MainWindow>(&m_localization);
        window->resize(1280, 800);
        window->show();
        window->start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), m_url, QStringLiteral("--dashboard"),
                       dashboard, QStringLiteral("--at"),
                       QString::number(qint64(entry.value(QStringLiteral("at")).toDouble()))});
        return window;
    }

    static QHash<QString, std::optional<State>> states(const lotse::MainWindow &window)
    {
        QHash<QString, std::optional<State>> byId;
        for (const lotse::KpiCard *card : window.dashboardView()->cards())
            byId.insert(card->kpiId(), card->state());
        return byId;
    }

    lotse::Localization m_localization;

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture did not start");
        QVERIFY(!caseNamed(QStringLiteral("kato-latency-database")).isEmpty());
        m_localization.setLanguage(QStringLiteral("en"));
    }

    void katoCardsShowTheDatabaseIncident()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-latency-database"));
        QVERIFY(window->dashboardView());
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isBusy(), 30000);

        const QHash<QString, std::optional<State>> byId = states(*window);
        // The incident: p95 0.6 s and ClickHouse 0.4 s per query; everything else healthy.
        QCOMPARE(byId.value(QStringLiteral("p95_latency")), State::Critical);
        QVERIFY(byId.value(QStringLiteral("clickhouse_mean_query")) == State::Warning
                || byId.value(QStringLiteral("clickhouse_mean_query")) == State::Critical);
        for (const QString &healthy :
             {QStringLiteral("request_rate"), QStringLiteral("cpu_kato"), QStringLiteral("memory"),
              QStringLiteral("db_pool"), QStringLiteral("tcp_retransmits")})
            QCOMPARE(byId.value(healthy), State::Good);
        // A fixed window under review is never stale.
        for (const lotse::KpiCard *card : window->dashboardView()->cards())
            QVERIFY(!card->isStale());
        // The charts drew lines for the window.
        QTRY_VERIFY_WITH_TIMEOUT(!window->dashboardView()->charts().isEmpty(), 5000);
        for (const lotse::TimeSeriesChart *chart : window->dashboardView()->charts())
            QTRY_VERIFY_WITH_TIMEOUT(!chart->lines().isEmpty(), 10000);
    }

    void healthyCaseIsAllGood()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-healthy"));
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isBusy(), 30000);
        const QHash<QString, std::optional<State>> byId = states(*window);
        QVERIFY(!byId.isEmpty());
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            QVERIFY2(it.value() == State::Good,
                     qPrintable(it.key() + QStringLiteral(": ") + lotse::stateId(*it.value())));
    }

    void unreachableSourceIsUnknownNotGood()
    {
        auto window = std::make_unique<lotse::MainWindow>(&m_localization);
        window->show();
        window->start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                       QStringLiteral("--dashboard"), QStringLiteral("tmi")});
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(finished.wait(30000));
        for (const lotse::KpiCard *card : window->dashboardView()->cards())
            QCOMPARE(card->state(), State::Unknown);
        QVERIFY(window->statusText().contains(QStringLiteral("could not be read")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
