#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace lotse {

/// Asks for a fixed time range, from and to in local time. OK stays disabled
/// until "to" lies after "from".
class AbsoluteRangeDialog final : public QDialog
{
    Q_OBJECT

public:
    AbsoluteRangeDialog(const QDateTime &from, const QDateTime &to, QWidget *parent = nullptr);

    QDateTime from() const;
    QDateTime to() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace lotse
