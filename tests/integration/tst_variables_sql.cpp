// A SQL variable against a real PostgreSQL: a value written as an injection
// reaches the server as a parameter of a prepared statement, is compared as
// the text it is, and the table it names is still there afterwards.
#include "dbsupport.h"
#include "support.h"

#include <QTemporaryDir>

using namespace lotse::test;

namespace {

const QString kValue = QStringLiteral("'; DROP TABLE lotse_variables_t; --");

} // namespace

class TestVariablesSql final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    QTemporaryDir m_files;

    QString admin(const QString &sql) const
    {
        const Run psql = adminPsql(m_dir, sql);
        return psql.exitCode == 0 ? QString::fromUtf8(psql.out).trimmed() : QStringLiteral("failed: ") + psql.err;
    }

    QString dashboardFile() const
    {
        const QString path = m_files.filePath(QStringLiteral("sql.yaml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            "id: sql\n"
            "title: {en: SQL, de: SQL}\n"
            "sources: [{name: postgres, kind: postgres}]\n"
            "variables:\n"
            "  - name: name\n"
            "    custom: [a]\n"
            "kpis:\n"
            "  - id: matching\n"
            "    title: {en: Matching, de: Passend}\n"
            "    query: SELECT count(*) FROM lotse_variables_t WHERE name = $name\n"
            "  - id: length\n"
            "    title: {en: Length, de: Länge}\n"
            "    query: SELECT length(${name}::text) + 0 * count(*) FROM lotse_variables_t WHERE name <> $name\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/postgres");
        QVERIFY2(!readLine(m_dir + QStringLiteral("/admin-dsn")).isEmpty(), "the PostgreSQL fixture did not start");
        QVERIFY(m_files.isValid());
        const QString setUp = admin(QStringLiteral("DROP TABLE IF EXISTS lotse_variables_t; "
                                                   "CREATE TABLE lotse_variables_t (name text); "
                                                   "INSERT INTO lotse_variables_t VALUES ('a'), ('b'), ($$%1$$); "
                                                   "SELECT count(*) FROM lotse_variables_t")
                                        .arg(kValue));
        QVERIFY2(setUp.endsWith(QStringLiteral("INSERT 0 3\n3")), qPrintable(setUp));
    }

    void cleanupTestCase() { adminPsql(m_dir, QStringLiteral("DROP TABLE IF EXISTS lotse_variables_t")); }

    void injectionIsAParameter()
    {
        const Run snapshot = runWith(
            lotseBinary(),
            {QStringLiteral("snapshot"), QStringLiteral("--postgres"), readLine(m_dir + QStringLiteral("/admin-dsn")),
             QStringLiteral("--dashboard"), dashboardFile(), QStringLiteral("--var"), QStringLiteral("name=") + kValue,
             QStringLiteral("--json"), QStringLiteral("-")},
            {QStringLiteral("LOTSE_POSTGRES_PASSWORD=") + readLine(m_dir + QStringLiteral("/admin-password"))});
        QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
        const QJsonArray kpis = QJsonDocument::fromJson(snapshot.out).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 2);
        // The one row holding exactly that text, and the text's own length: it arrived verbatim.
        QCOMPARE(kpis.at(0).toObject().value(QStringLiteral("value")).toDouble(), 1.0);
        QCOMPARE(kpis.at(1).toObject().value(QStringLiteral("value")).toDouble(), double(kValue.size()));
        QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM lotse_variables_t")), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestVariablesSql)
#include "tst_variables_sql.moc"
