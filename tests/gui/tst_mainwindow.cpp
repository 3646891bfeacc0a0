// The main window on the offscreen platform, on the KATO dashboard, reading a
// real Prometheus that serves the project's own incident history: each card's
// state must match the incident backfilled at that instant.
#include "chartwindow.h"
#include "../support/tcprelay.h"

#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpicard.h"
#include "core/localization.h"
#include "window/mainwindow.h"
#include "charts/chartlegend.h"
#include "charts/timeserieschart.h"
#include "connections/connectionscontroller.h"
#include "connections/connectionsdialog.h"
#include "dashboard/kpidetailsdialog.h"
#include "dashboard/timerangebar.h"
#include "core/timerange.h"
#include "dashboard/welcomepage.h"
#include "common/shortcutsdialog.h"
#include "sources/sourceregistry.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFileDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QHBoxLayout>
#include <QToolButton>

using namespace lotse::test;
using lotse::State;

/// The mean colour of what is drawn on @p image: its opaque pixels, or with
/// @p onDark the pixels lighter than a dark background (text and icons on it).
QColor inkOf(const QImage &image, bool onDark = false)
{
    double red = 0, green = 0, blue = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (onDark ? pixel.lightness() < 110 : pixel.alpha() < 128)
                continue;
            red += pixel.red();
            green += pixel.green();
            blue += pixel.blue();
            ++count;
        }
    }
    if (count == 0)
        return Qt::black;
    return QColor(int(red / count), int(green / count), int(blue / count));
}

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QString m_url;

    /// The window on @p dashboard, pinned to case @p name's instant and refreshed once.
    std::unique_ptr<lotse::MainWindow> openAt(const QString &dashboard, const QString &name)
    {
        return openAtCase(&m_localization, m_url, dashboard, name);
    }

    static QHash<QString, std::optional<State>> states(const lotse::MainWindow &window)
    {
        QHash<QString, std::optional<State>> byId;
        for (const lotse::KpiCard *card : window.dashboardView()->cards())
            byId.insert(card->kpiId(), card->state());
        return byId;
    }

    lotse::Localization m_localization;

    /// Every time label at a whole multiple of one step of the local clock, none twice.
    static void verifyRoundTicks(const lotse::TimeSeriesChart &chart, const QString &what)
    {
        const QList<std::pair<QString, double>> labels = chart.timeLabels();
        QVERIFY2(labels.size() >= 2, qPrintable(what));
        double step = 0;
        for (const auto &label : labels) {
            QCOMPARE(double(qint64(label.second)), label.second);
            if (&label != &labels.first()) {
                const double gap = label.second - (&label - 1)->second;
                QVERIFY2(step == 0 || gap == step, qPrintable(what + QStringLiteral(": uneven at ") + label.first));
                step = gap;
            }
        }
        // Round: each tick a whole multiple of the step since local midnight (or midnight itself for days).
        for (const auto &label : labels) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(qint64(label.second)).toLocalTime();
            const qint64 sinceMidnight = local.time().msecsSinceStartOfDay() / 1000;
            QVERIFY2(step >= 86400 ? sinceMidnight == 0 : sinceMidnight % qint64(step) == 0,
                     qPrintable(what + QStringLiteral(": not round ") + label.first));
        }
    }

