#pragma once

#include "core/thresholds.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace lotse {

class Badge;
class DiagnosisSession;
struct ChecklistItem;

/// A checklist step on the wizard page: each section's heading, and under it
/// each item either as a box to tick with a note beside it (a manual item)
/// or with its live state in words and colour, as the cards show it, and
/// what its checks read. A tick never touches a live item: its state is its
/// checks'. Ticks go to the session, which keeps them with the diagnosis; the
/// boxes take the keyboard's Space like any check box.
class ChecklistView final : public QWidget
{
    Q_OBJECT

public:
    /// Shows checklist node @p node of @p session; @p readOnly for a saved diagnosis under review.
    ChecklistView(DiagnosisSession *session, QString node, bool readOnly, QWidget *parent = nullptr);

    /// The box of manual item @p item; nullptr for a live item or none.
    QCheckBox *tickBox(const QString &item) const;
    /// The note of manual item @p item; nullptr for a live item or none.
    QLineEdit *noteEdit(const QString &item) const;
    /// The badge of live item @p item; nullptr for a manual item or none.
    Badge *stateBadge(const QString &item) const;
    /// How many manual items are ticked, of how many, and how the live ones read, in a line.
    QString summary() const;
    /// Shows what the session holds now: readings that arrived, ticks restored.
    void refresh();

Q_SIGNALS:
    /// The engineer ticked, unticked or wrote a note.
    void ticksChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// One item's widgets: a box and note, or a badge and what the checks read.
    struct Row
    {
        QString item;
        QLabel *text = nullptr;
        QCheckBox *box = nullptr;
        QLineEdit *note = nullptr;
        Badge *state = nullptr;
        QLabel *detail = nullptr;
    };

    void build(QGridLayout *grid);
    Row manualRow(const ChecklistItem &item);
    Row liveRow(const ChecklistItem &item);
    void store(const Row &row);
    void showRow(const Row &row);
    void retranslate();
    const ChecklistItem *item(const QString &id) const;

    QPointer<DiagnosisSession> m_session;
    QString m_node;
    bool m_readOnly;
    QList<QLabel *> m_headings; ///< one a section, in order
    QList<Row> m_rows;
};

} // namespace lotse
