// The diagnosis wizard on the offscreen platform, opened from the main window
// on a real Prometheus that serves the project's own incident history: the
// KATO walk of the `kato-latency-database` case must reach the database
// finding with the evidence shown, and a branch overruled by hand must be
// marked manual on its step and in the findings, and so saved and reopened;
// a checklist item ticked with Space is printed ticked and reopened ticked.
#include "../integration/support.h"

#include "diagnosis/branchchooser.h"
#include "diagnosis/checklistview.h"
#include "diagnosis/checkview.h"
#include "common/badge.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosiswizard.h"
#include "common/exportpdfdialog.h"
#include "diagnosis/findingspage.h"
#include "dashboard/kpicard.h"
#include "dashboard/kpidetailsdialog.h"
#include "core/localization.h"
#include "window/mainwindow.h"
#include "diagnosis/remedyview.h"
#include "diagnosis/steppage.h"
#include "charts/timeserieschart.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lotse::test;
using lotse::DiagnosisWizard;
using lotse::State;
using lotse::StepPage;

namespace {

constexpr int kTimeoutMs = 30000;

/// Which state each check row of @p page shows, by check id.
QHash<QString, std::optional<State>> checkStates(const StepPage &page)
{
    QHash<QString, std::optional<State>> states;
    for (const lotse::CheckView *view : page.checkViews())
        states.insert(view->checkId(), view->state());
    return states;
}

QStringList path(const lotse::DiagnosisSession &session)
{
    QStringList nodes;
    for (const lotse::DiagnosisStep &step : session.steps())
        nodes.append(step.node);
    return nodes;
}

} // namespace

class TestDiagnosisWizard final : public QObject
{
    Q_OBJECT

private:
    lotse::Localization m_localization;
    QString m_url;
    QString m_at;
    QTemporaryDir m_dir;

