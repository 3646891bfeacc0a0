#pragma once

#include "core/error.h"
#include "grafana/grafanareport.h"

#include <QObject>
#include <QPointer>

#include <expected>

class QMessageBox;
class QWidget;

namespace lotse {

class DashboardController;
class Notifier;

/// File ▸ Import Grafana Dashboard…: translates a Grafana dashboard on a
/// worker thread, saves the YAML among the user's dashboards (never over
/// one: a taken id gets a number), shows what became of each panel and
/// opens the result.
class GrafanaImportController final : public QObject
{
    Q_OBJECT

public:
    GrafanaImportController(DashboardController *dashboards, Notifier *notifier, QWidget *window);

    void chooseFile();
    /// Imports @p path; imported() follows, or a message box saying why not.
    void importFile(const QString &path);
    /// The report of the last import, while it is shown.
    QMessageBox *reportDialog() const;

Q_SIGNALS:
    /// The dashboard was saved to @p yamlPath and opened.
    void imported(const QString &yamlPath);

private:
    struct Saved
    {
        QString path;
        GrafanaReport report;
    };

    static std::expected<Saved, Error> importAndSave(const QString &path);
    static QString freeId(const QString &id);
    void showReport(const QString &source, const Saved &saved);

    DashboardController *m_dashboards;
    Notifier *m_notifier;
    QWidget *m_window;
    QPointer<QMessageBox> m_report;
};

} // namespace lotse
