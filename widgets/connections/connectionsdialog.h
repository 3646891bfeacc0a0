#pragma once

#include "connections/connectiondraft.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QListWidget;
class QMenu;
class QPushButton;

namespace lotse {

class ConnectionForm;
class SourceKind;

/// Lists the named sources (one of each kind SourceKinds registers) and
/// edits one at a time in the form of its kind (ConnectionForm). It does no
/// I/O of its own: Test, Import and Export are signals, and the caller
/// answers with showTestResult(), setConnections() and setPinnedCertificate().
///
/// Secrets: the dialog never sees a stored secret. What the user types in the
/// secret field is kept in memory and handed out by typedSecrets(); an empty
/// field keeps the stored one. A caller saving the result first deletes the
/// keychain entries of removedNames(), then stores typedSecrets(). When a
/// connection uses a secret is ConnectionDraft's to say.
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
    /// The sources given on the command line ("name — location"), listed apart
    /// and marked as such: they are this session's, not the file's.
    void setCommandLineSources(const QStringList &sources);
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
        ConnectionDraft draft;
        bool testing = false; ///< Test pressed, no answer yet
        bool hasResult = false;
        bool resultOk = false;
        QString resultText = {};
    };

    QLayout *createList();
    QLayout *createEditor();
    void connectButtons();
    void addConnection(const SourceKind &kind);
    void removeCurrent();
    void select(int row);
    void loadForm();
    void takeEdit();
    void updateListItem(int row);
    void showResult();
    void chooseImport();
    void chooseExport();
    void test();
    void validate();
    void retranslate();
    Row *current();
    int rowOf(const QString &name) const;
    Row makeRow(const Connection &connection) const;

    QList<Row> m_rows;
    QStringList m_initialNames;
    int m_current = -1;

    QListWidget *m_list;
    QPushButton *m_add;
    QMenu *m_addMenu;
    QList<QAction *> m_addActions;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
    QWidget *m_editor;
    ConnectionForm *m_form;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_empty;
    QLabel *m_commandLine;
    QStringList m_commandLineSources;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace lotse
