#pragma once

#include "connections/connection.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace lotse {

/// Lists the named sources (Prometheus-compatible, PostgreSQL, Redis,
/// ClickHouse) and edits one at a time: address, authentication, TLS files,
/// the pinned certificate, the timeout. It does no I/O of its own: Test,
/// Import and Export are signals, and the caller answers with
/// showTestResult(), setConnections() and setPinnedCertificate().
///
/// Secrets: the dialog never sees a stored secret. What the user types in the
/// secret field is kept in memory and handed out by typedSecrets(); an empty
/// field keeps the stored one. A caller saving the result first deletes the
/// keychain entries of removedNames(), then stores typedSecrets().
///
/// usesSecret, as connections() reports it: for Prometheus, whenever the
/// authentication is Basic or Bearer token. For a database, when a user or a
/// secret environment variable is set, a secret was typed here, or the
/// connection came in with a stored secret under the same name.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionsDialog(const QList<Connection> &connections, QWidget *parent = nullptr);

    /// The connections as edited, in list order.
    QList<Connection> connections() const;
    /// Secrets typed in this dialog by the connection's final name; only
    /// connections whose secret field holds typed text appear.
    QHash<QString, QString> typedSecrets() const;
    /// Names present at construction whose connection was removed or renamed
    /// (or replaced by an import), so the caller can delete their stored secrets.
    QStringList removedNames() const;

    /// Replaces the list, e.g. after an import. Typed secrets of names that
    /// still exist are kept.
    void setConnections(const QList<Connection> &connections);
    /// Shows the answer to testRequested() when @p name is the selected
    /// connection; it is remembered and shown again when @p name is selected.
    void showTestResult(const QString &name, bool ok, const QString &text);
    /// Pins @p sha256 (lower-case hex SHA-256 of the certificate's DER) for @p name.
    void setPinnedCertificate(const QString &name, const QByteArray &sha256);

Q_SIGNALS:
    /// Test the connection as edited; an empty @p typedSecret means "use the stored one".
    void testRequested(const lotse::Connection &connection, const QString &typedSecret);
    void importRequested(const QString &path);
    void exportRequested(const QString &path, const QList<lotse::Connection> &connections);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        Connection connection;
        QString originalName;      ///< name at construction (or import) if it had one then; empty for new rows
        bool storedSecret = false; ///< usesSecret as it came in: a secret may be stored under originalName
        QString typedSecret;
        QString headersText;  ///< as typed, so a malformed line survives switching rows
        bool testing = false; ///< Test pressed, no answer yet
        bool hasResult = false;
        bool resultOk = false;
        QString resultText;
    };

    void addConnection(Connection::Kind kind);
    void removeCurrent();
    void select(int row);
    void loadForm();
    void updateForKind();
    void updateUsesSecret(Row &row) const;
    void updateListItem(int row);
    void showResult();
    void showPin();
    void browseFile(QLineEdit *target, const QString &title);
    void chooseImport();
    void chooseExport();
    void test();
    void validate();
    void retranslate();
    Row *current();
    int rowOf(const QString &name) const;
    QString kindText(Connection::Kind kind) const;
    Row makeRow(const Connection &connection) const;

    QList<Row> m_rows;
    QStringList m_initialNames;
    int m_current = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QMenu *m_addMenu;
    QList<QAction *> m_addActions;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QList<QLabel *> m_formLabels;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_address;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLineEdit *m_secretEnv;
    QPlainTextEdit *m_headers;
    QSpinBox *m_timeout;
    QGroupBox *m_tlsGroup;
    QFormLayout *m_tlsForm;
    QList<QLabel *> m_tlsLabels;
    QLineEdit *m_caFile;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QPushButton *m_caBrowse;
    QPushButton *m_certBrowse;
    QPushButton *m_keyBrowse;
    QLineEdit *m_pin;
    QPushButton *m_forgetPin;
    QLabel *m_tlsNote;
    QWidget *m_formWidget;
    QLabel *m_empty;
    QPushButton *m_test;
    QLabel *m_result;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace lotse
