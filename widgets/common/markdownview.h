#pragma once

#include <QTextBrowser>

namespace lotse {

/// Markdown text (a runbook's advice) that is as tall as its text at the
/// width it gets, so that it reads as part of a scrolling page instead of a
/// box with a scroll bar of its own. Links open in the desktop's browser.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
};

} // namespace lotse
