#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lotse {

/// One entry a ChoiceDialog offers.
struct ChoiceEntry
{
    QString id;
    QString text;   ///< the line in the list
    QString detail; ///< shown below the list for the selected entry
    bool enabled = true;
};

/// Picks one of a list: a runbook to diagnose with, a saved diagnosis to
/// review. Shows the selected entry's detail below the list; a double click
/// or the accept button chooses.
class ChoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChoiceDialog(QWidget *parent = nullptr);

    void setPrompt(const QString &prompt);
    /// Fills the list; @p current is selected when it is there, else the first enabled entry.
    void setEntries(const QList<ChoiceEntry> &entries, const QString &current = {});
    void setAcceptText(const QString &text);
    /// Shown instead of the list when there is nothing to choose.
    void setEmptyText(const QString &text);
    QString currentId() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void chosen(const QString &id);

private:
    void showDetail();
    void choose();

    QList<ChoiceEntry> m_entries;
    QLabel *m_prompt;
    QListWidget *m_list;
    QLabel *m_empty;
    QLabel *m_detail;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
};

} // namespace lotse
