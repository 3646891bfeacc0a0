#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;

namespace lotse {

/// A way out of a fork as the wizard offers it.
struct BranchOption
{
    QString title;             ///< where it leads (the target node's title)
    QString detail;            ///< why: the runbook's `because`, or a manual branch's label
    std::optional<bool> holds; ///< what the checks say; nothing when they cannot decide
    bool manualOnly = false;   ///< offered by hand only
};

/// The branches of a fork: which the walk took, whether each holds, and the
/// control to overrule the engine. Ticking is possible only while editing;
/// "Use this choice" hands the ticked branches on. A `follow: first` fork
/// takes one branch (radio buttons), a `follow: all` fork any (check boxes).
class BranchChooser final : public QWidget
{
    Q_OBJECT

public:
    explicit BranchChooser(QWidget *parent = nullptr);

    /// @p exclusive: only one branch may be chosen.
    void setOptions(const QList<BranchOption> &options, bool exclusive);
    /// The branches the walk follows now; shown ticked while not editing.
    void setTaken(const QList<int> &taken);
    QList<int> taken() const { return m_taken; }
    /// False for a saved diagnosis under review: nothing can be overruled.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }
    /// The branches ticked now, in the runbook's order.
    QList<int> chosen() const;
    /// Ticks or clears @p branch, as a click would while editing.
    void choose(int branch, bool on);
    QAbstractButton *optionButton(int branch) const;
    QPushButton *overruleButton() const { return m_overrule; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    /// The engineer decided: follow @p branches.
    void applied(const QList<int> &branches);

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearRows();
    void addRow(int index, const BranchOption &option);
    void showTaken();
    void updateButtons();
    void retranslate();
    /// The line under a branch: whether it holds, and why.
    void describe(QLabel *label, const BranchOption &option) const;

    QList<BranchOption> m_options;
    QList<int> m_taken;
    bool m_exclusive = false;
    bool m_editable = true;
    bool m_editing = false;
    QGridLayout *m_rows;
    QButtonGroup *m_group;
    QList<QAbstractButton *> m_buttons;
    QList<QLabel *> m_details;
    QPushButton *m_overrule;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace lotse
