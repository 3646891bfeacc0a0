#pragma once

#include <QToolButton>

namespace lotse {

/// The title of a dashboard section with a disclosure arrow. A click, Space
/// or Enter folds the section or unfolds it; a folded section's panels are
/// not on screen, so they are not read (DashboardView::isCardShown()).
class SectionHeader final : public QToolButton
{
    Q_OBJECT

public:
    explicit SectionHeader(bool collapsed, QWidget *parent = nullptr);

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    void setTitle(const QString &title);

Q_SIGNALS:
    void collapsedChanged(bool collapsed);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    bool m_collapsed;
};

} // namespace lotse
