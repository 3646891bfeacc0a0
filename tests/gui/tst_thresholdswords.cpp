// The details dialog says a card's bands in words, and the words say whether
// a band's edge belongs to it: a guide's "1000 – 5000 goroutines" is a
// warning from 1000 on, not above it.
#include "dashboard/kpidetailsdialog.h"

#include "core/thresholds.h"
#include "core/unit.h"
#include "dashboard/kpimodel.h"

#include <QLabel>
#include <QTest>

using lotse::KpiDetailsDialog;
using lotse::Thresholds;

class TestThresholdsWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strictBandsSayAbove()
    {
        Thresholds bands;
        bands.warning = 1000;
        bands.critical = 5000;
        QCOMPARE(KpiDetailsDialog::thresholdsText(bands, lotse::Unit::None, QStringLiteral("en")),
                 QStringLiteral("warning above 1,000, critical above 5,000"));
    }

    void includedEdgesSayFrom()
    {
        Thresholds bands;
        bands.warning = 1000;
        bands.warningIncluded = true;
        bands.critical = 5000;
        QCOMPARE(KpiDetailsDialog::thresholdsText(bands, lotse::Unit::None, QStringLiteral("en")),
                 QStringLiteral("warning from 1,000, critical above 5,000"));
    }

    void lowerIsWorseSaysAtOrBelow()
    {
        Thresholds bands;
        bands.direction = Thresholds::Direction::LowerIsWorse;
        bands.warning = 90;
        bands.critical = 80;
        bands.criticalIncluded = true;
        QCOMPARE(KpiDetailsDialog::thresholdsText(bands, lotse::Unit::None, QStringLiteral("en")),
                 QStringLiteral("warning below 90, critical at 80 or below"));
    }

    // A value without bands is read, not judged: the dialog must not call it good.
    void aValueWithoutBandsIsNotCalledGood()
    {
        lotse::KpiSpec plain;
        plain.query = QStringLiteral("max(node_load1)");
        lotse::KpiSpec banded = plain;
        banded.thresholds.warning = 4;
        banded.thresholds.critical = 8;
        lotse::KpiModel model({plain, banded});
        model.setReading(0, 2.5, {}, QDateTime::currentDateTimeUtc());
        model.setReading(1, 2.5, {}, QDateTime::currentDateTimeUtc());
        const auto saysGood = [&model](int row) {
            KpiDetailsDialog dialog(&model, row, QStringLiteral("prometheus"));
            bool good = false;
            bool unjudged = false;
            for (const QLabel *label : dialog.findChildren<QLabel *>()) {
                good = good || label->text().endsWith(KpiDetailsDialog::stateText(lotse::State::Good));
                unjudged = unjudged || label->text() == QStringLiteral("Not judged");
            }
            return std::pair{good, unjudged};
        };
        QCOMPARE(saysGood(0), std::pair(false, true));
        QCOMPARE(saysGood(1), std::pair(true, false));
    }

    void noBandsIsSaid()
    {
        QVERIFY(KpiDetailsDialog::thresholdsText(Thresholds{}, lotse::Unit::None, QStringLiteral("en"))
                    .startsWith(QStringLiteral("none")));
    }
};

QTEST_MAIN(TestThresholdsWords)
#include "tst_thresholdswords.moc"
