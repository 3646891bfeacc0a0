#pragma once

// What the chart tests share: the window on a dashboard pinned to a case of
// the project's own history, and answers read straight from Prometheus's
// HTTP API to compare the window's values with.
#include "../integration/support.h"
#include "testfiles.h"

#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "charts/timeserieschart.h"
#include "window/mainwindow.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

namespace lotse::test {

/// The window at 1280×800 on @p dashboard (an id or a file), with the range
/// ending at case @p name's instant, once every chart has answered.
inline std::unique_ptr<MainWindow> openAtCase(Localization *localization, const QString &url, const QString &dashboard,
                                              const QString &name)
{
    const QJsonObject entry = caseNamed(name);
    auto window = std::make_unique<MainWindow>(localization);
    window->resize(1280, 800);
    window->show();
    window->start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), url, QStringLiteral("--dashboard"),
                   dashboard, QStringLiteral("--at"),
                   QString::number(qint64(entry.value(QStringLiteral("at")).toDouble()))});
    return window;
}

/// Writes @p yaml as a dashboard file in @p directory; its path, empty when it cannot.
inline QString writeDashboard(const QTemporaryDir &directory, const QByteArray &yaml)
{
    return writeFile(directory, QStringLiteral("dashboard.yaml"), yaml);
}

/// Waits until the session is idle and every chart holds lines.
inline bool settled(const MainWindow &window)
{
    const auto ready = [&window] {
        if (!window.session() || window.session()->isBusy() || !window.dashboardView())
            return false;
        for (const TimeSeriesChart *chart : window.dashboardView()->charts()) {
            if (chart->lines().isEmpty())
                return false;
        }
        return true;
    };
    return QTest::qWaitFor(ready, 30000);
}

/// The `data` object of a GET to Prometheus's @p endpoint ("query", "query_range").
inline QJsonObject prometheusData(const QString &url, const QString &endpoint, const QUrlQuery &parameters)
{
    QNetworkAccessManager network;
    QUrl target(url + QStringLiteral("/api/v1/") + endpoint);
    target.setQuery(parameters);
    QNetworkReply *reply = network.get(QNetworkRequest(target));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return {};
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer.value(QStringLiteral("data")).toObject();
}

/// A series' labels from Prometheus's JSON, as the project's Labels.
inline Labels labelsOf(const QJsonObject &series)
{
    Labels labels;
    const QJsonObject metric = series.value(QStringLiteral("metric")).toObject();
    for (auto it = metric.constBegin(); it != metric.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

} // namespace lotse::test
