#include "window/notifier.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace lotse {

Notifier::Notifier(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void Notifier::showMessage(const QString &text, int timeoutMs)
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

void Notifier::clearMessage()
{
    m_window->statusBar()->clearMessage();
}

void Notifier::showProblem(const QString &text, const QString &details)
{
    // Not exec(): the window keeps refreshing while the message is read.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Lotse"), text, QMessageBox::Close, m_window);
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Notifier::reportFileFailure(const QString &text, const QString &details)
{
    clearMessage();
    showProblem(text, details);
    Q_EMIT fileFailed(details);
}

} // namespace lotse
