#pragma once

#include <QCoreApplication>

class QAction;
class QActionGroup;
class QObject;

namespace lotse {

/// The window's commands, held the way uic's Ui classes hold a form's widgets:
/// every action of the menus and the toolbar with its shortcut, icon and
/// words. The window puts them in menus and connects them to the controllers.
class WindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::WindowActions)

public:
    /// The actions are children of @p parent.
    explicit WindowActions(QObject *parent);

    /// Words in the language shown; @p language ("de" or "en") is checked.
    void retranslate(const QString &language);
    /// Checks the theme @p id ("system", "light", "dark").
    void checkTheme(const QString &id);

    QAction *openDashboard;
    QAction *fromFile;
    QAction *quit;
    QAction *exportPdf;
    QAction *saveSnapshot;
    QAction *openSnapshot;
    QAction *importGrafana;
    QAction *connections;
    QAction *diagnose;
    QAction *recentDiagnoses;
    QAction *about;
    QAction *shortcuts;
    /// One action a language, its id ("de", "en") as data.
    QActionGroup *languages;
    /// View ▸ Theme: System, Light, Dark, the Theme id as data.
    QActionGroup *themes;
};

} // namespace lotse
