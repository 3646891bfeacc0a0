// Variables against a real Prometheus: the KATO runbook with --var job= on a
// history whose KATO is relabelled (with regex metacharacters in its name)
// finds what the built-in name finds on the original; a multi-value and a
// value with metacharacters select exactly their series; snapshots and PDFs
// name the values they were read with.
#include "sources/prometheus/prometheussource.h"
#include "sources/sourceregistry.h"
#include "variables/variableresolver.h"

#include "support.h"

#include <QSignalSpy>

#include <QSet>
#include <QTemporaryDir>

using namespace lotse::test;

namespace {

/// Findings as slug → severity, and the path, of a `diagnose --json` report.
struct Findings
{
    QHash<QString, QString> found;
    QStringList path;
    QJsonObject variables;
};

Findings findingsOf(const Run &diagnose)
{
    const QJsonObject report = QJsonDocument::fromJson(diagnose.out).object();
    Findings result;
    for (const QJsonValue &finding : report.value(QStringLiteral("findings")).toArray())
        result.found.insert(finding.toObject().value(QStringLiteral("slug")).toString(),
                            finding.toObject().value(QStringLiteral("severity")).toString());
    for (const QJsonValue &node : report.value(QStringLiteral("path")).toArray())
        result.path.append(node.toString());
    result.variables = report.value(QStringLiteral("variables")).toObject();
    return result;
}

QString atOf(const QJsonObject &entry)
{
    return QString::number(qint64(entry.value(QStringLiteral("at")).toDouble()));
}

/// A dashboard of one KPI, the number of jobs its selector finds.
QByteArray jobCounter()
{
    return "id: jobs\n"
           "title: {en: Jobs, de: Jobs}\n"
           "variables:\n"
           "  - name: job\n"
           "    query: label_values(process_cpu_seconds_total, job)\n"
           "    multi: true\n"
           "    default: kato\n"
           "kpis:\n"
           "  - id: jobs\n"
           "    title: {en: Jobs, de: Jobs}\n"
           "    query: count(count by (job) (process_cpu_seconds_total{job=~\"$job\"}))\n";
}

} // namespace

class TestVariablesPrometheus final : public QObject
{
    Q_OBJECT

private:
    QString m_original;
    QString m_relabelled;
    QString m_job;
    QJsonArray m_cases;
    QTemporaryDir m_dir;

    Run diagnose(const QString &url, const QJsonObject &entry, const QStringList &extra) const
    {
        return run(lotseBinary(),
                   QStringList{QStringLiteral("diagnose"), QStringLiteral("--runbook"), QStringLiteral("kato"),
                               QStringLiteral("--prometheus"), url, QStringLiteral("--at"), atOf(entry),
                               QStringLiteral("--json"), QStringLiteral("-")}
                       + extra);
    }

    /// How often the relabelled Prometheus answered its label values API, by its own /metrics.
    double labelValuesAnswers() const
    {
        const Run metrics = run(QStringLiteral("curl"),
                                {QStringLiteral("-sS"), QStringLiteral("--noproxy"), QStringLiteral("*"),
                                 m_relabelled + QStringLiteral("/metrics")});
        double total = 0;
        for (const QByteArray &line : metrics.out.split('\n')) {
            if (line.startsWith("prometheus_http_requests_total{")
                && line.contains("handler=\"/api/v1/label/:name/values\""))
                total += line.mid(line.lastIndexOf(' ') + 1).toDouble();
        }
        return total;
    }

    /// The jobs KPI of jobCounter() read by `snapshot` with @p variables.
    Run countJobs(const QStringList &variables, const QStringList &extra = {}) const
    {
        QStringList arguments{QStringLiteral("snapshot"),
                              QStringLiteral("--dashboard"),
                              m_dir.filePath("jobs.yaml"),
                              QStringLiteral("--prometheus"),
                              m_relabelled,
                              QStringLiteral("--at"),
                              atOf(m_cases.first().toObject()),
                              QStringLiteral("--json"),
                              QStringLiteral("-")};
        for (const QString &variable : variables)
            arguments << QStringLiteral("--var") << variable;
        return run(lotseBinary(), arguments + extra);
    }

