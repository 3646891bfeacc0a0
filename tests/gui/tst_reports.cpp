// PDF reports and offline snapshots on the offscreen platform, against the
// real Prometheus (and VictoriaMetrics) fixtures serving the project's own
// incident history. Every PDF is read back with poppler: pdftotext finds the
// KPI titles, the values as UnitFormatter writes them for the language, the
// time range and the findings; pdftoppm pages are not blank; pdftotext -bbox
// puts every word inside the printable area. A snapshot saved from a live
// session is opened with no server and gives every value and point bit for bit,
// and its PDF says what the live one said.
#include "../integration/support.h"
#include "pdfreadback.h"

#include "definitions/dashboardloader.h"
#include "documents/dashboardpdf.h"
#include "dashboard/dashboardsession.h"
#include "window/mainwindow.h"
#include "reports/reportexport.h"
#include "dashboard/timerangebar.h"
#include "definitions/definitioncatalog.h"
#include "documents/diagnosispdf.h"
#include "diagnosis/diagnosissession.h"
#include "sources/prometheus/prometheussource.h"
#include "snapshot/recordingsource.h"
#include "layout/reportdocument.h"
#include "layout/reporttext.h"
#include "definitions/runbookloader.h"
#include "snapshot/snapshot.h"
#include "snapshot/snapshotfile.h"
#include "sources/sourceregistry.h"
#include "sources/sourceversions.h"
#include "core/unit.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

#include <bit>

using namespace lotse::test;
using lotse::ReportText;

namespace {

constexpr int kTimeoutMs = 60000;
QLocale localeFor(const QString &language)
{
    return language == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

/// "16.01.2026 00:00:00" / "1/16/2026 00:00:00": how a report writes an instant, computed here independently.
QString localStamp(double seconds, const QString &language)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC).toLocalTime();
    const QString date = language == QLatin1String("de") ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("M/d/yyyy");
    return localeFor(language).toString(local, date + QStringLiteral(" HH:mm:ss"));
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The text of a report without its export line, the one line that differs
/// between two exports of the same data: from the "Exported" fact to the
/// heading that follows the title block.
QString withoutExportLine(const QString &text, const QString &exported, const QString &next)
{
    QStringList kept;
    bool skipping = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(exported))
            skipping = true;
        else if (line == next)
            skipping = false;
        if (!skipping)
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

bool sameBits(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

bool sameSeries(const lotse::Series &a, const lotse::Series &b)
{
    if (a.labels != b.labels || a.times.size() != b.times.size())
        return false;
    for (size_t i = 0; i < a.times.size(); ++i) {
        if (!sameBits(a.times[i], b.times[i]) || !sameBits(a.values[i], b.values[i]))
            return false;
    }
    return true;
}

/// Waits until @p session has read everything.
bool refreshed(lotse::DashboardSession &session)
{
    QSignalSpy finished(&session, &lotse::DashboardSession::refreshFinished);
    session.refresh();
    return (session.isBusy() ? finished.wait(kTimeoutMs) : true) && !session.isBusy();
}

QList<lotse::SourceInfo> versionsOf(const lotse::SourceRegistry &sources)
{
    lotse::SourceVersions versions;
    QSignalSpy finished(&versions, &lotse::SourceVersions::finished);
    versions.probe(sources);
    if (!versions.isFinished())
        finished.wait(kTimeoutMs);
    return versions.sources();
}

QByteArray pdfOf(const std::function<std::expected<void, lotse::Error>(QIODevice *)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = write(&buffer);
    return written ? buffer.data() : QByteArray();
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    QString m_victoriaUrl;
    QTemporaryDir m_dir;
    QTranslator m_german;
    lotse::SourceInfo m_version; ///< the Prometheus fixture as reports name it

    QString file(const QString &name) const { return m_dir.filePath(name); }

    static double caseAt(const QString &name) { return caseNamed(name).value(QStringLiteral("at")).toDouble(); }

    /// A session of a built-in runbook on the Prometheus fixture, and the sources it reads.
    struct KatoIncident
    {
        std::unique_ptr<lotse::SourceRegistry> sources;
        std::unique_ptr<lotse::DiagnosisSession> session; ///< nullptr when the runbook does not load
    };

    /// Built-in runbook @p id at the instant of KATO's `kato-latency-database` case, not walked yet.
    KatoIncident atKatoIncident(const QString &id) const
    {
        KatoIncident incident{std::make_unique<lotse::SourceRegistry>(), nullptr};
        lotse::PrometheusSettings settings;
        settings.url = QUrl(m_url);
        incident.sources->add(new lotse::PrometheusSource(QStringLiteral("prometheus"), settings));
        auto runbook = lotse::RunbookLoader::loadFile(lotse::DefinitionCatalog(QStringLiteral("runbooks")).resolve(id));
        if (runbook)
            incident.session = std::make_unique<lotse::DiagnosisSession>(
                *runbook, incident.sources.get(),
                QDateTime::fromSecsSinceEpoch(qint64(caseAt(QStringLiteral("kato-latency-database"))), Qt::UTC));
        return incident;
    }

    static bool walkToEnd(lotse::DiagnosisSession &session)
    {
        QSignalSpy finished(&session, &lotse::DiagnosisSession::finished);
        session.runToEnd();
        return session.isFinished() || finished.wait(kTimeoutMs);
    }

    /// @p session as a PDF in the test's folder under @p name; its path, or empty when it could not be written.
    QString writeDiagnosisPdf(const lotse::DiagnosisSession &session, const lotse::SourceRegistry &sources,
                              const lotse::ReportOptions &options, const QString &name) const
    {
        const QByteArray pdf = pdfOf(
            [&](QIODevice *out) { return lotse::DiagnosisPdf(session, versionsOf(sources), options).write(out); });
        QFile saved(file(name));
        if (pdf.isEmpty() || !saved.open(QIODevice::WriteOnly) || saved.write(pdf) != pdf.size())
            return {};
        return saved.fileName();
    }

    /// The words of @p page run together, as compact() makes a text.
    static QString pageText(const PdfPage &page)
    {
        QString text;
        for (const PdfWord &word : page.words)
            text += word.text;
        return compact(text);
    }

    /// The incident case of @p system to export: one with a finding, so the cards show colours.
    static QString incidentOf(const QString &system)
    {
        if (system == QLatin1String("kato"))
            return QStringLiteral("kato-latency-database");
        for (const QJsonValue &value : cases()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("system")).toString() == system
                && !entry.value(QStringLiteral("expect")).toArray().isEmpty())
                return entry.value(QStringLiteral("name")).toString();
        }
        return {};
    }

