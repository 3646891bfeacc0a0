#pragma once

#include <QMainWindow>

namespace lotse {

class Localization;

/// The desktop application's window (placeholder until the widgets land).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Localization *localization, QWidget *parent = nullptr);
    void start(const QStringList &arguments);

private:
    Localization *m_localization;
};

} // namespace lotse
