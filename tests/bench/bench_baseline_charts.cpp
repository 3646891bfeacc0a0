// The naive Qt Charts program bench_dashboard measures Lotse against: one
// query_range fetched with QNetworkAccessManager, parsed with QJsonDocument,
// every point set with replace(), default pens and axes. Prints
// `baseline-paint EPOCH_MS SERIES` once the chart has painted its lines.
//
//   bench_baseline_charts URL QUERY FROM TO STEP
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>
#include <QValueAxis>

namespace {

/// Reports the first paint of the view's viewport once the lines are in.
class PaintStamp final : public QObject
{
public:
    bool armed = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            armed = false;
            QMetaObject::invokeMethod(
                this,
                [] { QTextStream(stdout) << "baseline-paint " << QDateTime::currentMSecsSinceEpoch() << Qt::endl; },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
};

void show(QChart *chart, const QJsonArray &result, QDateTimeAxis *x, QValueAxis *y)
{
    double low = 0;
    double high = 1;
    for (const QJsonValue &entry : result) {
        auto *series = new QLineSeries;
        QList<QPointF> points;
        for (const QJsonValue &sample : entry.toObject().value(QStringLiteral("values")).toArray()) {
            const QJsonArray pair = sample.toArray();
            const double value = pair.at(1).toString().toDouble();
            points.append({pair.at(0).toDouble() * 1000, value});
            high = std::max(high, value);
        }
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(low, high);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        QTextStream(stderr) << "usage: bench_baseline_charts URL QUERY FROM TO STEP\n";
        return 2;
    }
    auto *chart = new QChart;
    auto *x = new QDateTimeAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    x->setRange(QDateTime::fromSecsSinceEpoch(args.at(3).toLongLong()),
                QDateTime::fromSecsSinceEpoch(args.at(4).toLongLong()));
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1280, 800);
    PaintStamp stamp;
    view.viewport()->installEventFilter(&stamp);
    view.show();

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(args.at(1) + QStringLiteral("/api/v1/query_range")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), args.at(2));
    form.addQueryItem(QStringLiteral("start"), args.at(3));
    form.addQueryItem(QStringLiteral("end"), args.at(4));
    form.addQueryItem(QStringLiteral("step"), args.at(5));
    QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QObject::connect(reply, &QNetworkReply::finished, &view, [&] {
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        const QJsonArray result
            = document.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
        show(chart, result, x, y);
        stamp.armed = true;
        view.viewport()->update();
        reply->deleteLater();
    });
    return app.exec();
}