    /// Values are formatted as the lotse process formats them: with its translation installed.
    QString formatted(double value, const QString &unit, const QString &language)
    {
        if (language == QLatin1String("de"))
            QCoreApplication::installTranslator(&m_german);
        const QString text = lotse::UnitFormatter(localeFor(language))
                                 .format(value, lotse::unitFromName(unit).value_or(lotse::Unit::None));
        QCoreApplication::removeTranslator(&m_german);
        return text;
    }

    /// A live session on @p dashboard at @p at, reading through recorders.
    struct Live
    {
        lotse::SourceRegistry sources;
        lotse::SourceRegistry recorded;
        std::unique_ptr<lotse::DashboardSession> session;
    };

    std::unique_ptr<Live> openLive(const QString &dashboard, double at)
    {
        auto live = std::make_unique<Live>();
        lotse::PrometheusSettings settings;
        settings.url = QUrl(m_url);
        live->sources.add(new lotse::PrometheusSource(QStringLiteral("prometheus"), settings));
        lotse::RecordingSource::wrapAll(live->sources, live->recorded);
        auto loaded = lotse::DashboardLoader::loadFile(
            lotse::DefinitionCatalog(QStringLiteral("dashboards")).resolve(dashboard));
        if (!loaded)
            return nullptr;
        live->session = std::make_unique<lotse::DashboardSession>(*loaded, &live->recorded);
        live->session->pinTime(QDateTime::fromMSecsSinceEpoch(qint64(at * 1000), Qt::UTC));
        return live;
    }

    /// Every KPI value, state and sparkline and every chart point of @p replay
    /// is bit for bit what @p original read; @p points counts the chart points
    /// compared. Unless @p thinned, the points the charts keep of them (which
    /// depend on the width of the chart a window gave them) are compared too.
    static void compareReadings(const lotse::DashboardSession &original, const lotse::DashboardSession &replay,
                                qsizetype &points, bool thinned = true)
    {
        QCOMPARE(replay.kpis()->rowCount(), original.kpis()->rowCount());
        for (int row = 0; row < original.kpis()->rowCount(); ++row) {
            const lotse::KpiValue &a = original.kpis()->value(row);
            const lotse::KpiValue &b = replay.kpis()->value(row);
            QVERIFY2(sameBits(a.value, b.value),
                     qPrintable(QStringLiteral("%1: %2 read, %3 replayed")
                                    .arg(original.kpis()->spec(row).id)
                                    .arg(a.value, 0, 'g', 17)
                                    .arg(b.value, 0, 'g', 17)));
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.error.has_value(), a.error.has_value());
            QVERIFY2(sameSeries(a.sparkline, b.sparkline), qPrintable(original.kpis()->spec(row).id));
        }
        QCOMPARE(replay.chartCount(), original.chartCount());
        points = 0;
        for (int index = 0; index < original.chartCount(); ++index) {
            const lotse::ChartData &a = original.chart(index);
            const lotse::ChartData &b = replay.chart(index);
            QCOMPARE(b.lines.size(), a.lines.size());
            QVERIFY(!a.lines.isEmpty());
            QVERIFY(sameBits(b.window.from, a.window.from) && sameBits(b.window.to, a.window.to));
            for (qsizetype line = 0; line < a.lines.size(); ++line) {
                QCOMPARE(b.lines.at(line).name, a.lines.at(line).name);
                QVERIFY(sameSeries(*b.lines.at(line).fetched, *a.lines.at(line).fetched));
                QVERIFY(!thinned || sameSeries(b.lines.at(line).shown, a.lines.at(line).shown));
                points += a.lines.at(line).fetched->size();
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdftoppm"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "pdftotext and pdftoppm are missing: install the Debian package poppler-utils");
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture did not start");
        m_victoriaUrl = readLine(qEnvironmentVariable("LOTSE_VICTORIA_URL_FILE"));
        QVERIFY2(!m_victoriaUrl.isEmpty(), "the VictoriaMetrics fixture did not start");
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
        QVERIFY(m_german.load(QStringLiteral(":/i18n/lotse_de.qm")));
        QCoreApplication::setApplicationVersion(QStringLiteral(LOTSE_VERSION));
        lotse::SourceRegistry sources;
        lotse::PrometheusSettings settings;
        settings.url = QUrl(m_url);
        sources.add(new lotse::PrometheusSource(QStringLiteral("prometheus"), settings));
        const QList<lotse::SourceInfo> versions = versionsOf(sources);
        QCOMPARE(versions.size(), 1);
        m_version = versions.first();
        QVERIFY2(!m_version.version.isEmpty(), "Prometheus reports its version in buildinfo");
    }

    void dashboardPdf_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QString>("language");
        for (const char *dashboard : {"kato", "tmi", "greenlang", "keiko", "promptcard"}) {
            for (const char *language : {"en", "de"})
                QTest::addRow("%s-%s", dashboard, language)
                    << QString::fromLatin1(dashboard) << QString::fromLatin1(language);
        }
    }

