// The registry of source kinds: the kinds that connections files and the
// command line name are all registered, each once, each with a form, and
// each builds a source of its own kind from a connection, or says why not.
#include "connections/sourcefactory.h"
#include "databases/databaseviews.h"
#include "sources/sourcekinds.h"

#include <QSet>
#include <QTest>

using lotse::Connection;
using lotse::ConnectionField;
using lotse::SourceKind;
using lotse::SourceKinds;

class TestSourceKinds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsRegisteredOnce()
    {
        QVERIFY(!SourceKinds::all().isEmpty());
        QSet<QString> ids;
        for (const SourceKind *kind : SourceKinds::all()) {
            QVERIFY(!kind->id().isEmpty());
            QVERIFY2(!ids.contains(kind->id()), qPrintable(kind->id()));
            ids.insert(kind->id());
            QCOMPARE(SourceKinds::find(kind->id()), kind);
        }
        // Connections files and the command line name these; they must not go missing.
        for (const char *id : {"prometheus", "postgres", "redis", "clickhouse"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QVERIFY(!SourceKinds::find(QStringLiteral("mysql")));
    }

    void everyKindDescribesItself()
    {
        QSet<QString> codeNames;
        for (const SourceKind *kind : SourceKinds::all()) {
            QVERIFY(!kind->codeName().isEmpty() && !kind->productName().isEmpty() && !kind->displayName().isEmpty());
            QVERIFY2(!codeNames.contains(kind->codeName()), qPrintable(kind->codeName()));
            codeNames.insert(kind->codeName());
            QVERIFY(!kind->formFields().isEmpty());
            QVERIFY2(!kind->example(ConnectionField::Id::Address).isEmpty(), qPrintable(kind->id()));
            QVERIFY(kind->defaultTimeoutMs() > 0);
            QVERIFY(kind->commandLine().help && kind->commandLine().valueName);
            QSet<QString> views;
            for (const lotse::ViewInfo &view : kind->views()) {
                QCOMPARE(view.kind, kind->id());
                QVERIFY(view.title);
                QVERIFY2(!views.contains(view.id), qPrintable(view.id));
                views.insert(view.id);
                QCOMPARE(lotse::DatabaseViews::find(kind->id(), view.id), &view);
            }
            QSet<QString> cards;
            for (const lotse::CardInfo &card : kind->kpiCards()) {
                QVERIFY(card.title && card.query);
                QVERIFY2(!cards.contains(QLatin1String(card.id)), card.id);
                cards.insert(QLatin1String(card.id));
            }
        }
    }

    void buildsEachKindFromAConnection_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &id : SourceKinds::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void buildsEachKindFromAConnection()
    {
        QFETCH(QString, kind);
        Connection connection;
        connection.name = QStringLiteral("the-source");
        connection.kind = kind;
        connection.address = SourceKinds::find(kind)->example(ConnectionField::Id::Address);
        auto source = lotse::SourceFactory::create(connection, QString());
        QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
        QVERIFY(*source);
        QCOMPARE((*source)->kind(), kind);
        QCOMPARE((*source)->name(), connection.name);

        // An address that is no address at all builds nothing, and the message names the connection.
        connection.address = QStringLiteral("::not an address::");
        source = lotse::SourceFactory::create(connection, QString());
        if (!source)
            QVERIFY2(source.error().message.contains(connection.name), qPrintable(source.error().message));
    }

    void refusesAnUnknownKind()
    {
        Connection connection;
        connection.name = QStringLiteral("x");
        connection.kind = QStringLiteral("mysql");
        QVERIFY(!lotse::SourceFactory::create(connection, QString()));
    }
};

QTEST_GUILESS_MAIN(TestSourceKinds)
#include "tst_sourcekinds.moc"
