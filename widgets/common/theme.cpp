#include "common/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace lotse {

namespace {

/// The palette the desktop gave before Lotse chose one: what System returns to.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor text(0xe6, 0xe6, 0xe6);
    const std::pair<QPalette::ColorRole, QColor> roles[] = {
        {QPalette::Window, QColor(0x2b, 0x2d, 0x30)},
        {QPalette::WindowText, text},
        {QPalette::Base, QColor(0x1e, 0x1f, 0x22)},
        {QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30)},
        {QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41)},
        {QPalette::ToolTipText, text},
        {QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a)},
        {QPalette::Text, text},
        {QPalette::Button, QColor(0x35, 0x37, 0x3a)},
        {QPalette::ButtonText, text},
        {QPalette::BrightText, QColor(0xff, 0x6b, 0x6b)},
        {QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9)},
        {QPalette::HighlightedText, Qt::white},
        {QPalette::Link, QColor(0x6e, 0xa8, 0xff)},
        {QPalette::LinkVisited, QColor(0xb5, 0x8c, 0xff)},
        {QPalette::Light, QColor(0x4a, 0x4d, 0x50)},
        {QPalette::Midlight, QColor(0x3c, 0x3f, 0x41)},
        {QPalette::Mid, QColor(0x5a, 0x5d, 0x61)},
        {QPalette::Dark, QColor(0x1a, 0x1b, 0x1d)},
        {QPalette::Shadow, Qt::black},
    };
    for (const auto &[role, color] : roles)
        palette.setColor(role, color);
    const QColor disabled(0x7a, 0x7a, 0x7a);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

} // namespace

void Theme::apply(Mode mode)
{
    systemPalette(); // remembered before the first change
    switch (mode) {
    case Mode::System: QApplication::setPalette(systemPalette()); break;
    case Mode::Light: QApplication::setPalette(QApplication::style()->standardPalette()); break;
    case Mode::Dark: QApplication::setPalette(darkPalette()); break;
    }
}

QString Theme::id(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme::Mode> Theme::fromId(const QString &id)
{
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (Theme::id(mode) == id)
            return mode;
    }
    return std::nullopt;
}

} // namespace lotse
