#include "reports/reportexport.h"

#include "layout/reportdocument.h"

#include <QDir>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>

namespace lotse {

namespace {

/// Exports quicker than this show no progress dialog at all.
constexpr int kProgressDelayMs = 400;

} // namespace

ReportExport *ReportExport::start(const QString &path, const Layout &layout, QWidget *window)
{
    auto *job = new ReportExport(path, window);
    // After the caller connected to the signals, even when opening the file fails.
    QTimer::singleShot(0, job, [job, layout] { job->begin(layout); });
    return job;
}

ReportExport::ReportExport(const QString &path, QWidget *window)
    : QObject(window)
    , m_path(path)
    , m_file(std::make_unique<QSaveFile>(path))
    , m_progress(new QProgressDialog(window))
{
    m_progress->setWindowTitle(tr("Export PDF"));
    m_progress->setLabelText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::NonModal);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportExport::cancel);
}

ReportExport::~ReportExport()
{
    // The document ends its painter on the file: it goes first.
    m_document.reset();
    if (m_progress)
        m_progress->deleteLater();
}

void ReportExport::begin(const Layout &layout)
{
    if (!m_file)
        return; // canceled before it began
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("Cannot write %1: %2. Choose a folder you may write to.")
                 .arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        return;
    }
    m_document = layout(m_file.get());
    m_progress->setMaximum(m_document->pageCount());
    m_progress->setValue(0);
    QTimer::singleShot(0, this, &ReportExport::paintNext);
}

void ReportExport::paintNext()
{
    if (!m_document)
        return; // canceled meanwhile
    const auto more = m_document->paintNextPage();
    if (!more) {
        fail(more.error().message);
        return;
    }
    m_progress->setValue(m_document->pagesPainted());
    if (*more) {
        QTimer::singleShot(0, this, &ReportExport::paintNext);
        return;
    }
    m_document.reset();
    if (!m_file->commit()) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        return;
    }
    Q_EMIT finished(m_path);
    end();
}

void ReportExport::cancel()
{
    if (!m_file)
        return; // over already
    m_document.reset();
    m_file->cancelWriting();
    m_file.reset();
    Q_EMIT canceled();
    end();
}

void ReportExport::fail(const QString &message)
{
    m_document.reset();
    if (m_file->isOpen())
        m_file->cancelWriting();
    m_file.reset();
    Q_EMIT failed(message);
    end();
}

void ReportExport::end()
{
    if (m_progress) {
        m_progress->blockSignals(true); // closing it is no cancel
        m_progress->reset();
    }
    deleteLater();
}

} // namespace lotse
