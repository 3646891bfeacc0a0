#pragma once

#include "alerts/alert.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lotse {

/// The Alerts area: the firing and pending alerts of every Prometheus-
/// compatible source, firing first, with severity, labels, since-when,
/// value and summary; the chosen alert's description below, and the way to
/// its runbook: Diagnose for a Lotse runbook, Open Runbook for a web page.
/// Enter on an alert takes that way too. Shows; never reads.
class AlertsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsView(QWidget *parent = nullptr);

    /// Shows @p alerts (as AlertsReader sorted them) and, when some source
    /// could not answer, @p problems; keeps the chosen alert when it remains.
    void setAlerts(const QList<Alert> &alerts, const QStringList &problems);
    const QList<Alert> &alerts() const { return m_alerts; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *diagnoseButton() const { return m_diagnose; }
    QPushButton *openButton() const { return m_open; }
    /// Chooses the alert at @p row, as a click would.
    void choose(int row);

Q_SIGNALS:
    /// Diagnose: @p alert names a Lotse runbook.
    void diagnoseRequested(const lotse::Alert &alert);
    /// Open Runbook: @p url is a web page, for the browser.
    void openRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void showChosen();
    /// The chosen alert, or nullptr.
    const Alert *chosen() const;
    void follow();

    QList<Alert> m_alerts;
    QStringList m_problems;
    QTreeWidget *m_list;
    QLabel *m_problemsLabel;
    QLabel *m_details;
    QPushButton *m_diagnose;
    QPushButton *m_open;
};

} // namespace lotse
