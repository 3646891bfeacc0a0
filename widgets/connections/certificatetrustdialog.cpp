#include "connections/certificatetrustdialog.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lotse {

namespace {

QLabel *valueLabel(const QString &objectName, const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

} // namespace

CertificateTrustDialog::CertificateTrustDialog(const QString &connection, const QSslCertificate &certificate,
                                               const QString &whyUntrusted, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_certificate(certificate)
    , m_intro(new QLabel)
    , m_reason(valueLabel(QStringLiteral("reason"), whyUntrusted))
    , m_form(new QFormLayout)
    , m_alternativeNames(valueLabel(QStringLiteral("alternativeNames")))
    , m_warning(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_trust(new QPushButton)
{
    setObjectName(QStringLiteral("certificateTrustDialog"));
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_trust->setObjectName(QStringLiteral("trustButton"));

    QStringList alternatives;
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        alternatives.append(it.value());
    m_alternativeNames->setText(joined(alternatives));

    const QLocale locale;
    const auto time = [&locale](const QDateTime &when) {
        return locale.toString(when.toLocalTime(), QLocale::LongFormat);
    };
    auto *fingerprint
        = valueLabel(QStringLiteral("fingerprint"),
                     QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setWordWrap(false); // one line: copied whole, compared pair by pair
    QLabel *const values[] = {
        valueLabel(QStringLiteral("subject"), joined(certificate.subjectInfo(QSslCertificate::CommonName))),
        valueLabel(QStringLiteral("organisation"), joined(certificate.subjectInfo(QSslCertificate::Organization))),
        valueLabel(QStringLiteral("issuer"), certificate.issuerDisplayName()),
        valueLabel(QStringLiteral("validFrom"), time(certificate.effectiveDate())),
        valueLabel(QStringLiteral("validUntil"), time(certificate.expiryDate())),
        m_alternativeNames,
        fingerprint,
    };
    for (QLabel *value : values) {
        auto *label = new QLabel;
        m_labels.append(label);
        m_form->addRow(label, value);
        // An empty row (a certificate without an organisation) says nothing.
        m_form->setRowVisible(m_form->rowCount() - 1, !value->text().isEmpty());
    }

    m_buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    m_trust->setAutoDefault(false);
    m_trust->setDefault(false);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addLayout(m_form);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

QByteArray CertificateTrustDialog::fingerprint() const
{
    return m_certificate.digest(QCryptographicHash::Sha256).toHex();
}

void CertificateTrustDialog::retranslate()
{
    setWindowTitle(tr("Untrusted certificate"));
    m_intro->setText(tr("The server of “%1” presented a certificate that could not be verified:").arg(m_connection));
    const QString labels[]
        = {tr("Issued to:"),   tr("Organisation:"),      tr("Issued by:"),          tr("Valid from:"),
           tr("Valid until:"), tr("Alternative names:"), tr("SHA-256 fingerprint:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels[i]);
    m_warning->setText(tr("Trusting pins exactly this certificate: Lotse will accept this server only while it "
                          "presents this certificate, and will refuse it after the certificate changes. Compare the "
                          "fingerprint above with the one the server's administrator gives you before you trust it."));
    m_trust->setText(tr("&Trust this certificate"));
}

void CertificateTrustDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lotse
