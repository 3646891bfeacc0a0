#pragma once

#include "layout/reportoptions.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lotse {

/// Asks where a PDF report goes and how it is laid out: the file, A4 or
/// Letter, portrait or landscape, and the report's language (which may differ
/// from the window's). It only asks; the caller writes the file.
class ExportPdfDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportPdfDialog(const QString &path, const ReportOptions &options, QWidget *parent = nullptr);

    QString path() const;
    /// The chosen paper, orientation and language; the other fields as given.
    ReportOptions options() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void validate();
    void retranslate();

    ReportOptions m_options;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QComboBox *m_language;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QDialogButtonBox *m_buttons;
};

} // namespace lotse
