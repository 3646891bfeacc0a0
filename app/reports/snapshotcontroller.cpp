#include "reports/snapshotcontroller.h"

#include "common/timetext.h"
#include "dashboard/dashboardsession.h"
#include "snapshot/snapshot.h"
#include "snapshot/snapshotfile.h"
#include "window/dashboardcontroller.h"
#include "window/notifier.h"
#include "window/windowsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QWidget>

namespace lotse {

SnapshotController::SnapshotController(DashboardController *dashboards, const WindowSettings *settings,
                                       Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_dashboards(dashboards)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_window(window)
{
}

void SnapshotController::chooseFileToSave()
{
    const DashboardSession *session = m_dashboards->session();
    if (!session)
        return;
    auto *dialog = new QFileDialog(m_window, tr("Save Snapshot"),
                                   m_settings->suggestedPath(session->dashboard().id, QStringLiteral("lotse")),
                                   tr("Lotse snapshots (*.lotse)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("lotse"));
    connect(dialog, &QFileDialog::fileSelected, this, &SnapshotController::save);
    dialog->open();
}

void SnapshotController::save(const QString &path)
{
    DashboardSession *session = m_dashboards->session();
    if (!session || !m_dashboards->recorded())
        return;
    if (session->isBusy()) {
        // What is being read belongs in the snapshot: save once it is in.
        connect(
            session, &DashboardSession::refreshFinished, this, [this, path] { save(path); }, Qt::SingleShotConnection);
        return;
    }
    auto data = SnapshotFile::capture(*session, *m_dashboards->recorded(), m_dashboards->sourceVersions());
    if (!data) {
        m_notifier->reportFileFailure(tr("The snapshot could not be saved."), data.error().message);
        return;
    }
    m_settings->rememberDirectoryOf(path);
    m_notifier->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    QtConcurrent::run([path, data = std::move(*data)] {
        return SnapshotFile::write(path, data);
    }).then(this, [this, path](std::expected<void, Error> written) {
        if (!written) {
            m_notifier->reportFileFailure(tr("The snapshot could not be saved."), written.error().message);
            return;
        }
        m_notifier->showMessage(tr("Snapshot saved to %1.").arg(QDir::toNativeSeparators(path)), 8000);
        Q_EMIT saved(path);
    });
}

void SnapshotController::chooseFileToOpen()
{
    auto *dialog
        = new QFileDialog(m_window, tr("Open Snapshot"), m_settings->lastDirectory(), tr("Lotse snapshots (*.lotse)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SnapshotController::open);
    dialog->open();
}

void SnapshotController::open(const QString &path)
{
    m_notifier->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    QtConcurrent::run(SnapshotFile::read, path).then(this, [this, path](std::expected<SnapshotData, Error> data) {
        m_notifier->clearMessage();
        auto snapshot = data ? Snapshot::fromData(std::move(*data), path) : std::unexpected(data.error());
        if (!snapshot) {
            m_notifier->reportFileFailure(tr("The snapshot %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                                          snapshot.error().message);
            return;
        }
        m_dashboards->showSnapshot(std::make_shared<Snapshot>(std::move(*snapshot)));
        Q_EMIT opened(path);
    });
}

QString SnapshotController::describe(const Snapshot &snapshot)
{
    return tr("Snapshot of %1, saved %2 in %3. It shows what was read then; no server is read.")
        .arg(TimeText::dateAndClock(snapshot.at()), TimeText::dateAndClock(snapshot.savedAt()),
             QDir::toNativeSeparators(snapshot.path()));
}

} // namespace lotse
