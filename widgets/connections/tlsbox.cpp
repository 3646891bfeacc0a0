#include "connections/tlsbox.h"

#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lotse {

namespace {

/// "ab:cd:…" from "abcd…".
QString withColons(const QByteArray &hex)
{
    QStringList pairs;
    const QString text = QString::fromLatin1(hex).toLower();
    for (qsizetype i = 0; i < text.size(); i += 2)
        pairs.append(text.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

template<typename Widget> Widget *named(const char *objectName)
{
    auto *widget = new Widget;
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

} // namespace

TlsBox::TlsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout(this))
    , m_caFile(named<QLineEdit>("caFile"))
    , m_clientCert(named<QLineEdit>("clientCert"))
    , m_clientKey(named<QLineEdit>("clientKey"))
    , m_caBrowse(named<QPushButton>("caFileBrowse"))
    , m_certBrowse(named<QPushButton>("clientCertBrowse"))
    , m_keyBrowse(named<QPushButton>("clientKeyBrowse"))
    , m_pin(named<QLineEdit>("pin"))
    , m_forgetPin(named<QPushButton>("forgetPin"))
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("tls"));
    m_pin->setReadOnly(true);
    m_pin->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_note->setWordWrap(true);
    addFileRow(m_caFile, m_caBrowse);
    addFileRow(m_clientCert, m_certBrowse);
    addFileRow(m_clientKey, m_keyBrowse);
    addFileRow(m_pin, m_forgetPin);
    m_form->addRow(m_note);
    connectFields();
    retranslate();
}

void TlsBox::addFileRow(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    auto *label = new QLabel;
    label->setBuddy(edit);
    m_labels.append(label);
    m_form->addRow(label, row);
}

void TlsBox::connectFields()
{
    // Each field writes only its own part, so the others keep what they had.
    const auto edit = [this](auto apply) {
        return [this, apply](const QString &text) {
            if (m_loading)
                return;
            apply(text.trimmed());
            Q_EMIT edited();
        };
    };
    connect(m_caFile, &QLineEdit::textChanged, this, edit([this](const QString &text) { m_tls.caFile = text; }));
    connect(m_clientCert, &QLineEdit::textChanged, this,
            edit([this](const QString &text) { m_tls.clientCertFile = text; }));
    connect(m_clientKey, &QLineEdit::textChanged, this,
            edit([this](const QString &text) { m_tls.clientKeyFile = text; }));
    connect(m_forgetPin, &QPushButton::clicked, this, [this] {
        m_tls.pinnedSha256.clear();
        showPin();
        Q_EMIT edited();
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] { browseFile(m_caFile, tr("CA certificates")); });
    connect(m_certBrowse, &QPushButton::clicked, this, [this] { browseFile(m_clientCert, tr("Client certificate")); });
    connect(m_keyBrowse, &QPushButton::clicked, this, [this] { browseFile(m_clientKey, tr("Client key")); });
}

void TlsBox::load(const TlsSettings &tls)
{
    m_tls = tls;
    m_loading = true;
    m_caFile->setText(tls.caFile);
    m_clientCert->setText(tls.clientCertFile);
    m_clientKey->setText(tls.clientKeyFile);
    m_loading = false;
    showPin();
}

void TlsBox::setPinnedSha256(const QByteArray &sha256)
{
    m_tls.pinnedSha256 = sha256;
    showPin();
}

void TlsBox::showPin()
{
    const QString pin = withColons(m_tls.pinnedSha256);
    m_pin->setText(pin);
    m_pin->setCursorPosition(0);
    m_pin->setToolTip(pin);
    m_forgetPin->setEnabled(!m_tls.pinnedSha256.isEmpty());
}

void TlsBox::browseFile(QLineEdit *target, const QString &title)
{
    auto *dialog
        = new QFileDialog(this, title, target->text(), tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    dialog->setObjectName(QStringLiteral("tlsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

void TlsBox::retranslate()
{
    setTitle(tr("TLS"));
    const QString labels[]
        = {tr("&CA file:"), tr("Client c&ertificate:"), tr("Client &key:"), tr("Pinned certificate:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels[i]);
    m_caFile->setPlaceholderText(tr("The system's CAs"));
    m_clientCert->setPlaceholderText(tr("None"));
    m_clientKey->setPlaceholderText(tr("None"));
    m_pin->setPlaceholderText(tr("No certificate pinned"));
    for (QPushButton *browse : {m_caBrowse, m_certBrowse, m_keyBrowse})
        browse->setText(tr("Browse…"));
    m_forgetPin->setText(tr("&Forget pin"));
    m_note->setText(tr("Certificates are always verified. A server with a self-signed certificate is trusted "
                       "only by pinning its certificate after Test has shown it."));
}

void TlsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace lotse
