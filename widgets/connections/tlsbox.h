#pragma once

#include "sources/http/tlssettings.h"

#include <QGroupBox>
#include <QList>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lotse {

/// The TLS part of a connection's form: the CA file, the client certificate
/// and key (each with Browse…), and the pinned certificate, which only the
/// Test's trust dialog sets and Forget pin clears.
class TlsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit TlsBox(QWidget *parent = nullptr);

    /// The settings as edited.
    const TlsSettings &settings() const { return m_tls; }
    /// Shows @p tls; edited() does not follow.
    void load(const TlsSettings &tls);
    /// Pins @p sha256 (lower-case hex SHA-256 of the certificate's DER); edited() does not follow.
    void setPinnedSha256(const QByteArray &sha256);

Q_SIGNALS:
    /// The user changed a field; settings() holds the change.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFileRow(QLineEdit *edit, QPushButton *button);
    void connectFields();
    void showPin();
    void browseFile(QLineEdit *target, const QString &title);
    void retranslate();

    TlsSettings m_tls;
    bool m_loading = false;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLineEdit *m_caFile;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QPushButton *m_caBrowse;
    QPushButton *m_certBrowse;
    QPushButton *m_keyBrowse;
    QLineEdit *m_pin;
    QPushButton *m_forgetPin;
    QLabel *m_note;
};

} // namespace lotse
