#pragma once

#include <QString>

#include <optional>

namespace lotse {

/// The window's colours: the system's palette (light or dark, as the desktop
/// says), or light or dark whatever the desktop says. Views follow the
/// palette they are given; PDFs keep their own light colours.
class Theme final
{
public:
    enum class Mode {
        System,
        Light,
        Dark
    };

    /// Sets the application's palette for @p mode; widgets get a PaletteChange.
    static void apply(Mode mode);
    /// "system", "light", "dark", as the settings keep it.
    static QString id(Mode mode);
    static std::optional<Mode> fromId(const QString &id);
};

} // namespace lotse
