#include "mainwindow.h"

namespace lotse {

MainWindow::MainWindow(Localization *localization, QWidget *parent)
    : QMainWindow(parent)
    , m_localization(localization)
{
}

void MainWindow::start(const QStringList &arguments)
{
    Q_UNUSED(arguments);
}

} // namespace lotse
