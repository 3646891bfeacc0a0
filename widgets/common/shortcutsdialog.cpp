#include "common/shortcutsdialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lotse {

QList<std::pair<QString, QString>> ShortcutsDialog::rows(const QList<QAction *> &actions)
{
    QList<std::pair<QString, QString>> rows;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QChar(0x2026)))
            text.chop(1);
        rows.append({text, action->shortcut().toString(QKeySequence::NativeText)});
    }
    // The keys every view shares; they have no action of their own.
    rows.append({tr("Next or previous card, chart or list"), tr("Tab, Shift+Tab")});
    rows.append({tr("Next or previous card"), tr("Arrow keys")});
    rows.append({tr("Open the details of a card"), tr("Enter or Space")});
    rows.append({tr("Close a dialog"), tr("Esc")});
    rows.append({tr("Next or previous tab (Dashboard, Databases, Alerts)"), tr("Ctrl+Tab, Ctrl+Shift+Tab")});
    // The charts' mouse and keys: the time cursor, the legend and the zoom.
    rows.append({tr("Pin the time cursor at an instant"), tr("Click on a chart")});
    rows.append({tr("Move the pinned time cursor by one step"), tr("Left, Right")});
    rows.append({tr("Unpin the time cursor"), tr("Esc")});
    rows.append({tr("Hide or show a series"), tr("Click its legend entry")});
    rows.append({tr("Show one series alone, or all again"), tr("Ctrl+Click its legend entry")});
    rows.append({tr("Zoom into a time span"), tr("Drag across a chart")});
    return rows;
}

void ShortcutsDialog::show(QWidget *parent, const QList<QAction *> &actions)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("ShortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<std::pair<QString, QString>> entries = rows(actions);
    auto *table = new QTableWidget(int(entries.size()), 2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(entries.at(row).second));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 70, dialog->fontMetrics().lineSpacing() * 24);
    dialog->open();
}

} // namespace lotse
