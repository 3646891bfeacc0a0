#include "common/paletteicon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace lotse {

namespace {

/// Button text softened a little towards the button, as the icons were drawn:
/// an icon beside its label should not outshout it.
QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Selected)
        return palette.color(QPalette::HighlightedText);
    const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal;
    const QColor text = palette.color(group, QPalette::ButtonText);
    const QColor button = palette.color(group, QPalette::Button);
    const auto mix = [](int a, int b) {
        return (a * 7 + b * 3) / 10;
    };
    QColor ink(mix(text.red(), button.red()), mix(text.green(), button.green()), mix(text.blue(), button.blue()));
    if (mode == QIcon::Disabled)
        ink.setAlpha(150);
    return ink;
}

} // namespace

QIcon PaletteIcon::named(const QString &name)
{
    return QIcon(new PaletteIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(name))));
}

QIcon PaletteIcon::themedOr(const QString &themeName, const QString &name)
{
    return QIcon::hasThemeIcon(themeName) ? QIcon::fromTheme(themeName) : named(name);
}

PaletteIcon::PaletteIcon(const QIcon &shape)
    : m_shape(shape)
{
}

void PaletteIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap PaletteIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaletteIcon::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // The shape is taken in Normal mode: the mode is the ink's business.
    QPixmap tinted = m_shape.pixmap(size, scale, QIcon::Normal, state);
    if (tinted.isNull())
        return tinted;
    QPainter painter(&tinted);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRect(QPoint(0, 0), tinted.deviceIndependentSize().toSize()), inkFor(mode));
    return tinted;
}

QSize PaletteIcon::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return m_shape.actualSize(size, mode, state);
}

QIconEngine *PaletteIcon::clone() const
{
    return new PaletteIcon(m_shape);
}

} // namespace lotse
