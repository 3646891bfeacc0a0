#include "diagnosis/condition.h"

#include <QTest>

#include <cmath>

using lotse::CheckValue;
using lotse::Condition;
using lotse::State;

namespace {

Condition test(const char *check, State state)
{
    Condition condition;
    condition.kind = Condition::Kind::State;
    condition.check = QString::fromLatin1(check);
    condition.states = {state};
    return condition;
}

Condition combined(Condition::Kind kind, QList<Condition> children)
{
    Condition condition;
    condition.kind = kind;
    condition.children = std::move(children);
    return condition;
}

const Condition::Lookup lookup = [](const QString &check) -> CheckValue {
    if (check == QLatin1String("hot"))
        return {95, State::Critical};
    if (check == QLatin1String("cool"))
        return {10, State::Good};
    if (check == QLatin1String("idle"))
        return {std::nan(""), State::NotApplicable};
    return {}; // anything else could not be read
};

} // namespace

class TestCondition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleTests()
    {
        QCOMPARE(test("hot", State::Critical).evaluate(lookup), std::optional<bool>(true));
        QCOMPARE(test("cool", State::Critical).evaluate(lookup), std::optional<bool>(false));
        QCOMPARE(test("gone", State::Critical).evaluate(lookup), std::nullopt);
        Condition above;
        above.kind = Condition::Kind::Above;
        above.check = QStringLiteral("hot");
        above.number = 95;
        QCOMPARE(above.evaluate(lookup), std::optional<bool>(false)); // strictly above
        above.number = 94.9;
        QCOMPARE(above.evaluate(lookup), std::optional<bool>(true));
    }

    void nothingToJudgeDecidesNothing()
    {
        using K = Condition::Kind;
        Condition below;
        below.kind = K::Below;
        below.check = QStringLiteral("idle");
        below.number = 0.9;
        // Neither the test nor its negation holds: no finding from n/a.
        QCOMPARE(test("idle", State::Critical).evaluate(lookup), std::optional<bool>(false));
        QCOMPARE(below.evaluate(lookup), std::optional<bool>(false));
        QCOMPARE(combined(K::Not, {below}).evaluate(lookup), std::optional<bool>(false));
        QCOMPARE(combined(K::Not, {test("idle", State::Good)}).evaluate(lookup), std::optional<bool>(false));
        // Asked for by name, it holds; and it is decided, never undecided.
        QCOMPARE(test("idle", State::NotApplicable).evaluate(lookup), std::optional<bool>(true));
        QCOMPARE(combined(K::Any, {test("idle", State::Critical), test("hot", State::Critical)}).evaluate(lookup),
                 std::optional<bool>(true));
        QCOMPARE(combined(K::All, {test("idle", State::Critical), test("gone", State::Critical)}).evaluate(lookup),
                 std::optional<bool>(false));
    }

    void threeValuedLogic()
    {
        using K = Condition::Kind;
        const Condition hot = test("hot", State::Critical);
        const Condition cool = test("cool", State::Critical);
        const Condition gone = test("gone", State::Critical);
        // An unknown operand is settled only by a deciding one.
        QCOMPARE(combined(K::Any, {gone, hot}).evaluate(lookup), std::optional<bool>(true));
        QCOMPARE(combined(K::Any, {gone, cool}).evaluate(lookup), std::nullopt);
        QCOMPARE(combined(K::All, {gone, cool}).evaluate(lookup), std::optional<bool>(false));
        QCOMPARE(combined(K::All, {gone, hot}).evaluate(lookup), std::nullopt);
        QCOMPARE(combined(K::All, {hot, hot}).evaluate(lookup), std::optional<bool>(true));
        QCOMPARE(combined(K::Not, {cool}).evaluate(lookup), std::optional<bool>(true));
        QCOMPARE(combined(K::Not, {gone}).evaluate(lookup), std::nullopt);
    }

    void collectsChecksInOrder()
    {
        using K = Condition::Kind;
        const Condition tree = combined(
            K::All, {test("b", State::Good), combined(K::Any, {test("a", State::Good), test("b", State::Good)})});
        QCOMPARE(tree.checks(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    }
};

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
