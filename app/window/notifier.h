#pragma once

#include <QObject>

class QMainWindow;

namespace lotse {

/// How the controllers speak to the user: a passing line in the window's
/// status bar, or a message box for a problem that leaves the window usable.
class Notifier final : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QMainWindow *window);

    /// Shows @p text in the status bar, for @p timeoutMs or until the next message.
    void showMessage(const QString &text, int timeoutMs = 0);
    void clearMessage();
    /// A message box with @p text and @p details; it does not block the window.
    void showProblem(const QString &text, const QString &details);
    /// A file could not be written or read: clears the status line, shows the
    /// problem and emits fileFailed().
    void reportFileFailure(const QString &text, const QString &details);

Q_SIGNALS:
    void fileFailed(const QString &details);

private:
    QMainWindow *m_window;
};

} // namespace lotse
