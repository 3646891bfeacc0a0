// The variables toolbar on the offscreen platform, reading a real Prometheus
// that serves the project's own incident history: the pickers offer the
// values the server has, a pick binds the dashboard anew in the same time
// range, and a variable read from another is read again after it.
#include "../integration/support.h"
#include "cannedhttpserver.h"
#include "hostileanswers.h"
#include "testfiles.h"

#include "core/localization.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/variablebar.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>

using namespace lotse::test;

class TestVariablePickers final : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    lotse::Localization m_localization;

    std::unique_ptr<lotse::MainWindow> openAt(const QString &dashboard, const QString &caseName)
    {
        auto window = std::make_unique<lotse::MainWindow>(&m_localization);
        window->resize(1280, 800);
        window->show();
        const qint64 at = qint64(caseNamed(caseName).value(QStringLiteral("at")).toDouble());
        window->start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), m_url, QStringLiteral("--dashboard"),
                       dashboard, QStringLiteral("--at"), QString::number(at)});
        return window;
    }

    static QComboBox *box(const lotse::MainWindow &window, const QString &name)
    {
        return qobject_cast<QComboBox *>(window.variableBar()->picker(name));
    }

    static QStringList items(const QComboBox *box)
    {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts.append(box->itemText(i));
        return texts;
    }

    /// Types @p value into @p box and presses Enter, as a user picks.
    static void pick(QComboBox *box, const QString &value)
    {
        box->setFocus(Qt::OtherFocusReason);
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), value);
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    }

    static QString firstQuery(const lotse::MainWindow &window)
    {
        return window.session()->dashboard().kpis.value(0).query;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture");
    }

    void pickersOfferWhatTheServerHasAndAPickRebinds()
    {
        const auto window = openAt(QStringLiteral("kato"), QStringLiteral("kato-healthy"));
        QTRY_VERIFY(window->session() && box(*window, QStringLiteral("job")));
        QComboBox *job = box(*window, QStringLiteral("job"));
        QTRY_VERIFY(job->isEnabled());
        QVERIFY(window->findChild<QToolBar *>(QStringLiteral("variableToolBar"))->isVisible());
        // Every job seen in the range is offered (KATO's database beside it), and the default is chosen.
        for (const QString &name : {QStringLiteral("kato"), QStringLiteral("qdrant"), QStringLiteral("clickhouse")})
            QVERIFY2(items(job).contains(name), qPrintable(items(job).join(u',')));
        QCOMPARE(job->currentText(), QStringLiteral("kato"));
        QVERIFY2(firstQuery(*window).contains(QStringLiteral("job=\"kato\"")), qPrintable(firstQuery(*window)));

        const lotse::TimeRange range = window->session()->timeRange();
        const lotse::DashboardSession *before = window->session();
        pick(job, QStringLiteral("qdrant"));
        QTRY_VERIFY(window->session() != before);
        QCOMPARE(window->session()->dashboard().values.values(QStringLiteral("job")), QStringList{"qdrant"});
        QVERIFY2(firstQuery(*window).contains(QStringLiteral("job=\"qdrant\"")), qPrintable(firstQuery(*window)));
        QCOMPARE(window->session()->timeRange().toString(), range.toString());
        QTRY_VERIFY(!window->isReadingVariables());
        QCOMPARE(box(*window, QStringLiteral("job"))->currentText(), QStringLiteral("qdrant"));
        QVERIFY(box(*window, QStringLiteral("job"))->isEnabled());
        // The variables are the dashboard's: the other areas leave them greyed.
        window->areas()->setCurrentIndex(2); // Alerts
        QVERIFY(!box(*window, QStringLiteral("job"))->isEnabled());
        window->areas()->setCurrentIndex(0);
        QVERIFY(box(*window, QStringLiteral("job"))->isEnabled());
    }

    void aVariableReadFromAnotherFollowsIt()
    {
        // Neither has a default: the dashboard opens once both are read.
        QTemporaryDir directory;
        const QString path = writeFile(directory, QStringLiteral("instances.yaml"),
                                       "id: instances\n"
                                       "title: {en: Instances, de: Instanzen}\n"
                                       "variables:\n"
                                       "  - name: job\n"
                                       "    query: label_values(process_cpu_seconds_total, job)\n"
                                       "  - name: instance\n"
                                       "    query: label_values(process_cpu_seconds_total{job=\"$job\"}, instance)\n"
                                       "kpis:\n"
                                       "  - id: cpu\n"
                                       "    title: {en: CPU, de: CPU}\n"
                                       "    query: rate(process_cpu_seconds_total{instance=\"$instance\"}[5m])\n");
        QVERIFY(!path.isEmpty());
        const auto window = openAt(path, QStringLiteral("kato-healthy"));
        QTRY_VERIFY(window->session() && box(*window, QStringLiteral("instance")));
        QComboBox *job = box(*window, QStringLiteral("job"));
        const QString firstJob = items(job).value(0);
        QCOMPARE(job->currentText(), firstJob);
        QVERIFY(box(*window, QStringLiteral("instance"))->currentText().startsWith(firstJob + u'-'));

        QVERIFY(firstJob != QStringLiteral("kato"));
        pick(job, QStringLiteral("kato"));
        QTRY_COMPARE(window->session()->dashboard().values.values(QStringLiteral("job")), QStringList{"kato"});
        // The instance is read again for the new job, not kept from the old.
        const QString instance = window->session()->dashboard().values.values(QStringLiteral("instance")).value(0);
        QVERIFY2(instance.startsWith(QStringLiteral("kato-")), qPrintable(instance));
        QTRY_VERIFY(box(*window, QStringLiteral("instance")));
        for (const QString &offered : items(box(*window, QStringLiteral("instance"))))
            QVERIFY2(offered.startsWith(QStringLiteral("kato-")), qPrintable(offered));
    }

    void aSnapshotOpenedWhileVariablesAreReadStays()
    {
        QTemporaryDir directory;
        const QString saved = directory.filePath(QStringLiteral("kato.lotse"));
        const qint64 at = qint64(caseNamed(QStringLiteral("kato-healthy")).value(QStringLiteral("at")).toDouble());
        const Run made = run(lotseBinary(), {QStringLiteral("snapshot"), QStringLiteral("--dashboard"),
                                             QStringLiteral("kato"), QStringLiteral("--prometheus"), m_url,
                                             QStringLiteral("--at"), QString::number(at), QStringLiteral("--save"), saved});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        // A variable with no default, read from a server that never finishes its answer.
        const QString path = writeFile(directory, QStringLiteral("waits.yaml"),
                                       "id: waits\ntitle: {en: Waits, de: Wartet}\nvariables:\n"
                                       "  - name: job\n    query: label_values(up, job)\n"
                                       "kpis:\n  - id: up\n    title: {en: Up, de: Up}\n"
                                       "    query: up{job=\"$job\"}\n");
        CannedHttpServer slow(HostileAnswers::drip(200));
        lotse::MainWindow window(&m_localization);
        window.resize(1280, 800);
        window.show();
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QString::fromLatin1(slow.url()),
                      QStringLiteral("--timeout"), QStringLiteral("600"), QStringLiteral("--dashboard"), path});
        QTRY_VERIFY(window.isReadingVariables());
        QSignalSpy opened(&window, &lotse::MainWindow::snapshotOpened);
        window.openSnapshot(saved);
        QTRY_COMPARE(opened.count(), 1);
        // The read for the waiting dashboard is dropped: when it came, it replaced the snapshot.
        QVERIFY(!window.isReadingVariables());
        QVERIFY(window.snapshot());
        QCOMPARE(window.session()->dashboard().id, QStringLiteral("kato"));
        QComboBox *job = box(window, QStringLiteral("job"));
        QVERIFY(job && !job->isEnabled()); // the snapshot's fixed value, greyed
        QCOMPARE(job->currentText(), QStringLiteral("kato"));
    }

    void aDashboardWithoutVariablesHidesTheBar()
    {
        QTemporaryDir directory;
        const QString path
            = writeFile(directory, QStringLiteral("plain.yaml"),
                        "id: plain\ntitle: {en: Plain, de: Schlicht}\nkpis:\n  - id: up\n    title: {en: Up, de: Up}\n"
                        "    query: count(up)\n");
        QVERIFY(!path.isEmpty());
        const auto window = openAt(path, QStringLiteral("kato-healthy"));
        QTRY_VERIFY(window->session());
        QTRY_VERIFY(!window->isReadingVariables());
        QVERIFY(window->variableBar()->isEmpty());
        QVERIFY(!window->findChild<QToolBar *>(QStringLiteral("variableToolBar"))->isVisible());
    }
};

QTEST_MAIN(TestVariablePickers)
#include "tst_variablepickers.moc"
