// The .lotse snapshot file without a server: every kind of answer survives a
// write and a read bit for bit (NaN, infinities, -0, denormals, errors, tables),
// the recorder keeps the newest answer per query, the snapshot source replays
// it, and a file of a newer format is refused with a message naming its writer.
#include "snapshot/recordingsource.h"
#include "snapshot/snapshotfile.h"
#include "snapshot/snapshotsource.h"
#include "sources/sourceregistry.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <bit>
#include <cmath>
#include <limits>

using namespace lotse;

namespace {

/// A source that answers every query with a copy of one prepared result.
class ScriptedSource final : public Source, public RangeSource
{
public:
    explicit ScriptedSource(QueryReply::Result answer)
        : Source(QStringLiteral("prometheus"))
        , m_answer(std::move(answer))
    {
    }
    QString kind() const override { return QStringLiteral("prometheus"); }
    QString location() const override { return QStringLiteral("http://scripted"); }
    QueryReply *instant(const QString &query, const QDateTime &) override { return reply(query); }
    QueryReply *range(const QString &query, const TimeWindow &, double) override { return reply(query); }
    QueryReply *serverVersion() override { return reply(QStringLiteral("buildinfo")); }
    RangeSource *ranges() override { return this; }
    void setAnswer(QueryReply::Result answer) { m_answer = std::move(answer); }

private:
    QueryReply *reply(const QString &query)
    {
        auto *reply = new QueryReply(query, this);
        QTimer::singleShot(0, reply, [reply, answer = m_answer] { reply->finish(answer); });
        return reply;
    }
    QueryReply::Result m_answer;
};

quint64 bits(double value)
{
    return std::bit_cast<quint64>(value);
}

/// Equal bit for bit, so NaN equals NaN and -0 differs from 0.
void compareSeries(const Series &actual, const Series &expected)
{
    QCOMPARE(actual.labels, expected.labels);
    QCOMPARE(actual.times.size(), expected.times.size());
    for (size_t i = 0; i < expected.times.size(); ++i) {
        QCOMPARE(bits(actual.times[i]), bits(expected.times[i]));
        QCOMPARE(bits(actual.values[i]), bits(expected.values[i]));
    }
}

QueryResult awkwardMatrix()
{
    QueryResult result;
    result.type = QueryResult::Type::Matrix;
    result.warnings = {QStringLiteral("partial response")};
    Series series;
    series.labels
        = {{QStringLiteral("instance"), QStringLiteral("a:1")}, {QStringLiteral("job"), QStringLiteral("ä ß")}};
    const double values[] = {0.1,
                             -0.0,
                             std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::denorm_min(),
                             1.0 / 3.0,
                             6.02214076e23};
    double t = 1768521600.123;
    for (double value : values) {
        series.times.push_back(t);
        series.values.push_back(value);
        t += 15;
    }
    result.series.push_back(series);
    result.series.push_back(Series{{{QStringLiteral("instance"), QStringLiteral("b:2")}}, {}, {}});
    return result;
}

SnapshotData sample()
{
    SnapshotData data;
    data.format = SnapshotFile::kFormat;
    data.lotseVersion = QStringLiteral("0.1.0");
    data.savedAt = QDateTime::fromMSecsSinceEpoch(1768521700123, Qt::UTC);
    data.dashboardId = QStringLiteral("shop");
    data.dashboardYaml = QByteArrayLiteral("id: shop\ntitle: {en: Shop, de: Laden}\n");
    data.dashboardOrigin = QStringLiteral(":/dashboards/shop.yaml");
    data.range = QStringLiteral("now-1h");
    data.at = QDateTime::fromMSecsSinceEpoch(1768521600123, Qt::UTC);
    data.window = {1768518000.123, 1768521600.123};
    data.sources = {{QStringLiteral("prometheus"), QStringLiteral("prometheus"), QStringLiteral("http://p:9090"),
                     QStringLiteral("2.42.0")},
                    {QStringLiteral("vm"), QStringLiteral("prometheus"), QStringLiteral("http://vm:8428"), {}}};
    data.kpis = {{QStringLiteral("p95"), 0.1 + 0.2, State::Warning, std::nullopt, {QStringLiteral("w")}, data.at},
                 {QStringLiteral("gone"),
                  std::nan(""),
                  State::Unknown,
                  Error{Error::Kind::ConnectionRefused, QStringLiteral("refused")},
                  {},
                  {}}};
    RecordedAnswer range;
    range.kind = RecordedAnswer::Kind::Range;
    range.source = QStringLiteral("prometheus");
    range.query = QStringLiteral("rate(x[5m])");
    range.window = data.window;
    range.step = 4;
    range.result = std::make_shared<const QueryReply::Result>(awkwardMatrix());
    RecordedAnswer failed;
    failed.source = QStringLiteral("vm");
    failed.query = QStringLiteral("up");
    failed.at = 1768521600.123;
    failed.result = std::make_shared<const QueryReply::Result>(
        std::unexpected(Error{Error::Kind::Unprocessable, QStringLiteral("too many samples")}));
    RecordedAnswer table;
    table.source = QStringLiteral("prometheus");
    table.query = QStringLiteral("SELECT 1");
    table.at = 1768521600;
    QueryResult rows;
    rows.type = QueryResult::Type::Table;
    rows.table.columns = {QStringLiteral("name"), QStringLiteral("n")};
    rows.table.rows = {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2.5}};
    table.result = std::make_shared<const QueryReply::Result>(rows);
    data.answers = {range, failed, table};
    return data;
}

} // namespace

class TestSnapshotFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void roundTripIsBitExact()
    {
        const SnapshotData written = sample();
        QVERIFY(SnapshotFile::write(path(QStringLiteral("a.lotse")), written));
        const auto read = SnapshotFile::read(path(QStringLiteral("a.lotse")));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format, SnapshotFile::kFormat);
        QCOMPARE(read->lotseVersion, written.lotseVersion);
        QCOMPARE(read->savedAt, written.savedAt);
        QCOMPARE(read->dashboardYaml, written.dashboardYaml);
        QCOMPARE(read->dashboardOrigin, written.dashboardOrigin);
        QCOMPARE(read->range, written.range);
        QCOMPARE(read->at, written.at);
        QCOMPARE(bits(read->window.from), bits(written.window.from));
        QCOMPARE(bits(read->window.to), bits(written.window.to));
        QCOMPARE(read->sources, written.sources);
        QCOMPARE(read->kpis.size(), written.kpis.size());
        for (qsizetype i = 0; i < written.kpis.size(); ++i) {
            const KpiRecord &kpi = read->kpis.at(i);
            QCOMPARE(kpi.id, written.kpis.at(i).id);
            QCOMPARE(bits(kpi.value), bits(written.kpis.at(i).value));
            QCOMPARE(kpi.state, written.kpis.at(i).state);
            QCOMPARE(kpi.warnings, written.kpis.at(i).warnings);
            QCOMPARE(kpi.readAt, written.kpis.at(i).readAt);
            QCOMPARE(kpi.error.has_value(), written.kpis.at(i).error.has_value());
        }
        QCOMPARE(read->kpis.at(1).error->kind, Error::Kind::ConnectionRefused);
        QCOMPARE(read->answers.size(), 3);
        const RecordedAnswer &range = read->answers.at(0);
        QCOMPARE(range.kind, RecordedAnswer::Kind::Range);
        QCOMPARE(bits(range.step), bits(4.0));
        QCOMPARE(bits(range.window.from), bits(written.window.from));
        const QueryResult &matrix = **range.result;
        QCOMPARE(matrix.type, QueryResult::Type::Matrix);
        QCOMPARE(matrix.warnings, QStringList{QStringLiteral("partial response")});
        QCOMPARE(matrix.series.size(), size_t(2));
        compareSeries(matrix.series.at(0), awkwardMatrix().series.at(0));
        compareSeries(matrix.series.at(1), awkwardMatrix().series.at(1));
        const RecordedAnswer &failed = read->answers.at(1);
        QCOMPARE(failed.source, QStringLiteral("vm"));
        QVERIFY(!*failed.result);
        QCOMPARE(failed.result->error().kind, Error::Kind::Unprocessable);
        QCOMPARE(failed.result->error().message, QStringLiteral("too many samples"));
        QCOMPARE(bits(failed.at), bits(1768521600.123));
        const Table &table = (*read->answers.at(2).result)->table;
        QCOMPARE(table.columns, (QStringList{QStringLiteral("name"), QStringLiteral("n")}));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(1).at(1).toDouble(), 2.5);
    }

    void largeAnswersAreQuick()
    {
        // 100 series of 11,000 points: the most one query_range brings.
        SnapshotData data = sample();
        QueryResult matrix;
        matrix.type = QueryResult::Type::Matrix;
        for (int s = 0; s < 100; ++s) {
            Series series;
            series.labels = {{QStringLiteral("instance"), QStringLiteral("host-%1").arg(s)}};
            for (int p = 0; p < 11000; ++p) {
                series.times.push_back(1768518000.0 + p * 0.327);
                series.values.push_back(std::sin(p * 0.01 + s) * 1e3 / 7.0);
            }
            matrix.series.push_back(std::move(series));
        }
        data.answers.front().result = std::make_shared<const QueryReply::Result>(matrix);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(SnapshotFile::write(path(QStringLiteral("large.lotse")), data));
        const qint64 written = clock.restart();
        const auto read = SnapshotFile::read(path(QStringLiteral("large.lotse")));
        const qint64 readMs = clock.elapsed();
        QVERIFY(read);
        qInfo("1.1 million points: written in %lld ms, read in %lld ms, %lld bytes", written, readMs,
              QFileInfo(path(QStringLiteral("large.lotse"))).size());
        const QueryResult &back = **read->answers.front().result;
        QCOMPARE(back.series.size(), matrix.series.size());
        for (size_t i = 0; i < matrix.series.size(); ++i)
            compareSeries(back.series.at(i), matrix.series.at(i));
        QVERIFY(written < 5000 && readMs < 5000);
    }

    void newerFormatIsRefusedWithItsWriter()
    {
        const QString file = path(QStringLiteral("newer.lotse"));
        QVERIFY(SnapshotFile::write(file, sample()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'format'").arg(SnapshotFile::kFormat + 1)));
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '9.4.2' WHERE key = 'lotse_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const auto read = SnapshotFile::read(file);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::Invalid);
        QVERIFY2(read.error().message.contains(QStringLiteral("9.4.2")), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(QString::number(SnapshotFile::kFormat)),
                 qPrintable(read.error().message));
    }

    void otherFilesAreNotSnapshots()
    {
        const QString file = path(QStringLiteral("text.lotse"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("id: shop\n");
        text.close();
        QVERIFY(!SnapshotFile::read(file));
        QVERIFY(!SnapshotFile::read(path(QStringLiteral("missing.lotse"))));
    }

    void failedWriteLeavesTheOldFile()
    {
        const QString file = path(QStringLiteral("kept.lotse"));
        QVERIFY(SnapshotFile::write(file, sample()));
        const QByteArray before = [&file] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY(!SnapshotFile::write(m_dir.filePath(QStringLiteral("no/such/dir/x.lotse")), sample()));
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        // Nothing half-written is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("kept")).size(), 1);
    }

    void recorderKeepsTheNewestAnswerAndReplays()
    {
        SourceRegistry live;
        auto *scripted = new ScriptedSource(awkwardMatrix());
        live.add(scripted);
        SourceRegistry recorded;
        RecordingSource::wrapAll(live, recorded);
        Source *source = recorded.find(QStringLiteral("prometheus"));
        QVERIFY(source);
        const auto ask = [source](double step) {
            QueryReply *reply = source->ranges()->range(QStringLiteral("q"), {0, 100}, step);
            QSignalSpy done(reply, &QueryReply::finished);
            done.wait(5000);
            reply->deleteLater();
            return reply->result();
        };
        QVERIFY(ask(10));
        QueryResult newer = awkwardMatrix();
        newer.series.front().values.front() = 42;
        scripted->setAnswer(newer);
        // The reader gets the answer as the source gave it, copied for it.
        const auto second = ask(10);
        QCOMPARE(second->series.front().values.front(), 42.0);
        QVERIFY(ask(20));
        const QList<RecordedAnswer> answers = RecordingSource::answersOf(recorded);
        QCOMPARE(answers.size(), 2); // one per step, the newest for step 10
        for (const RecordedAnswer &answer : answers) {
            QCOMPARE(answer.source, QStringLiteral("prometheus"));
            QCOMPARE((*answer.result)->series.front().values.front(), 42.0);
        }

        // Replayed: the step asked for when there is one, else the nearest.
        SnapshotSource replay({QStringLiteral("prometheus"), QStringLiteral("prometheus"), QStringLiteral("x"), {}},
                              answers, QDateTime::currentDateTimeUtc());
        QueryReply *reply = replay.range(QStringLiteral("q"), {5000, 6000}, 19);
        QSignalSpy done(reply, &QueryReply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(reply->result());
        compareSeries(reply->result()->series.front(), newer.series.front());
        QueryReply *missing = replay.instant(QStringLiteral("never asked"), QDateTime::currentDateTimeUtc());
        QSignalSpy missed(missing, &QueryReply::finished);
        QVERIFY(missed.wait(5000));
        QCOMPARE(missing->result().error().kind, Error::Kind::NoData);
        QueryReply *version = replay.serverVersion();
        QSignalSpy versioned(version, &QueryReply::finished);
        QVERIFY(versioned.wait(5000));
        QVERIFY(!version->result()); // no version recorded: unknown, as it was live
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
