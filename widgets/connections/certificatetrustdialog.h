#pragma once

#include <QByteArray>
#include <QDialog>
#include <QSslCertificate>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace lotse {

/// Shows a certificate the system CAs (or the connection's CA file) do not
/// vouch for, and asks whether to pin exactly this one for @p connection.
/// Cancel is the default; accepting means "pin fingerprint()". It only asks:
/// the caller stores the pin.
class CertificateTrustDialog final : public QDialog
{
    Q_OBJECT

public:
    CertificateTrustDialog(const QString &connection, const QSslCertificate &certificate, const QString &whyUntrusted,
                           QWidget *parent = nullptr);

    /// Lower-case hex SHA-256 of the certificate's DER, without colons: what
    /// Connection::tls.pinnedSha256 holds.
    QByteArray fingerprint() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_connection;
    QSslCertificate m_certificate;
    QLabel *m_intro;
    QLabel *m_reason;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLabel *m_alternativeNames;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
    QPushButton *m_trust;
};

} // namespace lotse
