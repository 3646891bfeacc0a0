// The Alerts area of the main window on a real Prometheus that evaluates the
// seed alert rules on a KATO database slowdown (tests/alerts/CMakeLists.txt):
// the alerts are listed, and Diagnose, by keyboard, opens the runbook node
// the alert links to, read at the instant the alert started.
#include "../integration/support.h"

#include "alerts/alertsview.h"
#include "core/localization.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosiswizard.h"
#include "alerts/alertscontroller.h"
#include "alerts/alerttray.h"
#include "window/mainwindow.h"
#include "window/windowsettings.h"

#include <QAction>
#include <QPushButton>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace lotse;

class TestAlertsView final : public QObject
{
    Q_OBJECT

private:
    Localization m_localization;

    static int rowOf(const AlertsView &view, const QString &name)
    {
        for (int row = 0; row < view.alerts().size(); ++row) {
            if (view.alerts().at(row).name == name)
                return row;
        }
        return -1;
    }

    static Alert alertWithLink(const QString &name, const QString &link)
    {
        Alert alert;
        alert.name = name;
        alert.labels.insert(QStringLiteral("alertname"), name);
        alert.annotations.insert(QStringLiteral("runbook_url"), link);
        alert.runbook = RunbookLink::parse(link);
        return alert;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the notification setting stays out of the user's
        m_localization.setLanguage(QStringLiteral("en"));
    }

    void diagnoseOpensTheLinkedNodeAtTheAlertsStart()
    {
        const QString url
            = test::readLine(qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/prometheus-alerts/url"));
        QVERIFY2(!url.isEmpty(), "the prometheus-alerts fixture did not start");
        MainWindow window(&m_localization);
        window.resize(1280, 800);
        window.show();
        AlertsView *view = window.alertsView();
        // Until the live rules have run once, ask again after each answer.
        connect(window.alerts(), &AlertsController::updated, view, [&window, view] {
            if (view->alerts().size() < 3)
                QTimer::singleShot(200, window.alerts(), &AlertsController::refresh);
        });
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), url, QStringLiteral("--dashboard"),
                      QStringLiteral("kato"), QStringLiteral("--area"), QStringLiteral("alerts")});
        QCOMPARE(window.areas()->tabText(window.areas()->indexOf(view)), QStringLiteral("Alerts"));
        QTRY_COMPARE(window.areas()->currentWidget(), view);
        QTRY_COMPARE_WITH_TIMEOUT(view->alerts().size(), 3, 60000);
        QCOMPARE(view->list()->topLevelItemCount(), 3);

        const int row = rowOf(*view, QStringLiteral("KatoSlowDatabaseQueries"));
        QVERIFY(row >= 0);
        const Alert alert = view->alerts().at(row);
        QTreeWidgetItem *item = view->list()->topLevelItem(row);
        QCOMPARE(item->text(0), QStringLiteral("pending"));
        QCOMPARE(item->text(1), QStringLiteral("critical"));
        QVERIFY(item->text(5).startsWith(QStringLiteral("Slow ClickHouse queries")));
        QVERIFY(item->text(6).contains(QStringLiteral("job=kato")));
        QVERIFY(alert.activeAt.isValid());

        QSignalSpy started(&window, &MainWindow::diagnosisStarted);
        view->list()->setFocus();
        view->choose(row);
        QVERIFY(view->diagnoseButton()->isEnabled());
        QVERIFY(!view->openButton()->isEnabled());
        QTest::keyClick(view->list(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
        const DiagnosisSession *session = window.diagnosisWizard()->session();
        QCOMPARE(session->runbook().id, QStringLiteral("kato"));
        QCOMPARE(session->at(), alert.activeAt);
        QTRY_VERIFY_WITH_TIMEOUT(!session->steps().isEmpty(), 30000);
        QCOMPARE(session->steps().first().node, QStringLiteral("latency_database"));
        // The alert's job label is the runbook's $job: the wizard reads the system that fired.
        QCOMPARE(session->runbook().values.values(QStringLiteral("job")), QStringList{alert.labels.value("job")});
        window.diagnosisWizard()->close();

        // An alert from a deployment named otherwise binds that name into every check.
        Alert other = alertWithLink(QStringLiteral("KatoProd"), QStringLiteral("lotse:runbook/kato#latency_database"));
        other.labels.insert(QStringLiteral("job"), QStringLiteral("kato-prod"));
        other.activeAt = alert.activeAt;
        view->setAlerts({other}, {});
        view->list()->setFocus();
        view->choose(0);
        QTest::keyClick(view->list(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 30000);
        const DiagnosisSession *prod = window.diagnosisWizard()->session();
        QCOMPARE(prod->runbook().values.values(QStringLiteral("job")), QStringList{QStringLiteral("kato-prod")});
        const bool bound
            = std::any_of(prod->runbook().checks.cbegin(), prod->runbook().checks.cend(),
                          [](const auto &check) { return check.query.contains(QStringLiteral("kato-prod")); });
        QVERIFY(bound);
        window.diagnosisWizard()->close();
    }

    void notificationsAreASetting()
    {
        WindowSettings settings(&m_localization, nullptr);
        settings.setAlertNotifications(true);
        AlertTray tray(&settings, nullptr);
        QVERIFY(tray.action()->isCheckable());
        QVERIFY(tray.action()->isChecked());
        QCOMPARE(tray.action()->text(), QStringLiteral("Alert &Notifications"));
        // The offscreen platform has no system tray: no icon, whatever fires.
        QCOMPARE(tray.icon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
        tray.show({});
        tray.action()->setChecked(false);
        QVERIFY(!settings.alertNotifications());
        QVERIFY(!tray.icon());
        AlertTray again(&settings, nullptr);
        QVERIFY(!again.action()->isChecked());
        settings.setAlertNotifications(true);
    }

    void aWebLinkOpensInTheBrowserAndNoneOffersNothing()
    {
        AlertsView view;
        view.setAlerts({alertWithLink(QStringLiteral("Web"), QStringLiteral("https://wiki.example.org/web")),
                        alertWithLink(QStringLiteral("Nowhere"), QStringLiteral("javascript:alert(1)"))},
                       {QStringLiteral("other: connection refused")});
        QSignalSpy open(&view, &AlertsView::openRequested);
        QSignalSpy diagnose(&view, &AlertsView::diagnoseRequested);
        view.choose(0);
        QVERIFY(!view.diagnoseButton()->isEnabled());
        QVERIFY(view.openButton()->isEnabled());
        QTest::keyClick(view.list(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toUrl(), QUrl(QStringLiteral("https://wiki.example.org/web")));
        view.choose(1);
        QVERIFY(!view.diagnoseButton()->isEnabled());
        QVERIFY(!view.openButton()->isEnabled());
        QTest::keyClick(view.list(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(diagnose.size(), 0);
    }
};

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
