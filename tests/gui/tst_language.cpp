// The language switches at run time, with no restart: menus, the window title,
// dashboard texts and number formats follow at once.
#include "dashboard/dashboardview.h"
#include "dashboard/kpicard.h"
#include "core/localization.h"
#include "window/mainwindow.h"
#include "core/unit.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

class TestLanguage final : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles(const lotse::MainWindow &window)
    {
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

private Q_SLOTS:
    void switchesWithoutRestart()
    {
        lotse::Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        lotse::MainWindow window(&localization);
        window.show();
        // No server is needed: the texts change whether or not values arrive.
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                      QStringLiteral("--dashboard"), QStringLiteral("kato")});
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("KATO overview")));

        localization.setLanguage(QStringLiteral("de"));
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&Datei")));
        QVERIFY(!menuTitles(window).contains(QStringLiteral("&File")));
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("KATO-Übersicht")));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        QCOMPARE(lotse::UnitFormatter(localization.locale()).format(1.1, lotse::Unit::Seconds),
                 QStringLiteral("1,1 s"));

        localization.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        QCOMPARE(lotse::UnitFormatter(localization.locale()).format(1.1, lotse::Unit::Seconds),
                 QStringLiteral("1.1 s"));
    }

    void diagnoseAndExportStayOnTheToolBarAtItsNarrowest()
    {
        lotse::Localization localization;
        localization.setLanguage(QStringLiteral("de"));
        lotse::MainWindow window(&localization);
        window.resize(1024, 600);
        window.show();
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                      QStringLiteral("--dashboard"), QStringLiteral("kato")});
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("timeToolBar"));
        QVERIFY(toolBar);
        const auto onBar = [toolBar, &window](QAction *action) {
            const QWidget *button = toolBar->widgetForAction(action);
            return button && button->isVisible()
                && button->mapTo(&window, QPoint(button->width(), 0)).x() <= window.width();
        };
        // German words are longer: the buttons keep their place, as icons with their tooltips.
        QTRY_VERIFY(onBar(window.exportPdfAction()));
        QCOMPARE(qobject_cast<QToolButton *>(toolBar->widgetForAction(window.exportPdfAction()))->toolButtonStyle(),
                 Qt::ToolButtonIconOnly);
        window.resize(1920, 1080);
        QTRY_COMPARE(qobject_cast<QToolButton *>(toolBar->widgetForAction(window.exportPdfAction()))->toolButtonStyle(),
                     Qt::ToolButtonTextBesideIcon);
    }

    void everyGermanMessageIsTranslated()
    {
        // The shipped catalogue loads and answers in German for a message of each layer.
        lotse::Localization localization;
        localization.setLanguage(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("lotse::MainWindow", "&File"), QStringLiteral("&Datei"));
        QVERIFY(QCoreApplication::translate("lotse::DiagnosisReport", "Findings:") != QLatin1String("Findings:"));
        QVERIFY(QCoreApplication::translate("lotse::HttpFailure", "The request to %1 was canceled.")
                != QLatin1String("The request to %1 was canceled."));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
