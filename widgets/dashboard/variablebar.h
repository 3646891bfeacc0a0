#pragma once

#include "variables/variablespec.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace lotse {

/// The dashboard's variables as pickers in a row: a list for one value (which
/// also takes a value typed in, for a system the window does not see), a menu
/// of ticks for several, "All" where the variable offers it. It only shows
/// what it is given and reports what the user picks.
class VariableBar final : public QWidget
{
    Q_OBJECT

public:
    /// One variable as the bar shows it.
    struct Choice
    {
        VariableSpec spec;
        QStringList options; ///< what may be picked; "$__all" stands for "All"
        QStringList chosen;
        QString problem; ///< why its values could not be read, or empty
    };

    explicit VariableBar(QWidget *parent = nullptr);

    /// Shows @p choices in place of the ones shown; constants are not shown.
    void setChoices(const QList<Choice> &choices);
    /// Whether there is any variable to pick.
    bool isEmpty() const { return m_pickers.isEmpty(); }
    /// The picker of @p name, for tests and focus; nullptr when not shown.
    QWidget *picker(const QString &name) const;
    /// Greys the pickers out while their values are read.
    void setReading(bool reading);

Q_SIGNALS:
    /// The user picked @p values for the variable @p name.
    void chosen(const QString &name, const QStringList &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *singlePicker(const Choice &choice);
    QWidget *multiPicker(const Choice &choice);
    void clear();

    QHBoxLayout *m_layout;
    QList<Choice> m_choices;
    QList<QWidget *> m_pickers;
};

} // namespace lotse
