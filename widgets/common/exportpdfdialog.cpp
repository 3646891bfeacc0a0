#include "common/exportpdfdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotse {

namespace {

/// A combo box whose items carry @p values; @p current is selected.
template<typename Value> QComboBox *choices(const QList<Value> &values, Value current)
{
    auto *box = new QComboBox;
    for (const Value &value : values)
        box->addItem(QString(), QVariant::fromValue(value));
    box->setCurrentIndex(std::max(0, int(values.indexOf(current))));
    return box;
}

} // namespace

ExportPdfDialog::ExportPdfDialog(const QString &path, const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_path(new QLineEdit(path))
    , m_browse(new QPushButton)
    , m_paper(choices<int>({QPageSize::A4, QPageSize::Letter}, options.pageSize))
    , m_orientation(choices<int>({QPageLayout::Portrait, QPageLayout::Landscape}, options.orientation))
    , m_language(choices<QString>({QStringLiteral("en"), QStringLiteral("de")}, options.language))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    m_path->setObjectName(QStringLiteral("pdfPath"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    QWidget *const fields[] = {m_path, m_paper, m_orientation, m_language};
    for (QWidget *field : fields) {
        auto *label = new QLabel;
        label->setBuddy(field); // Alt+letter of each label reaches its field
        m_labels.append(label);
        if (field == m_path)
            m_form->addRow(label, pathRow);
        else
            m_form->addRow(label, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportPdfDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
}

QString ExportPdfDialog::path() const
{
    const QString path = m_path->text().trimmed();
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf");
}

ReportOptions ExportPdfDialog::options() const
{
    ReportOptions options = m_options;
    options.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.language = m_language->currentData().toString();
    return options;
}

void ExportPdfDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export PDF"), m_path->text(), tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

void ExportPdfDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
}

void ExportPdfDialog::retranslate()
{
    setWindowTitle(tr("Export PDF"));
    m_browse->setText(tr("&Browse…"));
    const QString labels[] = {tr("&File:"), tr("&Paper:"), tr("&Orientation:"), tr("&Language of the report:")};
    for (qsizetype row = 0; row < m_labels.size(); ++row)
        m_labels.at(row)->setText(labels[row]);
    m_paper->setItemText(0, tr("A4"));
    m_paper->setItemText(1, tr("Letter"));
    m_orientation->setItemText(0, tr("Portrait"));
    m_orientation->setItemText(1, tr("Landscape"));
    // Each language in its own words, as the language menu writes them.
    m_language->setItemText(0, QStringLiteral("English"));
    m_language->setItemText(1, QStringLiteral("Deutsch"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
}

void ExportPdfDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lotse
