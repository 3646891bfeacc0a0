#include "alerts/firingwatch.h"

#include <QTest>

using namespace lotse;

namespace {

Alert alert(const QString &name, Alert::State state, const QString &instance = QStringLiteral("a:1"))
{
    Alert made;
    made.name = name;
    made.state = state;
    made.labels = {{QStringLiteral("alertname"), name}, {QStringLiteral("instance"), instance}};
    return made;
}

QStringList names(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out.append(a.name + QLatin1Char('@') + a.labels.value(QStringLiteral("instance")));
    return out;
}

} // namespace

class TestFiringWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstReadingIsTheBaseline()
    {
        FiringWatch watch;
        QVERIFY(watch.update({alert(QStringLiteral("A"), Alert::State::Firing)}).isEmpty());
        QCOMPARE(watch.firing(), 1);
    }

    void reportsOnlyNewlyFiring()
    {
        FiringWatch watch;
        watch.update(
            {alert(QStringLiteral("A"), Alert::State::Firing), alert(QStringLiteral("B"), Alert::State::Pending)});
        // B turns firing, A goes on, C fires on a second instance of A's name.
        const QList<Alert> started = watch.update(
            {alert(QStringLiteral("A"), Alert::State::Firing), alert(QStringLiteral("B"), Alert::State::Firing),
             alert(QStringLiteral("A"), Alert::State::Firing, QStringLiteral("b:2")),
             alert(QStringLiteral("P"), Alert::State::Pending)});
        QCOMPARE(names(started), QStringList({QStringLiteral("B@a:1"), QStringLiteral("A@b:2")}));
        QCOMPARE(watch.firing(), 3);
        // One that stopped and fires again is new again.
        watch.update({});
        QCOMPARE(watch.firing(), 0);
        QCOMPARE(names(watch.update({alert(QStringLiteral("A"), Alert::State::Firing)})),
                 QStringList({QStringLiteral("A@a:1")}));
    }
};

QTEST_GUILESS_MAIN(TestFiringWatch)
#include "tst_firingwatch.moc"
