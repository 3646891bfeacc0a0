// A saved diagnosis keeps the runbook it was walked with: changing or deleting
// the runbook's file afterwards changes nothing in its review. What a store
// holds is checked before it is shown: a record that does not fit its runbook
// is an error that names what does not fit, never a crash.
#include "definitions/runbookloader.h"
#include "diagnosis/diagnosisrecord.h"
#include "diagnosis/diagnosisreport.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosisstore.h"
#include "sources/sourceregistry.h"
#include "staticsource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using lotse::DiagnosisRecord;
using lotse::DiagnosisSession;
using lotse::DiagnosisStore;

namespace {

const QByteArray kRunbook = "id: store\n"
                            "version: 1\n"
                            "title: {en: Store as walked, de: Laden wie begangen}\n"
                            "sources: [{name: prometheus, kind: prometheus}]\n"
                            "checks:\n"
                            "  p95: {title: {en: p95, de: p95}, query: p95, unit: s,"
                            " thresholds: {warning: 0.5, critical: 2}}\n"
                            "start: latency\n"
                            "nodes:\n"
                            "  latency:\n"
                            "    title: {en: Latency, de: Latenz}\n"
                            "    branches:\n"
                            "      - when: {check: p95, state: critical}\n"
                            "        goto: slow\n"
                            "  slow:\n"
                            "    title: {en: Slow as walked, de: Langsam wie begangen}\n"
                            "    finding: {slug: latency, severity: {from: p95}}\n"
                            "    checks: [p95]\n";

/// The runbook since: retitled, and the leaf the walk reached is gone.
const QByteArray kChanged = "id: store\n"
                            "version: 2\n"
                            "title: {en: Store since, de: Laden seither}\n"
                            "sources: [{name: prometheus, kind: prometheus}]\n"
                            "checks:\n"
                            "  p95: {title: {en: p95, de: p95}, query: p95, unit: s}\n"
                            "start: latency\n"
                            "nodes:\n"
                            "  latency:\n"
                            "    title: {en: Latency since, de: Latenz seither}\n"
                            "    branches:\n"
                            "      - when: {check: p95, above: 1}\n"
                            "        goto: slower\n"
                            "  slower:\n"
                            "    title: {en: Slower, de: Langsamer}\n"
                            "    finding: {slug: latency.since, severity: critical}\n";

/// What a review must show unchanged: the path, the findings with their evidence, the verdict.
QJsonObject reportOf(const DiagnosisSession &session)
{
    return lotse::DiagnosisReport::json(session, QStringLiteral("en"));
}

QString onlySlug(const DiagnosisSession &session)
{
    const QList<lotse::Finding> findings = session.findings();
    return findings.size() == 1 ? findings.first().slug : QString();
}

bool write(const QString &file, const QByteArray &text)
{
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(text) == text.size();
}

} // namespace

class TestDiagnosisStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_file;
    lotse::SourceRegistry *m_sources = nullptr;

    std::unique_ptr<DiagnosisSession> walk()
    {
        auto runbook = lotse::RunbookLoader::loadFile(m_file);
        if (!runbook)
            return nullptr;
        auto session = std::make_unique<DiagnosisSession>(*runbook, m_sources, QDateTime::currentDateTimeUtc());
        QSignalSpy finished(session.get(), &DiagnosisSession::finished);
        session->runToEnd();
        if (!session->isFinished())
            finished.wait(5000);
        return session;
    }

    /// The saved diagnosis @p id reviewed as the window does: its runbook, then the session over it.
    std::expected<std::unique_ptr<DiagnosisSession>, lotse::Error> review(DiagnosisStore &store, const QString &id)
    {
        const auto record = store.load(id);
        if (!record)
            return std::unexpected(record.error());
        auto runbook = record->runbook();
        if (!runbook)
            return std::unexpected(runbook.error());
        return record->restore(std::move(*runbook), m_sources);
    }

    /// A walk as JSON whose step @p step has @p key set to @p value.
    QByteArray walkWith(const DiagnosisSession &session, int step, const QString &key, const QJsonValue &value)
    {
        QJsonObject walk = DiagnosisRecord::of(session).walk();
        QJsonArray steps = walk.value(QStringLiteral("steps")).toArray();
        QJsonObject changed = steps.at(step).toObject();
        changed.insert(key, value);
        steps.replace(step, changed);
        walk.insert(QStringLiteral("steps"), steps);
        return QJsonDocument(walk).toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("config/lotse/runbooks"))));
        m_file = m_home.filePath(QStringLiteral("config/lotse/runbooks/store.yaml"));
    }

    void init()
    {
        QVERIFY(write(m_file, kRunbook));
        m_sources = new lotse::SourceRegistry(this);
        auto *source = new lotse::test::StaticSource;
        source->set(QStringLiteral("p95"), 3);
        m_sources->add(source);
    }
    void cleanup() { delete m_sources; }

    void aReviewShowsTheRunbookAsWalkedAfterItsFileChangedAndWent()
    {
        const auto session = walk();
        QVERIFY(session);
        QCOMPARE(onlySlug(*session), QStringLiteral("latency"));
        QTemporaryDir directory;
        DiagnosisStore store(directory.filePath(QStringLiteral("diagnoses.sqlite")));
        QVERIFY(store.save(QStringLiteral("one"), DiagnosisRecord::of(*session), QStringLiteral("findings")));
        const QString report = lotse::DiagnosisReport::text(*session, QStringLiteral("en"));

        QVERIFY(write(m_file, kChanged));
        for (const bool deleted : {false, true}) {
            if (deleted)
                QVERIFY(QFile::remove(m_file));
            const auto reviewed = review(store, QStringLiteral("one"));
            QVERIFY2(reviewed, reviewed ? "" : qPrintable(reviewed.error().message));
            const DiagnosisSession &shown = **reviewed;
            QCOMPARE(shown.runbook().version, 1);
            QCOMPARE(shown.runbook().title.text(QStringLiteral("en")), QStringLiteral("Store as walked"));
            QCOMPARE(reportOf(shown), reportOf(*session));
            QCOMPARE(shown.findings().first().evidence, QStringList{QStringLiteral("p95")});
            QCOMPARE(lotse::DiagnosisReport::text(shown, QStringLiteral("en")), report);
        }
    }

    void aRecordSavedWithoutItsRunbookReadsTheFileAndSaysWhenItNoLongerFits()
    {
        const auto session = walk();
        QVERIFY(session);
        // A store as Lotse wrote it before records kept their runbook: no
        // runbook_text column, and no schema number.
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("diagnoses.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE diagnoses (id TEXT PRIMARY KEY, runbook TEXT NOT NULL, version INTEGER NOT NULL,"
                " at TEXT NOT NULL, updated TEXT NOT NULL, verdict TEXT NOT NULL, session TEXT NOT NULL)")));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO diagnoses VALUES ('old', 'store', 1, ?, ?, ?, ?)")));
            const DiagnosisRecord record = DiagnosisRecord::of(*session);
            query.addBindValue(record.at());
            query.addBindValue(record.at());
            query.addBindValue(QStringLiteral("findings"));
            query.addBindValue(QString::fromUtf8(record.walkText()));
            QVERIFY(query.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        DiagnosisStore store(file);
        const auto listed = store.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        const auto reviewed = review(store, QStringLiteral("old"));
        QVERIFY2(reviewed, reviewed ? "" : qPrintable(reviewed.error().message));
        QCOMPARE(reportOf(**reviewed), reportOf(*session));

        QVERIFY(write(m_file, kChanged));
        const auto misfit = review(store, QStringLiteral("old"));
        QVERIFY(!misfit);
        QCOMPARE(misfit.error().kind, lotse::Error::Kind::Malformed);
        QVERIFY2(misfit.error().message.contains(QStringLiteral("\"slow\"")), qPrintable(misfit.error().message));

        QVERIFY(QFile::remove(m_file));
        const auto gone = review(store, QStringLiteral("old"));
        QVERIFY(!gone);
        QVERIFY2(gone.error().message.contains(QStringLiteral("\"store\"")), qPrintable(gone.error().message));
    }

    void whatDoesNotFitItsRunbookIsANamedError_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown node") << 1 << QStringLiteral("node") << QJsonValue(QStringLiteral("gone"))
                                      << QStringLiteral("\"gone\"");
        QTest::newRow("node of the wrong type")
            << 1 << QStringLiteral("node") << QJsonValue(7) << QStringLiteral("\"node\"");
        QTest::newRow("branch it does not have") << 1 << QStringLiteral("via") << QJsonValue(5) << QStringLiteral("2");
        QTest::newRow("taken branch it does not have")
            << 0 << QStringLiteral("taken") << QJsonValue(QJsonArray{9}) << QStringLiteral("1");
        QTest::newRow("fork after the step") << 1 << QStringLiteral("parent") << QJsonValue(1) << QStringLiteral("2");
        QTest::newRow("taken of the wrong type")
            << 0 << QStringLiteral("taken") << QJsonValue(QStringLiteral("all")) << QStringLiteral("\"taken\"");
        QTest::newRow("queue of the wrong type")
            << 1 << QStringLiteral("pending") << QJsonValue(QJsonArray{QJsonArray{3, 0, 0}})
            << QStringLiteral("\"pending\"");
    }

    void whatDoesNotFitItsRunbookIsANamedError()
    {
        QFETCH(int, step);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        const auto session = walk();
        QVERIFY(session);
        QCOMPARE(session->steps().size(), 2);
        const auto record = DiagnosisRecord::parse(walkWith(*session, step, key, value), kRunbook);
        QVERIFY(record);
        const auto runbook = record->runbook();
        QVERIFY(runbook);
        const auto restored = record->restore(*runbook, m_sources);
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, lotse::Error::Kind::Malformed);
        QVERIFY2(restored.error().message.contains(named), qPrintable(restored.error().message));
    }

    void damagedRecordsAreNamedErrors()
    {
        QVERIFY(!DiagnosisRecord::parse("{not json", kRunbook));
        const auto noReadings = DiagnosisRecord::parse(R"({"at": "2024-01-01T00:00:00.000Z", "readings": 3})", {});
        QVERIFY(noReadings);
        const auto runbook = lotse::RunbookLoader::parse(kRunbook, QStringLiteral("store.yaml"));
        QVERIFY(runbook);
        const auto restored = noReadings->restore(*runbook, m_sources);
        QVERIFY(!restored);
        QVERIFY(restored.error().message.contains(QStringLiteral("\"readings\"")));
        const auto unknownCheck = DiagnosisRecord::parse(
            R"({"at": "2024-01-01T00:00:00.000Z", "readings": [{"check": "cpu", "raw": "1"}]})", {});
        QVERIFY(unknownCheck);
        const auto unread = unknownCheck->restore(*runbook, m_sources);
        QVERIFY(!unread);
        QVERIFY(unread.error().message.contains(QStringLiteral("\"cpu\"")));
        const auto saved = DiagnosisRecord::parse(R"({"runbook": "store"})", "id: [unclosed");
        QVERIFY(saved);
        QVERIFY(!saved->runbook());
    }

    void findingsOfAWalkWhoseForkIsGoneDoNotCrash()
    {
        // restore() takes what it is given; the engine must still not trust it.
        const auto session = walk();
        QVERIFY(session);
        lotse::DiagnosisProgress progress = session->progress();
        progress.steps[0].node = QStringLiteral("gone");
        progress.steps[1].viaBranch = 7;
        DiagnosisSession shown(session->runbook(), m_sources, session->at());
        shown.restore(progress);
        QCOMPARE(onlySlug(shown), QStringLiteral("latency"));
        QCOMPARE(shown.findings().first().evidence, QStringList{QStringLiteral("p95")});
        QVERIFY(!lotse::DiagnosisReport::text(shown, QStringLiteral("en")).isEmpty());
        progress.steps[1].parent = 1; // a step that would be its own fork
        shown.restore(progress);
        QCOMPARE(onlySlug(shown), QStringLiteral("latency"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisStore)
#include "tst_diagnosisstore.moc"
