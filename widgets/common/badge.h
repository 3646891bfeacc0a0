#pragma once

#include "core/thresholds.h"

#include <QColor>
#include <QLabel>

#include <optional>

namespace lotse {

/// A short word on a rounded pill in a colour: a state ("Critical"), a
/// severity, or a mark such as "Chosen by hand". The text colour follows the
/// fill, so amber gets dark text and red white.
class Badge final : public QLabel
{
    Q_OBJECT

public:
    explicit Badge(QWidget *parent = nullptr);

    /// The pill's fill; the text colour is picked to stay readable on it.
    void setColor(const QColor &color);
    QColor color() const { return m_color; }
    /// Fills the pill with the colour of @p state.
    void setState(State state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor textColor() const;

    QColor m_color;
    std::optional<State> m_state; ///< none when setColor() chose the fill
};

} // namespace lotse
