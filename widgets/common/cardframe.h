#pragma once

#include <QColor>
#include <QFrame>

namespace lotse {

/// A rounded card on the base colour with a thin border and, when set, a band
/// in an accent colour down its left edge: the look of the KPI cards, for the
/// wizard's checks, remedies and findings. Designed to be derived from.
class CardFrame : public QFrame
{
    Q_OBJECT

public:
    explicit CardFrame(QWidget *parent = nullptr);

    /// The band's colour; an invalid colour draws no band.
    void setAccent(const QColor &color);
    QColor accent() const { return m_accent; }

protected:
    /// Width of the accent band in pixels; content starts right of it.
    int bandWidth() const;
    /// Comfortable inner margins for the card's layout, band included.
    QMargins cardMargins() const;
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent;
};

} // namespace lotse