private Q_SLOTS:
    void timeRangeBarDropsButtonTextsWithoutRoom()
    {
        // One widget in the toolbar, which cannot shrink it: in German its
        // texts had made the window wider than a 1024 px screen.
        QWidget holder; // as in the toolbar: a layout gives the bar its room
        auto *bar = new lotse::TimeRangeBar;
        (new QHBoxLayout(&holder))->addWidget(bar);
        bar->setTimeRange(lotse::TimeRange::absolute(QDateTime(QDate(2026, 1, 16), QTime(23, 0)),
                                                     QDateTime(QDate(2026, 1, 17), QTime(0, 0))));
        const QSize full = holder.sizeHint();
        const int least = holder.minimumSizeHint().width();
        QVERIFY2(least < full.width() - 100, qPrintable(QStringLiteral("%1 of %2").arg(least).arg(full.width())));
        holder.resize(full);
        holder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&holder));
        QTRY_VERIFY(!bar->isCompact());
        holder.resize(least, full.height());
        QTRY_VERIFY(bar->isCompact());
        for (const QToolButton *button : bar->findChildren<QToolButton *>()) {
            if (button->defaultAction() == bar->refreshAction())
                QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
        }
        QCOMPARE(holder.sizeHint(), full); // asks for the same room, and gets its texts back with it
        holder.resize(full);
        QTRY_VERIFY(!bar->isCompact());
    }

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
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && !window->session()->isBusy(), 30000);

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
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && !window->session()->isBusy(), 30000);
        const QHash<QString, std::optional<State>> byId = states(*window);
        QVERIFY(!byId.isEmpty());
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            QVERIFY2(it.value() == State::Good,
                     qPrintable(it.key() + QStringLiteral(": ") + lotse::stateId(*it.value())));
    }

    void firstRunWelcomes()
    {
        // No connections of the user's and no arguments: a first start.
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        qputenv("LOTSE_DEMO_URL", "http://127.0.0.1:1");
        auto window = std::make_unique<lotse::MainWindow>(&m_localization);
        window->show();
        QSignalSpy ready(window.get(), &lotse::MainWindow::sourcesReady);
        window->start({QStringLiteral("lotse")});
        QVERIFY(ready.count() == 1 || ready.wait(5000));
        lotse::WelcomePage *page = window->welcomePage();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!window->session());
        QVERIFY(window->sources()->sources().isEmpty());
        // No box about a Prometheus that is not there.
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QMessageBox *>(widget) || !widget->isVisible());
        // The demo does not answer: its button says how to start it.
        QTRY_VERIFY(page->demoButton()->description().contains(QStringLiteral("scripts/demo")));
        QVERIFY(!page->demoButton()->isEnabled());
        QVERIFY(!page->dashboardButton()->isEnabled());
        QVERIFY(page->snapshotButton()->isEnabled());
        QVERIFY(page->importButton()->isEnabled());
        // Connect opens Settings ▸ Connections.
        page->connectButton()->click();
        QTRY_VERIFY(window->connections()->dialog() && window->connections()->dialog()->isVisible());
        window->connections()->dialog()->reject();
        // A Grafana dashboard is offered too: its button asks for a JSON file.
        page->grafanaButton()->click();
        QFileDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = window->findChild<QFileDialog *>()) && chooser->isVisible());
        QVERIFY2(chooser->nameFilters().join(QLatin1Char(' ')).contains(QStringLiteral("*.json")),
                 qPrintable(chooser->nameFilters().join(QLatin1Char(' '))));
        chooser->reject();

        // The demo answering: the button opens the demo dashboard on it.
        qputenv("LOTSE_DEMO_URL", m_url.toLocal8Bit());
        auto second = std::make_unique<lotse::MainWindow>(&m_localization);
        second->show();
        second->start({QStringLiteral("lotse")});
        QVERIFY(second->welcomePage());
        QTRY_VERIFY_WITH_TIMEOUT(second->welcomePage()->demoButton()->isEnabled(), 10000);
        second->welcomePage()->demoButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(second->session(), 10000);
        QCOMPARE(second->session()->dashboard().id, QStringLiteral("demo"));
        QCOMPARE(second->windowTitle(), QStringLiteral("Demo"));
        qunsetenv("LOTSE_DEMO_URL");
        qunsetenv("XDG_CONFIG_HOME");
    }

    void databasesTabDisablesTheTimeRange()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-healthy"));
        QVERIFY(window->timeRangeBar()->isEnabled());
        window->showDatabases();
        QVERIFY(!window->timeRangeBar()->isEnabled());
        window->areas()->setCurrentIndex(0);
        QVERIFY(window->timeRangeBar()->isEnabled());
    }

    void commandLineSourcesAreListedInConnections()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-healthy"));
        window->connections()->open();
        QTRY_VERIFY(window->connections()->dialog() && window->connections()->dialog()->isVisible());
        const auto *listed = window->connections()->dialog()->findChild<QLabel *>(QStringLiteral("commandLineSources"));
        QVERIFY(listed && listed->isVisible());
        QVERIFY2(listed->text().contains(m_url), qPrintable(listed->text()));
        QVERIFY(listed->text().contains(QStringLiteral("command line")));
        window->connections()->dialog()->reject();
    }

    void darkThemeDarkensWindowCardsAndCharts()
    {
        QStandardPaths::setTestModeEnabled(true); // the theme chosen stays out of the user's settings
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-healthy"));
        QVERIFY(window->dashboardView());
        const auto isDark = [](const QColor &color) {
            return color.lightness() < 128;
        };
        window->setTheme(lotse::Theme::Mode::Light);
        QTRY_VERIFY(!isDark(window->palette().color(QPalette::Window)));
        window->setTheme(lotse::Theme::Mode::Dark);
        QTRY_VERIFY(isDark(window->palette().color(QPalette::Window)));
        lotse::KpiCard *card = window->dashboardView()->cards().first();
        QVERIFY(isDark(card->palette().color(QPalette::Base)));
        QVERIFY(!isDark(card->palette().color(QPalette::Text)));
        QTRY_VERIFY(!window->dashboardView()->charts().isEmpty());
        const lotse::TimeSeriesChart *chart = window->dashboardView()->charts().first();
        QVERIFY(isDark(chart->chart()->backgroundBrush().color()));
        QVERIFY(isDark(chart->backgroundBrush().color()));
        // What a card paints: its face in the base colour.
        const QImage face = card->grab().toImage();
        QVERIFY(isDark(face.pixelColor(face.width() / 2, face.height() - 3)));
        // The toolbar's icons and the range button's text are drawn in the dark theme's ink.
        auto *rangeBar = window->findChild<lotse::TimeRangeBar *>();
        QVERIFY(rangeBar);
        const QList<QToolButton *> buttons = rangeBar->findChildren<QToolButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton *button : buttons) {
            QVERIFY2(!isDark(inkOf(button->icon().pixmap(32).toImage())), qPrintable(button->text()));
            // Disabled text is grey, never the light theme's black.
            QVERIFY2(inkOf(button->grab().toImage(), true).lightness() > 100, qPrintable(button->text()));
        }
        window->setTheme(lotse::Theme::Mode::Light);
        QTRY_VERIFY(!isDark(window->palette().color(QPalette::Window)));
        for (const QToolButton *button : buttons)
            QVERIFY2(isDark(inkOf(button->icon().pixmap(32).toImage())), qPrintable(button->text()));
        window->setTheme(lotse::Theme::Mode::System);
        QTRY_VERIFY(!isDark(window->palette().color(QPalette::Window)));
    }

    void chartTicksAreRoundAtEveryRangeAndAfterAZoom()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-latency-database"));
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!window->dashboardView()->charts().isEmpty());
        lotse::TimeSeriesChart *chart = window->dashboardView()->charts().first();
        const QDateTime end = QDateTime::fromSecsSinceEpoch(
            qint64(caseNamed(QStringLiteral("kato-latency-database")).value(QStringLiteral("at")).toDouble()));
        for (qint64 span : lotse::TimeRange::presetSpans()) {
            window->session()->setTimeRange(lotse::TimeRange::absolute(end.addSecs(-span), end));
            QVERIFY(finished.wait(30000));
            verifyRoundTicks(*chart, QString::number(span));
        }
        // A drag across the plot asks for any instant; the ticks stay round, and the lines have values.
        const lotse::TimeWindow shown = window->session()->currentWindow();
        Q_EMIT chart->zoomRequested(shown.to - 7213.7, shown.to - 321.3);
        QVERIFY(finished.wait(30000));
        verifyRoundTicks(*chart, QStringLiteral("zoom"));
        QTRY_VERIFY2_WITH_TIMEOUT(!chart->valueLabels().isEmpty(), qPrintable(chart->overlayText()), 10000);
    }

    void legendClickHidesASeries()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-latency-database"));
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(finished.wait(30000));
        lotse::TimeSeriesChart *chart = nullptr;
        for (lotse::TimeSeriesChart *candidate : window->dashboardView()->charts()) {
            if (candidate->lines().size() >= 2)
                chart = candidate;
        }
        QVERIFY2(chart, "a chart with two series");
        QLineSeries *first = chart->lines().at(0);
        QLineSeries *second = chart->lines().at(1);
        QLegendMarker *marker = chart->chart()->legend()->markers(first).value(0);
        QVERIFY(marker);
        Q_EMIT marker->clicked();
        QVERIFY(!first->isVisible());
        QVERIFY(second->isVisible());
        // The entry stays, to be clicked back; a refresh keeps the series hidden. The legend
        // shows its markers only once it has laid out the series the refresh added.
        QTRY_VERIFY(chart->chart()->legend()->markers(first).value(0)->isVisible());
        window->session()->refresh();
        QVERIFY(finished.wait(30000));
        QVERIFY(!chart->lines().at(0)->isVisible());
        Q_EMIT chart->chart()->legend()->markers(chart->lines().at(0)).value(0)->clicked();
        QVERIFY(chart->lines().at(0)->isVisible());
        // Ctrl+click shows one series alone, and again shows them all.
        chart->legend()->toggle(second, true);
        for (QLineSeries *line : chart->lines())
            QCOMPARE(line->isVisible(), line == second);
        chart->legend()->toggle(second, true);
        for (QLineSeries *line : chart->lines())
            QVERIFY(line->isVisible());
    }

    void keyboardReachesACardsDetails()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-healthy"));
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        const QList<lotse::KpiCard *> cards = window->dashboardView()->cards();
        QVERIFY(cards.size() > 2);
        window->areas()->tabBar()->setFocus(Qt::OtherFocusReason);
        // Tab from the tab bar reaches the first card.
        for (int presses = 0; presses < 10 && !qobject_cast<lotse::KpiCard *>(QApplication::focusWidget()); ++presses)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), cards.at(0));
        // Arrows walk the cards.
        QTest::keyClick(cards.at(0), Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), cards.at(1));
        QTest::keyClick(cards.at(1), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), cards.at(0));
        QTest::keyClick(cards.at(0), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), cards.at(1));
        // Enter opens the details, with the thresholds and the state in words.
        QTest::keyClick(cards.at(1), Qt::Key_Return);
        QTRY_VERIFY(cards.at(1)->detailsDialog() && cards.at(1)->detailsDialog()->isVisible());
        cards.at(1)->detailsDialog()->reject();
        QTRY_VERIFY(!cards.at(1)->detailsDialog());
        // Space too, though it is View ▸ Pause for the window on a live range.
        window->session()->setTimeRange(lotse::TimeRange::relative(3600));
        QVERIFY(window->timeRangeBar()->pauseAction()->isEnabled());
        const bool paused = window->session()->isPaused();
        cards.at(1)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(cards.at(1), Qt::Key_Space);
        QTRY_VERIFY(cards.at(1)->detailsDialog() && cards.at(1)->detailsDialog()->isVisible());
        QCOMPARE(window->session()->isPaused(), paused);
        cards.at(1)->detailsDialog()->reject();
        // Ctrl+Tab from a card goes on to the Databases tab, as Help ▸ Keyboard Shortcuts says.
        QTRY_VERIFY(!cards.at(1)->detailsDialog());
        cards.at(1)->setFocus(Qt::TabFocusReason);
        const int dashboardTab = window->areas()->currentIndex();
        QTest::keyClick(cards.at(1), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window->areas()->currentIndex(), dashboardTab + 1);
        QStringList keys;
        for (const auto &row : lotse::ShortcutsDialog::rows(window->findChildren<QAction *>()))
            keys.append(row.second);
        for (const QString &listed : {QStringLiteral("Ctrl+Tab, Ctrl+Shift+Tab"), QStringLiteral("Ctrl+D"),
                                      QStringLiteral("Left, Right"), QStringLiteral("F5")})
            QVERIFY2(keys.contains(listed), qPrintable(keys.join(QStringLiteral(" | "))));
    }

    void cardsSayTheirStateInWords()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-latency-database"));
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && !window->session()->isBusy(), 30000);
        for (const lotse::KpiCard *card : window->dashboardView()->cards()) {
            if (!card->isJudged())
                continue;
            QVERIFY2(card->stateText().contains(lotse::KpiDetailsDialog::stateText(card->state())),
                     qPrintable(card->kpiId() + QLatin1Char(' ') + card->stateText()));
            QVERIFY(card->stateText().startsWith(lotse::KpiCard::stateSymbol(card->state())));
        }
    }

    void lastValuesStayWhileTheSourceIsDown()
    {
        // The real Prometheus behind a relay that can be closed and opened again.
        lotse::test::TcpRelay relay(quint16(QUrl(m_url).port()));
        QVERIFY(relay.open());
        const quint16 port = relay.port();
        auto window = std::make_unique<lotse::MainWindow>(&m_localization);
        window->show();
        window->start(
            {QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:%1").arg(port),
             QStringLiteral("--dashboard"), QStringLiteral("kato"), QStringLiteral("--at"),
             QString::number(
                 qint64(caseNamed(QStringLiteral("kato-latency-database")).value(QStringLiteral("at")).toDouble()))});
        QSignalSpy finished(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(finished.wait(30000));
        lotse::KpiCard *card = window->dashboardView()->cards().first();
        QCOMPARE(card->state(), State::Critical);
        const QString read = card->valueText();
        QVERIFY(!window->session()->kpis()->value(0).sparkline.isEmpty());

        relay.close();
        window->session()->refresh();
        QVERIFY(finished.wait(30000));
        // Down: the last value, dimmed and dated, the state unknown with its cause, never a state colour.
        QCOMPARE(card->state(), State::Unknown);
        QVERIFY(card->showsLastValue());
        QCOMPARE(card->valueText(), read);
        QVERIFY2(card->toolTip().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(card->toolTip()));
        // Its sparkline stays too.
        QVERIFY(!window->session()->kpis()->value(0).sparkline.isEmpty());
        // The charts keep their lines too, dimmed and dated, with the cause on the panel.
        QTRY_VERIFY(!window->dashboardView()->charts().isEmpty());
        const lotse::TimeSeriesChart *chart = window->dashboardView()->charts().first();
        QVERIFY(chart->keptFrom().isValid());
        QVERIFY(!chart->lines().isEmpty());
        QVERIFY(chart->plottedPoints(0) > 0);
        QCOMPARE(chart->overlay(), lotse::TimeSeriesChart::Overlay::Error);
        QVERIFY2(chart->overlayText().contains(QStringLiteral("Last read")), qPrintable(chart->overlayText()));

        QVERIFY(relay.open(port));
        window->session()->refresh();
        QVERIFY(finished.wait(30000));
        QCOMPARE(card->state(), State::Critical);
        QVERIFY(!card->showsLastValue());
        QVERIFY(!chart->keptFrom().isValid());
        QCOMPARE(chart->overlay(), lotse::TimeSeriesChart::Overlay::None);
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
