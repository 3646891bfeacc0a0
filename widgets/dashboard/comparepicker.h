#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace lotse {

/// The toolbar's "Compare" choice: off, 1 day or 1 week earlier, overlaid on
/// every chart. It only reports what the user picks; setPeriod shows the
/// session's choice without emitting.
class ComparePicker final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePicker(QWidget *parent = nullptr);

    void setPeriod(qint64 seconds);
    qint64 period() const;
    QComboBox *choices() const { return m_choices; }

Q_SIGNALS:
    void periodChosen(qint64 seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QComboBox *m_choices;
};

} // namespace lotse