    static double kpiValue(const Run &snapshot)
    {
        const QJsonObject report = QJsonDocument::fromJson(snapshot.out).object();
        return report.value(QStringLiteral("kpis"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("value"))
            .toDouble(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_original = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        m_relabelled = readLine(qEnvironmentVariable("LOTSE_RELABELLED_URL_FILE"));
        m_job = qEnvironmentVariable("LOTSE_RELABELLED_JOB");
        QVERIFY2(!m_original.isEmpty() && !m_relabelled.isEmpty(), "a Prometheus fixture did not start");
        QFile file(qEnvironmentVariable("LOTSE_RELABELLED_CASES"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_cases = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(m_cases.size() >= 3);
        QVERIFY(m_dir.isValid());
        QFile dashboard(m_dir.filePath("jobs.yaml"));
        QVERIFY(dashboard.open(QIODevice::WriteOnly));
        dashboard.write(jobCounter());
    }

    void relabelledFindsWhatTheOriginalFinds_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const QJsonValue &value : m_cases)
            QTest::newRow(qPrintable(value.toObject().value(QStringLiteral("name")).toString())) << value.toObject();
    }
    void relabelledFindsWhatTheOriginalFinds()
    {
        QFETCH(QJsonObject, entry);
        const Run original = diagnose(m_original, entry, {});
        const Run relabelled = diagnose(m_relabelled, entry, {QStringLiteral("--var"), QStringLiteral("job=") + m_job});
        QVERIFY2(original.exitCode == 0 || original.exitCode == 1, original.err.constData());
        QCOMPARE(relabelled.exitCode, original.exitCode);
        const Findings want = findingsOf(original);
        const Findings got = findingsOf(relabelled);
        QCOMPARE(got.found, want.found);
        QCOMPARE(got.path, want.path);
        QCOMPARE(want.variables.value(QStringLiteral("job")).toString(), QStringLiteral("kato"));
        QCOMPARE(got.variables.value(QStringLiteral("job")).toString(), m_job);
        // The name matters: without --var the relabelled KATO is not found at all.
        const Run unbound = diagnose(m_relabelled, entry, {});
        QCOMPARE(unbound.exitCode, 2);
    }

    void labelValuesResolveInOrder()
    {
        lotse::SourceRegistry sources;
        lotse::PrometheusSettings settings;
        settings.url = QUrl(m_relabelled);
        sources.add(new lotse::PrometheusSource(QStringLiteral("prometheus"), settings));
        lotse::VariableSpec job;
        job.name = QStringLiteral("job");
        job.kind = lotse::VariableSpec::Kind::LabelValues;
        job.metric = QStringLiteral("process_cpu_seconds_total");
        job.label = QStringLiteral("job");
        job.defaults = {m_job};
        lotse::VariableSpec instance;
        instance.name = QStringLiteral("instance");
        instance.kind = lotse::VariableSpec::Kind::LabelValues;
        instance.metric = QStringLiteral("process_cpu_seconds_total{job=~\"$job\"}");
        instance.label = QStringLiteral("instance");
        instance.includeAll = true;
        lotse::VariableResolver resolver;
        QSignalSpy finished(&resolver, &lotse::VariableResolver::finished);
        const double at = m_cases.first().toObject().value(QStringLiteral("at")).toDouble();
        const double answeredBefore = labelValuesAnswers();
        resolver.resolve({job, instance}, {}, &sources, {at - 3600, at});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        // Both were read from the index by the label values API, not by a query over every sample.
        QCOMPARE(labelValuesAnswers() - answeredBefore, 2.0);
        QVERIFY2(resolver.problem(QStringLiteral("job")).isEmpty(),
                 qPrintable(resolver.problem(QStringLiteral("job"))));
        const QStringList jobs = resolver.options(QStringLiteral("job"));
        QVERIFY2(jobs.contains(m_job) && jobs.contains(QStringLiteral("clickhouse"))
                     && !jobs.contains(QStringLiteral("kato")),
                 qPrintable(jobs.join(QLatin1Char(' '))));
        QCOMPARE(resolver.values().values(QStringLiteral("job")), QStringList{m_job});
        // Read with $job bound (metacharacters escaped): KATO's instances only, after "all".
        const QStringList instances = resolver.options(QStringLiteral("instance"));
        QVERIFY2(instances.size() >= 2, qPrintable(instances.join(QLatin1Char(' '))));
        QCOMPARE(instances.first(), lotse::VariableValues::allValue());
        for (const QString &name : instances.mid(1))
            QVERIFY2(name.startsWith(QStringLiteral("kato")), qPrintable(name));
        QCOMPARE(resolver.values().values(QStringLiteral("instance")), QStringList{lotse::VariableValues::allValue()});
    }

    void multiValueAndMetacharacters()
    {
        // Unescaped, "kato-prod(eu)" would be a regex that matches "kato-prodeu": no series.
        const Run one = countJobs({QStringLiteral("job=") + m_job});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QCOMPARE(kpiValue(one), 1.0);
        const Run two = countJobs({QStringLiteral("job=") + m_job, QStringLiteral("job=clickhouse")});
        QVERIFY2(two.exitCode == 0, two.err.constData());
        QCOMPARE(kpiValue(two), 2.0);
        const Run all = countJobs({QStringLiteral("job=") + m_job + QStringLiteral(",clickhouse,qdrant")});
        QCOMPARE(kpiValue(all), 3.0);
        // A value that tries to widen the regex selects nothing.
        const Run widened = countJobs({QStringLiteral("job=.*")});
        QCOMPARE(widened.exitCode, 2);
    }

    void snapshotAndPdfNameTheValues()
    {
        const QString saved = m_dir.filePath("jobs.lotse");
        const QString pdf = m_dir.filePath("jobs.pdf");
        const Run snapshot = countJobs({QStringLiteral("job=") + m_job, QStringLiteral("job=clickhouse")},
                                       {QStringLiteral("--save"), saved, QStringLiteral("--pdf"), pdf});
        QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains("job=" + m_job.toUtf8() + "|clickhouse"), text.out.constData());
        // Opened again with no server, the snapshot is bound as it was saved and answers the same.
        const Run reopened = run(lotseBinary(),
                                 {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), saved,
                                  QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(reopened.exitCode == 0, reopened.err.constData());
        QCOMPARE(kpiValue(reopened), 2.0);
        const Run again = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(again.out.contains("job=" + m_job.toUtf8() + "|clickhouse"), again.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestVariablesPrometheus)
#include "tst_variables_prometheus.moc"
