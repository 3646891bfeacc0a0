// The KPI card's frame is drawn once and reused: what it shows for each look,
// and that it is drawn anew exactly when the look changes.
#include "dashboard/cardframeimage.h"

#include <QPainter>
#include <QTest>

using lotse::CardFrameImage;

namespace {

CardFrameImage::Look look(const QColor &accent)
{
    return CardFrameImage::Look{QSize(200, 80), 1, 6, 4, QColor(Qt::white), accent, QColor(Qt::gray), 1};
}

QImage painted(CardFrameImage &frame, const CardFrameImage::Look &what)
{
    QImage canvas(QSize(int(what.size.width() * what.ratio), int(what.size.height() * what.ratio)),
                  QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(what.ratio);
    canvas.fill(Qt::black);
    QPainter painter(&canvas);
    frame.paint(painter, what);
    painter.end();
    return canvas;
}

} // namespace

class TestCardFrameImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTheLookItIsGiven()
    {
        CardFrameImage frame;
        const QImage image = painted(frame, look(Qt::red));
        QCOMPARE(image.pixelColor(2, 40), QColor(Qt::red));    // the accent band
        QCOMPARE(image.pixelColor(100, 40), QColor(Qt::white)); // the base
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::black));    // outside the rounded corner
        const QColor edge = image.pixelColor(199, 40);          // the border, over the black canvas
        QVERIFY2(edge != QColor(Qt::white) && edge != QColor(Qt::black), qPrintable(edge.name()));
    }

    void drawnAgainOnlyWhenTheLookChanges()
    {
        CardFrameImage frame;
        painted(frame, look(Qt::red));
        painted(frame, look(Qt::red));
        QCOMPARE(frame.renders(), 1);
        QCOMPARE(painted(frame, look(Qt::green)).pixelColor(2, 40), QColor(Qt::green));
        QCOMPARE(frame.renders(), 2);
        CardFrameImage::Look wider = look(Qt::green);
        wider.size = QSize(300, 80);
        QCOMPARE(painted(frame, wider).pixelColor(290, 40), QColor(Qt::white));
        QCOMPARE(frame.renders(), 3);
        CardFrameImage::Look emphasised = wider;
        emphasised.border = QColor(Qt::blue);
        emphasised.borderWidth = 1.5;
        painted(frame, emphasised);
        QCOMPARE(frame.renders(), 4);
    }

    void sharpOnHighDensityScreens()
    {
        CardFrameImage frame;
        CardFrameImage::Look dense = look(Qt::red);
        dense.ratio = 2;
        const QImage image = painted(frame, dense);
        QCOMPARE(image.size(), QSize(400, 160));
        QCOMPARE(image.pixelColor(6, 80), QColor(Qt::red)); // the 4 px band is 8 device pixels
        QCOMPARE(image.pixelColor(10, 80), QColor(Qt::white));
    }
};

QTEST_MAIN(TestCardFrameImage)
#include "tst_cardframeimage.moc"