    void dashboardPdf()
    {
        QFETCH(QString, dashboard);
        QFETCH(QString, language);
        const QString incident = incidentOf(dashboard);
        QVERIFY2(!incident.isEmpty(), qPrintable(dashboard));
        const double at = caseAt(incident);
        const QString stem = dashboard + QLatin1Char('-') + language;
        QElapsedTimer clock;
        clock.start();
        const Run snapshot
            = run(lotse::test::lotseBinary(),
                  {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), dashboard, QStringLiteral("--prometheus"),
                   m_url, QStringLiteral("--at"), QString::number(qint64(at)), QStringLiteral("--lang"), language,
                   QStringLiteral("--json"), file(stem + QStringLiteral(".json")), QStringLiteral("--pdf"),
                   file(stem + QStringLiteral(".pdf"))});
        qInfo("%s: read and exported in %lld ms", qPrintable(stem), clock.elapsed());
        const QJsonObject json = readJson(file(stem + QStringLiteral(".json")));
        // A KPI with no data at the instant is printed unknown ("—"), and the command says so.
        QCOMPARE(snapshot.exitCode, json.value(QStringLiteral("ok")).toBool() ? 0 : 2);
        const QString text = compact(pdfText(file(stem + QStringLiteral(".pdf"))));

        const QJsonArray kpis = json.value(QStringLiteral("kpis")).toArray();
        QVERIFY(!kpis.isEmpty());
        for (const QJsonValue &value : kpis) {
            const QJsonObject kpi = value.toObject();
            const QString title = kpi.value(QStringLiteral("title")).toString();
            QVERIFY2(text.contains(compact(title)), qPrintable(title));
            const QJsonValue number = kpi.value(QStringLiteral("value"));
            const QString expected = formatted(number.isNull() ? std::nan("") : number.toDouble(),
                                               kpi.value(QStringLiteral("unit")).toString(), language);
            QVERIFY2(text.contains(compact(expected)), qPrintable(title + QStringLiteral(": ") + expected));
        }
        // The window in local time, with the span the dashboard reads.
        const auto loaded = lotse::DashboardLoader::loadFile(
            lotse::DefinitionCatalog(QStringLiteral("dashboards")).resolve(dashboard));
        QVERIFY(loaded);
        const double from = at - double(loaded->range.span());
        QVERIFY2(text.contains(compact(localStamp(from, language))), qPrintable(localStamp(from, language)));
        QVERIFY2(text.contains(compact(localStamp(at, language).right(8))), qPrintable(localStamp(at, language)));
        // The span in words ("the last hour"), not "1h".
        const QString span = ReportText(language).lastSpan(loaded->range.span());
        QVERIFY2(text.contains(compact(span)), qPrintable(span));
        QVERIFY(!span.contains(QRegularExpression(QStringLiteral("\\d[hdw]\\b"))));
        QVERIFY(text.contains(
            compact(ReportText(language).pageOf(1, int(pdfPages(file(stem + QStringLiteral(".pdf"))).size())))));
        QVERIFY(text.contains(compact(ReportText(language).source(m_version))));
        checkLayout(file(stem + QStringLiteral(".pdf")), m_dir);
    }

    void pageSizeAndOrientation_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("orientation");
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("a4-portrait") << QStringLiteral("a4") << QStringLiteral("portrait") << QSizeF(595.3, 841.9);
        QTest::newRow("a4-landscape") << QStringLiteral("a4") << QStringLiteral("landscape") << QSizeF(841.9, 595.3);
        QTest::newRow("letter-portrait") << QStringLiteral("letter") << QStringLiteral("portrait") << QSizeF(612, 792);
        QTest::newRow("letter-landscape")
            << QStringLiteral("letter") << QStringLiteral("landscape") << QSizeF(792, 612);
    }

    void pageSizeAndOrientation()
    {
        QFETCH(QString, page);
        QFETCH(QString, orientation);
        QFETCH(QSizeF, size);
        const QString pdf = file(QStringLiteral("kato-%1-%2.pdf").arg(page, orientation));
        const Run snapshot = run(lotse::test::lotseBinary(),
                                 {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                                  QStringLiteral("--prometheus"), m_url, QStringLiteral("--at"),
                                  QString::number(qint64(caseAt(QStringLiteral("kato-latency-database")))),
                                  QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--pdf"), pdf,
                                  QStringLiteral("--page"), page, QStringLiteral("--orientation"), orientation});
        QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
        const QList<PdfPage> pages = pdfPages(pdf);
        QVERIFY(!pages.isEmpty());
        for (const PdfPage &sheet : pages) {
            QVERIFY2(std::abs(sheet.size.width() - size.width()) < 1
                         && std::abs(sheet.size.height() - size.height()) < 1,
                     qPrintable(QStringLiteral("%1×%2").arg(sheet.size.width()).arg(sheet.size.height())));
        }
        checkLayout(pdf, m_dir);
    }

    void badPageOptionsAreRefused()
    {
        const Run snapshot = run(lotse::test::lotseBinary(),
                                 {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                                  QStringLiteral("--prometheus"), m_url, QStringLiteral("--pdf"),
                                  file(QStringLiteral("bad.pdf")), QStringLiteral("--page"), QStringLiteral("a3")});
        QCOMPARE(snapshot.exitCode, 2);
        QVERIFY(!QFile::exists(file(QStringLiteral("bad.pdf"))));
    }

    void failedWriteLeavesNoPdf()
    {
        const QString target = file(QStringLiteral("no/such/directory/kato.pdf"));
        const Run snapshot = run(lotse::test::lotseBinary(),
                                 {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                                  QStringLiteral("--prometheus"), m_url, QStringLiteral("--pdf"), target});
        QCOMPARE(snapshot.exitCode, 2);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!snapshot.err.isEmpty());
    }

    void diagnosisPdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void diagnosisPdf()
    {
        QFETCH(QString, language);
        const QString stem = QStringLiteral("diagnosis-") + language;
        const QString notes = QStringLiteral("Merge der Parts lief seit 23:10 nicht mehr (Ticket OPS-4711).");
        QElapsedTimer clock;
        clock.start();
        const Run diagnose
            = run(lotse::test::lotseBinary(),
                  {QStringLiteral("diagnose"), QStringLiteral("--runbook"), QStringLiteral("kato"),
                   QStringLiteral("--prometheus"), m_url, QStringLiteral("--at"),
                   QString::number(qint64(caseAt(QStringLiteral("kato-latency-database")))), QStringLiteral("--lang"),
                   language, QStringLiteral("--json"), file(stem + QStringLiteral(".json")), QStringLiteral("--pdf"),
                   file(stem + QStringLiteral(".pdf")), QStringLiteral("--notes"), notes});
        qInfo("%s: walked, charted and exported in %lld ms", qPrintable(stem), clock.elapsed());
        QVERIFY2(diagnose.exitCode == 1, diagnose.err.constData()); // findings
        const QString text = compact(pdfText(file(stem + QStringLiteral(".pdf"))));
        const QJsonObject json = readJson(file(stem + QStringLiteral(".json")));
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.first().toObject();
        QCOMPARE(finding.value(QStringLiteral("slug")).toString(), QStringLiteral("latency.database"));
        QVERIFY(text.contains(QStringLiteral("latency.database")));
        QVERIFY(text.contains(compact(finding.value(QStringLiteral("title")).toString())));
        const ReportText words(language);
        QVERIFY(text.contains(compact(words.stateName(lotse::State::Critical)).toUpper()));
        for (const QJsonValue &value : finding.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject evidence = value.toObject();
            const QString expected = formatted(evidence.value(QStringLiteral("value")).toDouble(),
                                               evidence.value(QStringLiteral("unit")).toString(), language);
            QVERIFY2(text.contains(compact(expected)), qPrintable(expected));
            QVERIFY2(text.contains(compact(evidence.value(QStringLiteral("query")).toString())),
                     qPrintable(evidence.value(QStringLiteral("query")).toString()));
        }
        // The path, the runbook's advice (Markdown rendered) and remedies, the notes, the instant.
        auto runbook = lotse::RunbookLoader::loadFile(
            lotse::DefinitionCatalog(QStringLiteral("runbooks")).resolve(QStringLiteral("kato")));
        QVERIFY(runbook);
        for (const QJsonValue &node : json.value(QStringLiteral("path")).toArray())
            QVERIFY(text.contains(compact(runbook->node(node.toString())->title.text(language))));
        const lotse::RunbookNode *leaf = runbook->node(QStringLiteral("latency_database"));
        QTextDocument advice;
        advice.setMarkdown(leaf->advice.text(language));
        const QString firstParagraph = advice.begin().text();
        QVERIFY2(text.contains(compact(firstParagraph)), qPrintable(firstParagraph));
        QVERIFY(!text.contains(QStringLiteral("**")));
        QVERIFY2(!text.contains(QStringLiteral("(s)")), "plurals in words, never \"finding(s)\"");
        for (const lotse::Remedy &remedy : leaf->remedies) {
            // Line by line: a long command may go on over a page, past the footer.
            for (const QString &line : remedy.command.split(QLatin1Char('\n')))
                QVERIFY2(text.contains(compact(line)), qPrintable(line));
            QVERIFY(text.contains(compact(remedy.title.text(language))));
        }
        QVERIFY(text.contains(compact(notes)));
        QVERIFY(text.contains(compact(localStamp(caseAt(QStringLiteral("kato-latency-database")), language))));
        QVERIFY(text.contains(compact(words.source(m_version))));
        checkLayout(file(stem + QStringLiteral(".pdf")), m_dir);
    }

    void manualBranchesAreMarked()
    {
        const KatoIncident incident = atKatoIncident(QStringLiteral("kato"));
        QVERIFY(incident.session);
        lotse::DiagnosisSession &session = *incident.session;
        const lotse::SourceRegistry &sources = *incident.sources;
        const lotse::Runbook *runbook = &session.runbook();
        const auto walk = [&session] {
            return walkToEnd(session);
        };
        QVERIFY(walk());
        // The engineer knows better: it comes and goes (the symptom's manual branch), as spikes.
        const lotse::RunbookNode *symptom = runbook->node(runbook->start);
        int manual = -1;
        for (int i = 0; i < symptom->branches.size(); ++i) {
            if (symptom->branches.at(i).manual)
                manual = i;
        }
        QVERIFY(manual >= 0);
        session.overrule(0, {manual});
        QVERIFY(walk());
        session.overrule(1, {0});
        QVERIFY(walk());
        QVERIFY(!session.findings().isEmpty() && session.findings().first().manual);
        session.setNotes(QStringLiteral("Spikes every 5 minutes, GC suspected."));

        lotse::ReportOptions options;
        options.language = QStringLiteral("en");
        const QString path = writeDiagnosisPdf(session, sources, options, QStringLiteral("manual.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = compact(pdfText(path));
        const ReportText words(options.language);
        const QString chosen
            = words.translate("lotse::DiagnosisPdf", "Chosen by hand, overruling the checks: %1").arg(QString());
        QVERIFY2(text.contains(compact(chosen)), qPrintable(chosen));
        QVERIFY(
            text.contains(compact(words.translate("lotse::DiagnosisPdf", "reached through a branch chosen by hand"))));
        QVERIFY(text.contains(compact(session.findings().first().slug)));
        QVERIFY(text.contains(compact(session.notes())));
        checkLayout(path, m_dir);
    }

    void checklistPdfInGerman()
    {
        const KatoIncident incident = atKatoIncident(QStringLiteral("kato-checklist"));
        QVERIFY(incident.session);
        QVERIFY(walkToEnd(*incident.session));
        QVERIFY(incident.session->setTick(QStringLiteral("checklist"), QStringLiteral("restart"),
                                          {true, QStringLiteral("Neu gestartet")}));

        lotse::ReportOptions options;
        options.language = QStringLiteral("de");
        const QString path
            = writeDiagnosisPdf(*incident.session, *incident.sources, options, QStringLiteral("checklist-de.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = compact(pdfText(path));
        const ReportText words(options.language);
        const QString ticked = words.translate("lotse::ChecklistTable", "ticked");
        const QString open = words.translate("lotse::ChecklistTable", "not ticked");
        QCOMPARE(open, QStringLiteral("nicht abgehakt"));
        const lotse::RunbookNode *checklist = incident.session->runbook().node(QStringLiteral("checklist"));
        QVERIFY2(text.contains(compact(ticked + checklist->item(QStringLiteral("restart"))->text.de
                                       + QStringLiteral("Notiz: Neu gestartet"))),
                 qPrintable(text));
        QVERIFY(text.contains(compact(open + checklist->item(QStringLiteral("logs"))->text.de)));
        QVERIFY(text.contains(
            compact(words.stateName(lotse::State::Critical) + checklist->item(QStringLiteral("dashboards"))->text.de)));
        // Each section stands on one page with all its items: no item on a page without its heading.
        const QList<PdfPage> pages = pdfPages(path);
        for (const lotse::ChecklistSection &section : checklist->sections) {
            const auto page = std::find_if(pages.cbegin(), pages.cend(), [&section](const PdfPage &candidate) {
                return pageText(candidate).contains(compact(section.title.de));
            });
            QVERIFY2(page != pages.cend(), qPrintable(section.id));
            for (const lotse::ChecklistItem &item : section.items)
                QVERIFY2(pageText(*page).contains(compact(item.text.de)), qPrintable(item.id));
        }
        checkLayout(path, m_dir);
    }

    void pageByPageIsTheSameReport()
    {
        const auto live = openLive(QStringLiteral("kato"), caseAt(QStringLiteral("kato-latency-database")));
        QVERIFY(live && refreshed(*live->session));
        lotse::ReportOptions options;
        options.language = QStringLiteral("de");
        options.exportedAt = QDateTime::currentDateTimeUtc();
        const lotse::DashboardPdf report(*live->session, versionsOf(live->recorded), options);
        QBuffer stepwise;
        stepwise.open(QIODevice::WriteOnly);
        QElapsedTimer clock;
        clock.start();
        const auto document = report.begin(&stepwise);
        const int pages = document->pageCount();
        QVERIFY(pages >= 2);
        qint64 slowest = 0;
        int steps = 0;
        for (bool more = true; more; ++steps) {
            QElapsedTimer page;
            page.start();
            const auto painted = document->paintNextPage();
            QVERIFY(painted);
            more = *painted;
            slowest = std::max(slowest, page.elapsed());
            QCOMPARE(document->pagesPainted(), steps + 1);
        }
        qInfo("kato: %d pages in %lld ms, the slowest page %lld ms", pages, clock.elapsed(), slowest);
        QCOMPARE(steps, pages);
        QVERIFY(document->isFinished());
        const QByteArray whole = pdfOf([&report](QIODevice *out) { return report.write(out); });
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("stepwise.pdf"), stepwise.data()},
                                          std::pair{QStringLiteral("whole.pdf"), whole}}) {
            QFile out(file(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        QCOMPARE(pdfText(file(QStringLiteral("stepwise.pdf"))), pdfText(file(QStringLiteral("whole.pdf"))));
    }

    void largeChartPaintsPageByPage()
    {
        // A chart of 100 series × 11,000 points (the most one query_range brings), replayed from a snapshot.
        lotse::SnapshotData data;
        data.format = lotse::SnapshotFile::kFormat;
        data.dashboardYaml = QByteArrayLiteral("id: big\ntitle: {en: Big, de: Groß}\n"
                                               "kpis:\n  - {id: k, title: {en: K, de: K}, query: k, unit: s}\n"
                                               "charts:\n  - id: c\n    title: {en: Many lines, de: Viele Linien}\n"
                                               "    unit: s\n    queries: [{query: big, legend: '{{instance}}'}]\n");
        data.at = QDateTime::fromSecsSinceEpoch(1768521600, Qt::UTC);
        data.window = {1768521600.0 - 3600, 1768521600.0};
        data.sources = {{QStringLiteral("prometheus"), QStringLiteral("prometheus"), QStringLiteral("http://x"), {}}};
        lotse::QueryResult matrix;
        matrix.type = lotse::QueryResult::Type::Matrix;
        for (int line = 0; line < 100; ++line) {
            lotse::Series series;
            series.labels = {{QStringLiteral("instance"), QStringLiteral("host-%1").arg(line)}};
            for (int point = 0; point < 11000; ++point) {
                series.times.push_back(data.window.from + point * 0.327);
                series.values.push_back(0.5 + 0.4 * std::sin(point * 0.01 + line));
            }
            matrix.series.push_back(std::move(series));
        }
        lotse::RecordedAnswer range;
        range.kind = lotse::RecordedAnswer::Kind::Range;
        range.source = QStringLiteral("prometheus");
        range.query = QStringLiteral("big");
        range.window = data.window;
        range.step = 1;
        range.result = std::make_shared<const lotse::QueryReply::Result>(std::move(matrix));
        data.answers = {range};
        auto snapshot = lotse::Snapshot::fromData(std::move(data), file(QStringLiteral("big.lotse")));
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        std::unique_ptr<lotse::DashboardSession> session(snapshot->createSession());
        QVERIFY(refreshed(*session));
        QCOMPARE(session->chart(0).lines.size(), 100);
        lotse::ReportOptions options;
        options.language = QStringLiteral("de");
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QElapsedTimer clock;
        clock.start();
        const auto document = lotse::DashboardPdf(*session, {}, options).begin(&out);
        const qint64 laidOut = clock.restart();
        qint64 slowest = 0;
        for (bool more = true; more;) {
            QElapsedTimer page;
            page.start();
            const auto painted = document->paintNextPage();
            QVERIFY(painted);
            more = *painted;
            slowest = std::max(slowest, page.elapsed());
        }
        qInfo("100 × 11,000 points: laid out in %lld ms, %d pages, the slowest page %lld ms, %lld KiB", laidOut,
              document->pageCount(), slowest, qlonglong(out.size() / 1024));
        // Each line is thinned to the plot's width before it is drawn: no page stalls the GUI for long.
        QVERIFY(slowest < 2000);
        QFile saved(file(QStringLiteral("big.pdf")));
        QVERIFY(saved.open(QIODevice::WriteOnly));
        saved.write(out.data());
        saved.close();
        checkLayout(saved.fileName(), m_dir);
    }

    void sectionsPrintUnderTheirTitles()
    {
        // A snapshot keeps its dashboard's YAML, and so its sections.
        lotse::SnapshotData data;
        data.format = lotse::SnapshotFile::kFormat;
        data.dashboardYaml = QByteArrayLiteral(
            "id: parts\ntitle: {en: Parts, de: Teile}\n"
            "kpis:\n  - {id: top, title: {en: Top card, de: Oberste Karte}, query: top}\n"
            "sections:\n  - id: disks\n    title: {en: Disk section, de: Plattenabschnitt}\n"
            "    kpis:\n      - {id: disk, title: {en: Disk card, de: Plattenkarte}, query: disk}\n"
            "  - id: net\n    title: {en: Network section, de: Netzabschnitt}\n    collapsed: true\n"
            "    charts:\n      - {id: net, title: {en: Network chart, de: Netzdiagramm}, queries: [{query: net}]}\n");
        data.at = QDateTime::fromSecsSinceEpoch(1768521600, Qt::UTC);
        data.window = {1768521600.0 - 3600, 1768521600.0};
        data.sources = {{QStringLiteral("prometheus"), QStringLiteral("prometheus"), QStringLiteral("http://x"), {}}};
        auto snapshot = lotse::Snapshot::fromData(std::move(data), file(QStringLiteral("parts.lotse")));
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        std::unique_ptr<lotse::DashboardSession> session(snapshot->createSession());
        QCOMPARE(session->dashboard().sections.size(), 2);
        QVERIFY(session->dashboard().sections.at(1).collapsed);
        QVERIFY(refreshed(*session));

        // Without a window every section is read, and printed with its panels, in order.
        lotse::ReportOptions options;
        options.language = QStringLiteral("de");
        const auto textOf = [&](const QString &name) {
            const QByteArray pdf
                = pdfOf([&](QIODevice *out) { return lotse::DashboardPdf(*session, {}, options).write(out); });
            QFile out(file(name));
            if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
                return QString();
            out.close();
            return compact(pdfText(out.fileName()));
        };
        const QString all = textOf(QStringLiteral("sections.pdf"));
        qsizetype at = 0;
        for (const char *word : {"ObersteKarte", "Plattenabschnitt", "Plattenkarte", "Netzabschnitt", "Netzdiagramm"}) {
            const qsizetype next = all.indexOf(QLatin1String(word), at);
            QVERIFY2(next >= at, word);
            at = next;
        }

        // Folded on screen, a section prints its title and why its panels are missing.
        options.collapsedSections = {1};
        const QString folded = textOf(QStringLiteral("folded.pdf"));
        const QString note = ReportText(options.language)
                                 .translate("lotse::DashboardPdf", "Collapsed on screen: its panels were not read.");
        QVERIFY(folded.contains(QLatin1String("Plattenkarte")));
        QVERIFY(folded.contains(QLatin1String("Netzabschnitt")));
        QVERIFY(!folded.contains(QLatin1String("Netzdiagramm")));
        QVERIFY2(folded.contains(compact(note)), qPrintable(folded));
        QVERIFY(!all.contains(compact(note)));
    }

    void snapshotReplaysExactly()
    {
        const double at = caseAt(QStringLiteral("kato-latency-database"));
        const auto live = openLive(QStringLiteral("kato"), at);
        QVERIFY(live && refreshed(*live->session));
        const QList<lotse::SourceInfo> versions = versionsOf(live->recorded);
        QCOMPARE(versions.size(), 1);
        QVERIFY(!versions.first().version.isEmpty());
        const QString path = file(QStringLiteral("kato.lotse"));
        QElapsedTimer clock;
        clock.start();
        const auto saved = lotse::SnapshotFile::save(path, *live->session, live->recorded, versions);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        qInfo("kato snapshot saved in %lld ms, %lld bytes", clock.elapsed(), QFileInfo(path).size());

        // No live source from here on: the snapshot answers alone.
        clock.restart();
        auto snapshot = lotse::Snapshot::open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        std::unique_ptr<lotse::DashboardSession> replay(snapshot->createSession());
        QVERIFY(refreshed(*replay));
        qInfo("kato snapshot opened and replayed in %lld ms", clock.elapsed());
        const lotse::DashboardSession &original = *live->session;
        qsizetype points = 0;
        compareReadings(original, *replay, points);
        QVERIFY(!QTest::currentTestFailed());
        for (int row = 0; row < original.kpis()->rowCount(); ++row) {
            QCOMPARE(snapshot->data().kpis.at(row).id, original.kpis()->spec(row).id);
            QVERIFY(sameBits(snapshot->data().kpis.at(row).value, original.kpis()->value(row).value));
        }
        qInfo("kato snapshot: %lld chart points compared bit for bit", qlonglong(points));

        // Its PDF says what the live one said; only the export line differs.
        lotse::ReportOptions options;
        options.language = QStringLiteral("en");
        options.exportedAt = QDateTime::currentDateTimeUtc();
        const QByteArray livePdf
            = pdfOf([&](QIODevice *out) { return lotse::DashboardPdf(original, versions, options).write(out); });
        options.snapshotSavedAt = snapshot->savedAt();
        const QByteArray snapshotPdf = pdfOf([&](QIODevice *out) {
            return lotse::DashboardPdf(*replay, versionsOf(*snapshot->sources()), options).write(out);
        });
        for (const auto &[name, bytes] :
             {std::pair{QStringLiteral("live.pdf"), livePdf}, std::pair{QStringLiteral("replay.pdf"), snapshotPdf}}) {
            QFile out(file(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const ReportText words(options.language);
        const QString exported = words.translate("lotse::DashboardPdf", "Exported");
        const QString next = words.translate("lotse::DashboardPdf", "Key figures");
        const QString liveText = pdfText(file(QStringLiteral("live.pdf")));
        QVERIFY(liveText.contains(exported));
        QCOMPARE(withoutExportLine(pdfText(file(QStringLiteral("replay.pdf"))), exported, next),
                 withoutExportLine(liveText, exported, next));
    }

    void headlessSnapshotRoundTrip()
    {
        const QString at = QString::number(qint64(caseAt(QStringLiteral("kato-latency-database"))));
        const Run live
            = run(lotse::test::lotseBinary(),
                  {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                   QStringLiteral("--prometheus"), m_url, QStringLiteral("--at"), at, QStringLiteral("--lang"),
                   QStringLiteral("de"), QStringLiteral("--json"), file(QStringLiteral("h-live.json")),
                   QStringLiteral("--pdf"), file(QStringLiteral("h-live.pdf")), QStringLiteral("--save"),
                   file(QStringLiteral("h.lotse"))});
        QVERIFY2(live.exitCode == 0, live.err.constData());
        // No --prometheus: the snapshot needs no server.
        QElapsedTimer clock;
        clock.start();
        const Run offline
            = run(lotse::test::lotseBinary(),
                  {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), file(QStringLiteral("h.lotse")),
                   QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--json"),
                   file(QStringLiteral("h-snap.json")), QStringLiteral("--pdf"), file(QStringLiteral("h-snap.pdf"))});
        qInfo("snapshot file exported to PDF in %lld ms", clock.elapsed());
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        QCOMPARE(readJson(file(QStringLiteral("h-snap.json"))), readJson(file(QStringLiteral("h-live.json"))));
        const ReportText words(QStringLiteral("de"));
        const QString exported = words.translate("lotse::DashboardPdf", "Exported");
        const QString next = words.translate("lotse::DashboardPdf", "Key figures");
        QCOMPARE(withoutExportLine(pdfText(file(QStringLiteral("h-snap.pdf"))), exported, next),
                 withoutExportLine(pdfText(file(QStringLiteral("h-live.pdf"))), exported, next));
        checkLayout(file(QStringLiteral("h-snap.pdf")), m_dir);
    }

    void newerSnapshotIsRefused()
    {
        const QString path = file(QStringLiteral("newer.lotse"));
        const Run save
            = run(lotse::test::lotseBinary(),
                  {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("tmi"),
                   QStringLiteral("--prometheus"), m_url, QStringLiteral("--at"),
                   QString::number(qint64(caseAt(incidentOf(QStringLiteral("tmi"))))), QStringLiteral("--save"), path});
        QVERIFY2(save.exitCode == 0, save.err.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'format'")
                                   .arg(lotse::SnapshotFile::kFormat + 1)));
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '7.0.0' WHERE key = 'lotse_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const Run open = run(lotse::test::lotseBinary(),
                             {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), path, QStringLiteral("--json"),
                              QStringLiteral("-")});
        QCOMPARE(open.exitCode, 2);
        QVERIFY2(open.err.contains("7.0.0"), open.err.constData());
        const auto read = lotse::SnapshotFile::read(path);
        QVERIFY(!read && read.error().message.contains(QStringLiteral("7.0.0")));
    }

    /// The window's File menu: Export PDF writes the report page by page, Save
    /// Snapshot keeps what is shown, and a window whose server is unreachable
    /// opens that snapshot, marked as one, with every value and point bit for
    /// bit, and exports the same report.
    void windowExportsSavesAndReopens()
    {
        const double at = caseAt(QStringLiteral("kato-latency-database"));
        lotse::MainWindow live(nullptr);
        live.resize(1280, 800);
        live.show();
        live.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), m_url, QStringLiteral("--dashboard"),
                    QStringLiteral("kato"), QStringLiteral("--at"), QString::number(qint64(at))});
        QTRY_VERIFY_WITH_TIMEOUT(live.session() && !live.session()->isBusy(), kTimeoutMs);
        QVERIFY(live.exportPdfAction()->isEnabled());

        lotse::ReportOptions options;
        options.language = QStringLiteral("de");
        options.exportedAt = QDateTime::currentDateTimeUtc();
        const QString livePdf = file(QStringLiteral("window-live.pdf"));
        QSignalSpy exported(&live, &lotse::MainWindow::pdfExported);
        live.exportPdf(livePdf, options);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeoutMs);
        QCOMPARE(exported.first().first().toString(), livePdf);
        checkLayout(livePdf, m_dir);
        const QString liveText = pdfText(livePdf);
        QVERIFY2(liveText.contains(m_version.version), "the title block names the server's version");
        const lotse::KpiModel &kpis = *live.session()->kpis();
        for (int row = 0; row < kpis.rowCount(); ++row)
            QVERIFY2(compact(liveText).contains(compact(kpis.spec(row).title.text(QStringLiteral("de")))),
                     qPrintable(kpis.spec(row).id));

        const QString saved = file(QStringLiteral("window.lotse"));
        QSignalSpy snapshotSaved(&live, &lotse::MainWindow::snapshotSaved);
        live.saveSnapshot(saved);
        QTRY_COMPARE_WITH_TIMEOUT(snapshotSaved.count(), 1, kTimeoutMs);

        lotse::MainWindow offline(nullptr);
        offline.resize(live.size()); // the same chart widths: the same points shown
        offline.show();
        offline.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                       QStringLiteral("--dashboard"), QStringLiteral("kato")});
        QSignalSpy opened(&offline, &lotse::MainWindow::snapshotOpened);
        offline.openSnapshot(saved);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeoutMs);
        QVERIFY(offline.snapshot());
        QVERIFY(offline.windowTitle().contains(QStringLiteral("snapshot")));
        QVERIFY(!offline.timeRangeBar()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(offline.session() && !offline.session()->isBusy(), kTimeoutMs);
        qsizetype points = 0;
        compareReadings(*live.session(), *offline.session(), points, false);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(points > 100);

        const QString offlinePdf = file(QStringLiteral("window-offline.pdf"));
        QSignalSpy offlineExported(&offline, &lotse::MainWindow::pdfExported);
        offline.exportPdf(offlinePdf, options);
        QTRY_COMPARE_WITH_TIMEOUT(offlineExported.count(), 1, kTimeoutMs);
        const ReportText words(options.language);
        const QString exportedLine = words.translate("lotse::DashboardPdf", "Exported");
        const QString next = words.translate("lotse::DashboardPdf", "Key figures");
        QCOMPARE(withoutExportLine(pdfText(offlinePdf), exportedLine, next),
                 withoutExportLine(liveText, exportedLine, next));
    }

    /// A snapshot that cannot be read is reported by name, and the window keeps what it showed.
    void windowRefusesABrokenSnapshot()
    {
        const QString broken = file(QStringLiteral("broken.lotse"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("this is no SQLite database");
        out.close();
        lotse::MainWindow window(nullptr);
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                      QStringLiteral("--dashboard"), QStringLiteral("kato")});
        const lotse::DashboardSession *before = window.session();
        QSignalSpy failed(&window, &lotse::MainWindow::fileFailed);
        window.openSnapshot(broken);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!window.snapshot());
        QCOMPARE(window.session(), before);
        const auto boxes = window.findChildren<QMessageBox *>();
        QVERIFY(!boxes.isEmpty());
        QVERIFY(boxes.last()->text().contains(QStringLiteral("broken.lotse")));
    }

    /// A failed export leaves no file and says why.
    void windowExportToAnUnwritableFolderFails()
    {
        lotse::MainWindow window(nullptr);
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                      QStringLiteral("--dashboard"), QStringLiteral("kato")});
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && !window.session()->isBusy(), kTimeoutMs);
        const QString target = file(QStringLiteral("missing-folder/report.pdf"));
        QSignalSpy failed(&window, &lotse::MainWindow::fileFailed);
        window.exportPdf(target, lotse::ReportOptions());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("report.pdf")));
        QVERIFY(!QFile::exists(target));
    }

    /// Export runs behind a progress dialog; Cancel leaves the report that was there.
    void windowExportCanceledKeepsTheOldFile()
    {
        lotse::MainWindow window(nullptr);
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), m_url, QStringLiteral("--dashboard"),
                      QStringLiteral("kato"), QStringLiteral("--at"),
                      QString::number(qint64(caseAt(QStringLiteral("kato-latency-database"))))});
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && !window.session()->isBusy(), kTimeoutMs);
        const QString target = file(QStringLiteral("kept.pdf"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the report reviewed yesterday");
        old.close();
        window.exportPdf(target, lotse::ReportOptions());
        lotse::ReportExport *job = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((job = window.findChild<lotse::ReportExport *>()), kTimeoutMs);
        QVERIFY(window.findChild<QProgressDialog *>());
        QSignalSpy canceled(job, &lotse::ReportExport::canceled);
        QSignalSpy exported(&window, &lotse::MainWindow::pdfExported);
        job->cancel();
        QCOMPARE(canceled.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<lotse::ReportExport *>(), kTimeoutMs);
        QVERIFY(exported.isEmpty());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the report reviewed yesterday"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.pdf*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kept.pdf")});
    }

    void victoriaMetricsVersionIsUnknown()
    {
        const QString pdf = file(QStringLiteral("victoria.pdf"));
        const Run snapshot = run(lotse::test::lotseBinary(),
                                 {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                                  QStringLiteral("--prometheus"), m_victoriaUrl, QStringLiteral("--at"),
                                  QString::number(qint64(caseAt(QStringLiteral("kato-latency-database")))),
                                  QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
        const QString text = compact(pdfText(pdf));
        QVERIFY(
            text.contains(compact(ReportText(QStringLiteral("en")).translate("lotse::ReportText", "version unknown"))));
        QVERIFY(text.contains(compact(m_victoriaUrl)));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
