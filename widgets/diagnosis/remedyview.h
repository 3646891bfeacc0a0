#pragma once

#include "common/cardframe.h"

#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lotse {

/// One remedy of a runbook leaf: its title and the command in a monospace
/// block with a Copy button. Lotse never runs it; the engineer copies it into
/// a shell they trust.
class RemedyView final : public CardFrame
{
    Q_OBJECT

public:
    RemedyView(QString title, QString command, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString command() const { return m_commandText; }
    QPushButton *copyButton() const { return m_copy; }

    /// Puts the command on the clipboard.
    void copy();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitCommandHeight();

    QString m_commandText;
    QLabel *m_title;
    QPlainTextEdit *m_command;
    QPushButton *m_copy;
    QTimer m_copiedFeedback;
};

} // namespace lotse
