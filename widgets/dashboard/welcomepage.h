#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace lotse {

/// What a first start without sources shows instead of a dashboard that
/// cannot be read: the ways to begin. It does no I/O: each choice is a signal,
/// and the window tells it whether the demo runs and whether sources exist.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// The demo's Prometheus answered at @p url (an empty url: it did not).
    void setDemo(const QString &url);
    /// Sources are configured: a dashboard can be opened on them.
    void setSourcesReady(bool ready);

    QCommandLinkButton *connectButton() const { return m_connect; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *dashboardButton() const { return m_dashboard; }
    QCommandLinkButton *snapshotButton() const { return m_snapshot; }
    QCommandLinkButton *importButton() const { return m_import; }
    QCommandLinkButton *grafanaButton() const { return m_grafana; }

Q_SIGNALS:
    void connectRequested();
    void demoRequested(const QString &url);
    void dashboardRequested();
    void snapshotRequested();
    void importRequested();
    void grafanaRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QCommandLinkButton *m_connect;
    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_dashboard;
    QCommandLinkButton *m_snapshot;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_grafana;
    QString m_demoUrl;
    int m_buttonWidth = 0; ///< the column's inner width, which every button takes
};

} // namespace lotse
