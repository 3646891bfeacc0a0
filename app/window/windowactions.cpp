#include "window/windowactions.h"

#include <QAction>
#include <QActionGroup>

#include "common/theme.h"
#include "common/paletteicon.h"

namespace lotse {

namespace {

QAction *newAction(QObject *parent, const QKeySequence &shortcut, const QString &icon = {})
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : PaletteIcon::named(icon), QString(), parent);
    action->setShortcut(shortcut);
    return action;
}

} // namespace

WindowActions::WindowActions(QObject *parent)
    : openDashboard(newAction(parent, QKeySequence::Open))
    , fromFile(newAction(parent, {}))
    , quit(newAction(parent, QKeySequence::Quit))
    , exportPdf(newAction(parent, QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("export-pdf")))
    , saveSnapshot(newAction(parent, QKeySequence::Save))
    , openSnapshot(newAction(parent, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)))
    , importGrafana(newAction(parent, {}))
    , connections(newAction(parent, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)))
    , diagnose(newAction(parent, QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("diagnose")))
    , recentDiagnoses(newAction(parent, {}))
    , about(newAction(parent, {}))
    , shortcuts(newAction(parent, QKeySequence::HelpContents))
    , languages(new QActionGroup(parent))
    , themes(new QActionGroup(parent))
{
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    // Language names are written in their own language, whatever the UI shows.
    const std::pair<QString, QString> names[]
        = {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[id, name] : names) {
        QAction *action = languages->addAction(name);
        action->setData(id);
        action->setCheckable(true);
    }
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        QAction *action = themes->addAction(QString());
        action->setData(Theme::id(mode));
        action->setCheckable(true);
    }
}

void WindowActions::checkTheme(const QString &id)
{
    for (QAction *action : themes->actions())
        action->setChecked(action->data().toString() == id);
}

void WindowActions::retranslate(const QString &language)
{
    openDashboard->setText(tr("&Open Dashboard…"));
    fromFile->setText(tr("From &File…"));
    quit->setText(tr("&Quit"));
    exportPdf->setText(tr("&Export PDF…"));
    exportPdf->setIconText(tr("Export PDF"));
    exportPdf->setToolTip(tr("Write the dashboard with its KPIs and charts as a PDF report (%1)")
                              .arg(exportPdf->shortcut().toString(QKeySequence::NativeText)));
    saveSnapshot->setText(tr("&Save Snapshot…"));
    saveSnapshot->setToolTip(
        tr("Keep what the dashboard shows, every value and point, in a file that opens without a server"));
    openSnapshot->setText(tr("Open S&napshot…"));
    importGrafana->setText(tr("&Import Grafana Dashboard…"));
    connections->setText(tr("&Connections…"));
    diagnose->setText(tr("Diagnose…"));
    diagnose->setToolTip(tr("Walk a runbook step by step on live checks (%1)")
                             .arg(diagnose->shortcut().toString(QKeySequence::NativeText)));
    recentDiagnoses->setText(tr("&Recent Diagnoses…"));
    recentDiagnoses->setToolTip(tr("Review a saved diagnosis"));
    about->setText(tr("&About Lotse"));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    const QList<QAction *> themeActions = themes->actions();
    themeActions.at(0)->setText(tr("&System"));
    themeActions.at(1)->setText(tr("&Light"));
    themeActions.at(2)->setText(tr("&Dark"));
    for (QAction *action : languages->actions())
        action->setChecked(action->data().toString() == language);
}

} // namespace lotse
