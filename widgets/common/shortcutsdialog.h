#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QWidget;

namespace lotse {

/// Help ▸ Keyboard Shortcuts: every action's shortcut, and the keys that move
/// through the dashboard (cards, charts, lists) without a mouse.
class ShortcutsDialog final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ShortcutsDialog)

public:
    /// Opens the list over @p parent; it deletes itself when closed.
    static void show(QWidget *parent, const QList<QAction *> &actions);
    /// The rows shown: what a key does, and the key.
    static QList<std::pair<QString, QString>> rows(const QList<QAction *> &actions);
};

} // namespace lotse
