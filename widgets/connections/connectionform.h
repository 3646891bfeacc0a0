#pragma once

#include "connections/connectiondraft.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lotse {

class TlsBox;

/// The form of one connection: its name and kind, then the fields its kind's
/// descriptor lists (SourceKind::formFields()): address with the kind's
/// example, authentication, user, secret, headers, timeout, TLS. Fields a
/// kind does not list are hidden, and so are the user and the secret where
/// the chosen authentication needs none.
class ConnectionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    /// The connection as edited.
    const ConnectionDraft &draft() const { return m_draft; }
    /// Shows @p draft with its kind's fields; edited() does not follow.
    void load(const ConnectionDraft &draft);
    /// Pins @p sha256 in the connection shown; edited() does not follow.
    void setPinnedCertificate(const QByteArray &sha256);
    /// Selects the name, ready to be typed over.
    void focusName();

Q_SIGNALS:
    /// The user changed a field; draft() holds the change.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRows();
    void connectFields();
    void showKind();
    QLabel *labelOf(QWidget *field) const;
    void retranslate();

    ConnectionDraft m_draft;
    bool m_loading = false;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_address;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLineEdit *m_secretEnv;
    QPlainTextEdit *m_headers;
    QSpinBox *m_timeout;
    TlsBox *m_tls;
};

} // namespace lotse
