#include "window/grafanaimportcontroller.h"

#include "core/atomicfile.h"
#include "core/localization.h"
#include "definitions/definitioncatalog.h"
#include "grafana/grafanaimporter.h"
#include "grafana/grafanajson.h"
#include "grafana/grafanareporttext.h"
#include "window/dashboardcontroller.h"
#include "window/notifier.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace lotse {

GrafanaImportController::GrafanaImportController(DashboardController *dashboards, Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_dashboards(dashboards)
    , m_notifier(notifier)
    , m_window(window)
{
}

QMessageBox *GrafanaImportController::reportDialog() const
{
    return m_report;
}

void GrafanaImportController::chooseFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Grafana Dashboard"), QDir::homePath(),
                                   tr("Grafana dashboards (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &GrafanaImportController::importFile);
    dialog->open();
}

QString GrafanaImportController::freeId(const QString &id)
{
    const DefinitionCatalog catalog(QStringLiteral("dashboards"));
    const QDir directory(catalog.userDirectory());
    const auto taken = [&](const QString &candidate) {
        return directory.exists(candidate + QLatin1String(".yaml")) || catalog.ids().contains(candidate);
    };
    QString candidate = id;
    for (int n = 2; taken(candidate); ++n)
        candidate = id + QLatin1Char('-') + QString::number(n);
    return candidate;
}

std::expected<GrafanaImportController::Saved, Error> GrafanaImportController::importAndSave(const QString &path)
{
    const auto json = GrafanaJson::readFile(path);
    if (!json)
        return std::unexpected(json.error());
    const QString base = QFileInfo(path).completeBaseName();
    auto imported = GrafanaImporter::translate(*json, base);
    // No dashboard is replaced by an import, built-in or the user's own.
    if (imported && freeId(imported->id) != imported->id)
        imported = GrafanaImporter::translate(*json, base, freeId(imported->id));
    if (!imported)
        return std::unexpected(imported.error());
    const QString directory = DefinitionCatalog(QStringLiteral("dashboards")).userDirectory();
    QDir().mkpath(directory);
    const QString target = directory + QLatin1Char('/') + imported->id + QLatin1String(".yaml");
    const QByteArray yaml = imported->yaml;
    const auto written = AtomicFile::write(target, [&yaml](QIODevice *out) -> std::expected<void, Error> {
        if (out->write(yaml) != yaml.size())
            return std::unexpected(Error{Error::Kind::Invalid, out->errorString()});
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return Saved{target, imported->report};
}

void GrafanaImportController::importFile(const QString &path)
{
    m_notifier->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    QtConcurrent::run(&GrafanaImportController::importAndSave, path)
        .then(this, [this, path](std::expected<Saved, Error> saved) {
            m_notifier->clearMessage();
            if (!saved) {
                m_notifier->reportFileFailure(
                    tr("The Grafana dashboard %1 cannot be imported.").arg(QDir::toNativeSeparators(path)),
                    saved.error().message);
                return;
            }
            m_dashboards->open(saved->path);
            showReport(path, *saved);
            Q_EMIT imported(saved->path);
        });
}

void GrafanaImportController::showReport(const QString &source, const Saved &saved)
{
    if (m_report)
        m_report->close();
    const QString language = Localization::current();
    m_report = new QMessageBox(QMessageBox::Information, tr("Grafana Dashboard Imported"),
                               tr("%1 is now the dashboard %2.\n%3")
                                   .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(saved.path),
                                        GrafanaReportText::summary(saved.report)),
                               QMessageBox::Ok, m_window);
    m_report->setObjectName(QStringLiteral("grafanaImportReport"));
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList placeholders = GrafanaReportText::placeholders(saved.report, language);
    if (!placeholders.isEmpty())
        m_report->setInformativeText(tr("Shown as placeholders:") + QLatin1Char('\n')
                                     + placeholders.join(QLatin1Char('\n')));
    m_report->setDetailedText(GrafanaReportText::lines(saved.report, language).join(QLatin1Char('\n')));
    m_report->open();
}

} // namespace lotse
