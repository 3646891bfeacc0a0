#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QIODevice;
class QProgressDialog;
class QSaveFile;
class QWidget;

namespace lotse {

class ReportDocument;

/// Writes one PDF report in the background of the GUI: a page per turn of the
/// event loop behind a progress dialog (shown when it takes a moment), into a
/// QSaveFile that replaces the target only once the last page is in. Cancel
/// and failures leave the file that was there before untouched. Deletes
/// itself when done.
class ReportExport final : public QObject
{
    Q_OBJECT

public:
    /// Lays a report out on the device it is given (DashboardPdf::begin, DiagnosisPdf::begin).
    using Layout = std::function<std::unique_ptr<ReportDocument>(QIODevice *out)>;

    /// Starts writing @p path; @p window parents the progress dialog.
    static ReportExport *start(const QString &path, const Layout &layout, QWidget *window);
    ~ReportExport() override;

    /// Stops and leaves @p path as it was.
    void cancel();

Q_SIGNALS:
    void finished(const QString &path);
    void failed(const QString &message);
    void canceled();

private:
    ReportExport(const QString &path, QWidget *window);
    void begin(const Layout &layout);
    void paintNext();
    void fail(const QString &message);
    void end();

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ReportDocument> m_document;
    QPointer<QProgressDialog> m_progress;
};

} // namespace lotse
