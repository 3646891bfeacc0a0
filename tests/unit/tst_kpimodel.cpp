#include "dashboard/kpimodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using lotse::KpiModel;
using lotse::KpiSpec;
using lotse::State;

namespace {

QList<KpiSpec> specs()
{
    KpiSpec latency;
    latency.id = QStringLiteral("p95");
    latency.title = {QStringLiteral("Latency"), QStringLiteral("Latenz")};
    latency.unit = lotse::Unit::Seconds;
    latency.thresholds.warning = 0.1;
    latency.thresholds.critical = 0.5;
    KpiSpec cpu;
    cpu.id = QStringLiteral("cpu");
    cpu.title = {QStringLiteral("CPU"), QStringLiteral("CPU")};
    cpu.unit = lotse::Unit::Percent;
    return {latency, cpu};
}

} // namespace

class TestKpiModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        KpiModel model(specs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReading(0, 0.6, {}, QDateTime::currentDateTimeUtc());
        model.setFailure(1, {lotse::Error::Kind::Timeout, QStringLiteral("slow")});
        model.setLanguage(QStringLiteral("de"));
        QCOMPARE(model.rowCount(), 2);
    }

    void statesFollowThresholds()
    {
        KpiModel model(specs());
        QCOMPARE(model.data(model.index(0), KpiModel::StateRole).value<State>(), State::Unknown);
        model.setReading(0, 0.6, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(model.data(model.index(0), KpiModel::StateRole).value<State>(), State::Critical);
        QCOMPARE(model.data(model.index(0), KpiModel::TextRole).toString(), QStringLiteral("600 ms"));
        model.setReading(0, 0.2, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(model.data(model.index(0), KpiModel::StateRole).value<State>(), State::Warning);
    }

    void failureIsUnknownWithItsMessage()
    {
        KpiModel model(specs());
        model.setReading(0, 0.01, {}, QDateTime::currentDateTimeUtc());
        model.setFailure(0, {lotse::Error::Kind::ConnectionRefused, QStringLiteral("Connection refused by x")});
        QCOMPARE(model.data(model.index(0), KpiModel::StateRole).value<State>(), State::Unknown);
        QCOMPARE(model.data(model.index(0), Qt::ToolTipRole).toString(), QStringLiteral("Connection refused by x"));
        QCOMPARE(model.data(model.index(0), KpiModel::TextRole).toString(), QStringLiteral("—"));
    }

    void emitsTheNarrowestChange()
    {
        KpiModel model(specs());
        QSignalSpy spy(&model, &KpiModel::dataChanged);
        model.setReading(1, 50, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(spy.at(0).at(1).toModelIndex().row(), 1);
        model.setStale(1, false); // no change, no signal
        QCOMPARE(spy.size(), 1);
        model.setStale(1, true);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(2).value<QList<int>>(), QList<int>{KpiModel::StaleRole});
    }

    void languageSwitchesTitles()
    {
        KpiModel model(specs());
        model.setLanguage(QStringLiteral("de"));
        QCOMPARE(model.data(model.index(0), KpiModel::TitleRole).toString(), QStringLiteral("Latenz"));
        model.setReading(0, 1.1, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(model.data(model.index(0), KpiModel::TextRole).toString(), QStringLiteral("1,1 s"));
    }
};

QTEST_GUILESS_MAIN(TestKpiModel)
#include "tst_kpimodel.moc"
