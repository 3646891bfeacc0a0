#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace lotse {

/// The Dashboard area: the dashboard shown, or while there is none a hint
/// where to open one, under a banner that marks a snapshot as one, so no one
/// mistakes it for live data.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    /// Shows @p view in place of what was shown; that goes.
    void setView(QWidget *view);
    /// Shows @p text above the dashboard; empty hides the banner.
    void setBanner(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_banner;
    QPointer<QWidget> m_content;
    QPointer<QLabel> m_placeholder;
};

} // namespace lotse
