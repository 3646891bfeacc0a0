#pragma once

#include <QIconEngine>

namespace lotse {

/// One of Lotse's monochrome icons, drawn in the colour of the palette's
/// button text at paint time, so that it reads on a light and on a dark
/// theme alike and follows a theme change without being set again.
class PaletteIcon final : public QIconEngine
{
public:
    /// The icon of `:/icons/NAME.svg`.
    static QIcon named(const QString &name);
    /// The desktop theme's icon @p themeName where it has one, ours otherwise.
    static QIcon themedOr(const QString &themeName, const QString &name);

    explicit PaletteIcon(const QIcon &shape);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;

private:
    QIcon m_shape;
};

} // namespace lotse