    /// The main window on the KATO dashboard at @p url, pinned to the incident's instant.
    std::unique_ptr<lotse::MainWindow> openWindow(const QString &url)
    {
        auto window = std::make_unique<lotse::MainWindow>(&m_localization);
        window->resize(1280, 800);
        window->show();
        window->start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), url, QStringLiteral("--dashboard"),
                       QStringLiteral("kato"), QStringLiteral("--at"), m_at});
        return window;
    }

    /// The wizard the window opened after @p trigger.
    template<typename Trigger> static DiagnosisWizard *wizardAfter(lotse::MainWindow &window, Trigger trigger)
    {
        QSignalSpy started(&window, &lotse::MainWindow::diagnosisStarted);
        trigger();
        if (started.isEmpty() && !started.wait(kTimeoutMs)) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                    qWarning("a message instead of the wizard: %s %s", qPrintable(box->text()),
                             qPrintable(box->informativeText()));
            }
            return nullptr;
        }
        return window.diagnosisWizard();
    }

    /// Presses Next once the current step's checks have answered.
    static bool pressNext(DiagnosisWizard *wizard)
    {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        const bool ready = QTest::qWaitFor(
            [&] { return wizard->currentPage()->isComplete() && next->isEnabled() && next->isVisible(); }, kTimeoutMs);
        if (ready)
            next->click();
        return ready;
    }

    /// Presses Next until the step for @p node is shown (at most ten steps).
    static StepPage *walkTo(DiagnosisWizard *wizard, const QString &node)
    {
        for (int guard = 0; guard < 10; ++guard) {
            StepPage *page = wizard->currentStepPage();
            if (!page)
                return nullptr;
            if (page->node() == node)
                return QTest::qWaitFor([page] { return page->isComplete(); }, kTimeoutMs) ? page : nullptr;
            if (!pressNext(wizard))
                return nullptr;
        }
        return nullptr;
    }

    /// The findings page's Export report button asks where and how; the PDF
    /// it writes, as pdftotext reads it, white space made single.
    QString exportedText(lotse::MainWindow &window, DiagnosisWizard *wizard, const QString &name)
    {
        wizard->findingsPage()->exportReportButton()->click();
        lotse::ExportPdfDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = wizard->findChild<lotse::ExportPdfDialog *>()) && dialog->isVisible(); },
                kTimeoutMs))
            return {};
        const QString path = m_dir.filePath(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("pdfPath"))->setText(path);
        QSignalSpy exported(&window, &lotse::MainWindow::pdfExported);
        dialog->accept();
        if (!exported.wait(kTimeoutMs))
            return {};
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
        return QString::fromUtf8(text.out).simplified();
    }

    /// The PDF holds the findings, the manual marks and the notes.
    void exportReport(lotse::MainWindow &window, DiagnosisWizard *wizard)
    {
        const QString words = exportedText(window, wizard, QStringLiteral("diagnosis.pdf"));
        QVERIFY2(words.contains(QStringLiteral("Spikes every five minutes.")), "the notes");
        QVERIFY2(words.contains(wizard->session()->runbook().title.text(QStringLiteral("en"))), "the runbook");
        const lotse::DiagnosisSession &session = *wizard->session();
        for (const lotse::Finding &finding : session.findings()) {
            const lotse::RunbookNode *leaf = session.runbook().node(session.steps().at(finding.step).node);
            QVERIFY2(words.contains(leaf->title.text(QStringLiteral("en")).simplified()), qPrintable(finding.slug));
        }
        QVERIFY2(words.contains(QStringLiteral("by hand"), Qt::CaseInsensitive), "overruled branches are marked");
    }

    static void overrule(StepPage *page, const QList<int> &branches)
    {
        lotse::BranchChooser *chooser = page->branchChooser();
        if (!chooser->isEditing())
            chooser->overruleButton()->click();
        QVERIFY(chooser->isEditing());
        for (int branch = 0; chooser->optionButton(branch); ++branch)
            chooser->choose(branch, branches.contains(branch));
        QVERIFY(chooser->applyButton()->isEnabled());
        chooser->applyButton()->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Saved diagnoses go to a test location, not the user's store.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("lotse-test"));
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture did not start");
        const QJsonObject incident = caseNamed(QStringLiteral("kato-latency-database"));
        QVERIFY(!incident.isEmpty());
        m_at = QString::number(qint64(incident.value(QStringLiteral("at")).toDouble()));
        m_localization.setLanguage(QStringLiteral("en"));
    }

    void walksKatoToTheDatabaseFinding()
    {
        const auto window = openWindow(m_url);
        DiagnosisWizard *wizard = wizardAfter(*window, [&] { window->startDiagnosis(QStringLiteral("kato")); });
        QVERIFY(wizard);
        QCOMPARE(wizard->windowModality(), Qt::NonModal); // the dashboard stays usable
        QCOMPARE(wizard->session()->at().toSecsSinceEpoch(), m_at.toLongLong());

        StepPage *symptom = wizard->currentStepPage();
        QVERIFY(symptom);
        QCOMPARE(symptom->node(), QStringLiteral("symptom"));
        QTRY_VERIFY_WITH_TIMEOUT(symptom->isComplete(), kTimeoutMs);
        QHash<QString, std::optional<State>> states = checkStates(*symptom);
        QCOMPARE(states.value(QStringLiteral("p95_latency")), State::Critical);
        for (const QString &healthy :
             {QStringLiteral("kato_cpu"), QStringLiteral("clickhouse_cpu"), QStringLiteral("qdrant_cpu"),
              QStringLiteral("memory"), QStringLiteral("request_rate")})
            QCOMPARE(states.value(healthy), State::Good);
        QCOMPARE(symptom->branchChooser()->taken(), QList<int>{0}); // high latency only
        QVERIFY(!symptom->isShownManual());
        // Each check's chart gets the hour before the instant from the session.
        lotse::CheckView *p95 = symptom->checkView(QStringLiteral("p95_latency"));
        QTRY_VERIFY_WITH_TIMEOUT(!p95->chart()->lines().isEmpty(), kTimeoutMs);
        QVERIFY(p95->chart()->plottedPoints(0) > 10);

        StepPage *leaf = walkTo(wizard, QStringLiteral("latency_database"));
        QVERIFY(leaf);
        QCOMPARE(path(*wizard->session()),
                 (QStringList{QStringLiteral("symptom"), QStringLiteral("high_latency"),
                              QStringLiteral("latency_database")}));
        QCOMPARE(leaf->findingSlug(), QStringLiteral("latency.database"));
        QVERIFY(!leaf->isShownManual());
        states = checkStates(*leaf);
        QCOMPARE(states.value(QStringLiteral("p95_latency")), State::Critical);
        QCOMPARE(states.value(QStringLiteral("clickhouse_mean_query")), State::Critical);
        QCOMPARE(states.value(QStringLiteral("clickhouse_cpu")), State::Good);
        // Remedies are for copying, never run.
        QVERIFY(!leaf->remedyViews().isEmpty());
        lotse::RemedyView *remedy = leaf->remedyViews().first();
        remedy->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), remedy->command());

        QVERIFY(pressNext(wizard));
        QCOMPARE(wizard->currentId(), DiagnosisWizard::FindingsPageId);
        QVERIFY(wizard->session()->isFinished());
        lotse::FindingsPage *findings = wizard->findingsPage();
        QCOMPARE(findings->verdictId(), QStringLiteral("findings"));
        QCOMPARE(findings->findingSlugs(), QStringList{QStringLiteral("latency.database")});
        QVERIFY(!findings->isShownManual(QStringLiteral("latency.database")));
    }

    void overruledBranchIsMarkedManualAndSaved()
    {
        const auto window = openWindow(m_url);
        DiagnosisWizard *wizard = wizardAfter(*window, [&] { window->startDiagnosis(QStringLiteral("kato")); });
        QVERIFY(wizard);
        QVERIFY(walkTo(wizard, QStringLiteral("latency_database")));

        // Back to the first step: the engineer has seen the latency come and go.
        while (wizard->currentId() != 0)
            wizard->back();
        StepPage *symptom = wizard->currentStepPage();
        QCOMPARE(symptom->node(), QStringLiteral("symptom"));
        overrule(symptom, {0, 4}); // high latency and, by hand, intermittent issues
        if (QTest::currentTestFailed())
            return;
        QVERIFY(wizard->session()->steps().first().manual);
        QCOMPARE(wizard->session()->steps().size(), 1);
        QVERIFY(!wizard->page(1)); // the pages after the overruled step are gone
        QVERIFY(symptom->isShownManual());
        QCOMPARE(symptom->branchChooser()->taken(), (QList<int>{0, 4}));

        StepPage *database = walkTo(wizard, QStringLiteral("latency_database"));
        QVERIFY(database);
        QVERIFY(database->isShownManual()); // reached through a choice by hand
        StepPage *intermittent = walkTo(wizard, QStringLiteral("intermittent"));
        QVERIFY(intermittent);
        // Only the engineer can tell these apart: the page asks at once.
        QVERIFY(intermittent->branchChooser()->isEditing());
        QVERIFY(!intermittent->noticeText().isEmpty());
        overrule(intermittent, {0}); // spikes and drops
        if (QTest::currentTestFailed())
            return;
        QVERIFY(intermittent->isShownManual());
        StepPage *spikes = walkTo(wizard, QStringLiteral("intermittent_spikes"));
        QVERIFY(spikes);
        QCOMPARE(spikes->findingSlug(), QStringLiteral("intermittent.spikes"));
        QVERIFY(spikes->isShownManual());

        QVERIFY(pressNext(wizard));
        QCOMPARE(wizard->currentId(), DiagnosisWizard::FindingsPageId);
        lotse::FindingsPage *findings = wizard->findingsPage();
        QCOMPARE(findings->findingSlugs(),
                 (QStringList{QStringLiteral("latency.database"), QStringLiteral("intermittent.spikes")}));
        QVERIFY(findings->isShownManual(QStringLiteral("latency.database")));
        QVERIFY(findings->isShownManual(QStringLiteral("intermittent.spikes")));
        findings->notesEdit()->setPlainText(QStringLiteral("Spikes every five minutes."));
        QCOMPARE(wizard->session()->notes(), QStringLiteral("Spikes every five minutes."));
        exportReport(*window, wizard);
        if (QTest::currentTestFailed())
            return;

        // Finishing saves the session; Recent Diagnoses reopens it read-only.
        QSignalSpy saved(window.get(), &lotse::MainWindow::diagnosisSaved);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(saved.wait(kTimeoutMs));
        const QString id = saved.first().first().toString();
        DiagnosisWizard *review = wizardAfter(*window, [&] { window->openSavedDiagnosis(id); });
        QVERIFY(review);
        QVERIFY(review->isReadOnly());
        QCOMPARE(
            path(*review->session()),
            (QStringList{QStringLiteral("symptom"), QStringLiteral("high_latency"), QStringLiteral("latency_database"),
                         QStringLiteral("intermittent"), QStringLiteral("intermittent_spikes")}));
        StepPage *first = review->currentStepPage();
        QVERIFY(first->isShownManual());
        QVERIFY(!first->branchChooser()->isEditable());
        QCOMPARE(checkStates(*first).value(QStringLiteral("p95_latency")), State::Critical);
        while (review->currentId() != DiagnosisWizard::FindingsPageId)
            QVERIFY(pressNext(review));
        QVERIFY(review->findingsPage()->isShownManual(QStringLiteral("intermittent.spikes")));
        QVERIFY(review->findingsPage()->notesEdit()->isReadOnly());
        QCOMPARE(review->findingsPage()->notesEdit()->toPlainText(), QStringLiteral("Spikes every five minutes."));
    }

    void checklistTicksAreKeptAndPrinted()
    {
        const auto window = openWindow(m_url);
        DiagnosisWizard *wizard
            = wizardAfter(*window, [&] { window->startDiagnosis(QStringLiteral("kato-checklist")); });
        QVERIFY(wizard);
        StepPage *page = wizard->currentStepPage();
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kTimeoutMs);
        lotse::ChecklistView *checklist = page->checklistView();
        QVERIFY(checklist);
        // A live item shows its checks' state as the cards do, and has no box to tick.
        QVERIFY(!checklist->tickBox(QStringLiteral("dashboards")));
        QCOMPARE(checklist->stateBadge(QStringLiteral("dashboards"))->text(),
                 lotse::KpiDetailsDialog::stateText(State::Critical)); // p95 at the incident
        QCOMPARE(checklist->stateBadge(QStringLiteral("resources"))->text(),
                 lotse::KpiDetailsDialog::stateText(State::Good));

        // Space ticks a manual item; its note goes with it.
        QCheckBox *logs = checklist->tickBox(QStringLiteral("logs"));
        QVERIFY(logs && !logs->isChecked());
        logs->setFocus();
        QTest::keyClick(logs, Qt::Key_Space);
        QVERIFY(logs->isChecked());
        QTest::keyClicks(checklist->noteEdit(QStringLiteral("logs")), QStringLiteral("No errors since Monday"));
        const lotse::ChecklistTick tick = wizard->session()->tick(QStringLiteral("checklist"), QStringLiteral("logs"));
        QVERIFY(tick.ticked);
        QCOMPARE(tick.note, QStringLiteral("No errors since Monday"));
        QVERIFY(page->decisionText().startsWith(QStringLiteral("1 of ")));
        QVERIFY(page->noticeText().isEmpty()); // nothing to choose on a checklist

        QVERIFY(pressNext(wizard));
        QCOMPARE(wizard->currentId(), DiagnosisWizard::FindingsPageId);
        QVERIFY(wizard->findingsPage()->findingSlugs().contains(QStringLiteral("dashboards")));
        const QString words = exportedText(*window, wizard, QStringLiteral("checklist.pdf"));
        QVERIFY2(words.contains(QStringLiteral("KATO performance checklist")), qPrintable(words));
        for (const char *section : {"Immediate actions", "Short-term fixes", "Long-term solutions", "Prevention"})
            QVERIFY2(words.contains(QLatin1String(section)), section);
        QVERIFY2(words.contains(QStringLiteral("ticked Review logs for errors Note: No errors since Monday")),
                 qPrintable(words));
        QVERIFY(!words.contains(QStringLiteral("not ticked Review logs for errors")));
        QVERIFY(words.contains(QStringLiteral("not ticked Review recent changes/deployments")));
        QVERIFY(words.contains(QStringLiteral("critical Check Prometheus dashboards for anomalies")));

        // Saved and reopened, the tick and the note are there, and cannot be changed.
        QSignalSpy saved(window.get(), &lotse::MainWindow::diagnosisSaved);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(saved.wait(kTimeoutMs));
        DiagnosisWizard *review
            = wizardAfter(*window, [&] { window->openSavedDiagnosis(saved.first().first().toString()); });
        QVERIFY(review);
        lotse::ChecklistView *reviewed = review->currentStepPage()->checklistView();
        QVERIFY(reviewed);
        QVERIFY(reviewed->tickBox(QStringLiteral("logs"))->isChecked());
        QVERIFY(!reviewed->tickBox(QStringLiteral("logs"))->isEnabled());
        QVERIFY(!reviewed->tickBox(QStringLiteral("recent_changes"))->isChecked());
        QCOMPARE(reviewed->noteEdit(QStringLiteral("logs"))->text(), QStringLiteral("No errors since Monday"));
        QCOMPARE(reviewed->stateBadge(QStringLiteral("dashboards"))->text(),
                 lotse::KpiDetailsDialog::stateText(State::Critical));
    }

    void cardLinkStartsAtItsBranch()
    {
        const auto window = openWindow(m_url);
        QSignalSpy refreshed(window->session(), &lotse::DashboardSession::refreshFinished);
        QVERIFY(refreshed.wait(kTimeoutMs));
        lotse::KpiCard *p95 = nullptr;
        for (lotse::KpiCard *card : window->dashboardView()->cards()) {
            if (card->kpiId() == QLatin1String("p95_latency"))
                p95 = card;
        }
        QVERIFY(p95);
        QCOMPARE(p95->state(), State::Critical);
        p95->showDetails();
        QVERIFY(p95->detailsDialog());
        QVERIFY(p95->detailsDialog()->diagnoseButton()->isVisible());
        DiagnosisWizard *wizard = wizardAfter(*window, [&] { p95->detailsDialog()->diagnoseButton()->click(); });
        QVERIFY(wizard);
        QCOMPARE(wizard->currentStepPage()->node(), QStringLiteral("high_latency"));
        QVERIFY(walkTo(wizard, QStringLiteral("latency_database")));
    }

    void unreadableChecksAskTheEngineerAndNeverLookGood()
    {
        const auto window = openWindow(QStringLiteral("http://127.0.0.1:1"));
        DiagnosisWizard *wizard = wizardAfter(*window, [&] { window->startDiagnosis(QStringLiteral("kato")); });
        QVERIFY(wizard);
        StepPage *symptom = wizard->currentStepPage();
        QTRY_VERIFY_WITH_TIMEOUT(symptom->isComplete(), kTimeoutMs);
        for (const lotse::CheckView *view : symptom->checkViews()) {
            QVERIFY(view->hasError());
            QCOMPARE(view->state(), State::Unknown);
        }
        QVERIFY(wizard->session()->steps().first().undecided);
        QVERIFY(!symptom->noticeText().isEmpty());
        QVERIFY(symptom->branchChooser()->isEditing());
        QVERIFY(pressNext(wizard));
        QCOMPARE(wizard->currentId(), DiagnosisWizard::FindingsPageId);
        QCOMPARE(wizard->findingsPage()->verdictId(), QStringLiteral("error"));
    }
};

QTEST_MAIN(TestDiagnosisWizard)
#include "tst_diagnosiswizard.moc"
