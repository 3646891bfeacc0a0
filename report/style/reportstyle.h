#pragma once

#include "core/thresholds.h"

#include <QColor>
#include <QFont>

class QPaintDevice;

namespace lotse {

/// Fonts, colours and measures of a printed report, in the device units of the
/// page it is painted on. Paper is white whatever the desktop's theme, so the
/// state colours are the light ones the cards use on a light palette.
class ReportStyle final
{
public:
    enum class Font {
        Title,
        Heading,
        Subheading,
        Body,
        Strong,
        Small,
        Tiny,
        Value,
        Mono,
        MonoSmall
    };

    explicit ReportStyle(QPaintDevice *device);

    QPaintDevice *device() const { return m_device; }
    /// Typographic points (1/72 in) in device units.
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }

    QFont font(Font role) const;
    /// The height of a line of @p role, in device units.
    qreal lineHeight(Font role) const;

    static QColor ink() { return QColor(0x1d, 0x23, 0x2b); }
    static QColor muted() { return QColor(0x5f, 0x67, 0x72); }
    static QColor rule() { return QColor(0xc9, 0xce, 0xd6); }
    static QColor grid() { return QColor(0xe6, 0xe9, 0xee); }
    static QColor panel() { return QColor(0xf4, 0xf6, 0xf9); }
    static QColor neutral();
    /// Band and line colour of @p state.
    static QColor stateColor(State state);
    /// Text in @p state's colour, dark enough to read on white.
    static QColor stateText(State state);
    /// Colour of the @p index-th line of a chart, as the screen draws it.
    static QColor lineColor(int index);

private:
    QPaintDevice *m_device;
    qreal m_dpi;
};

} // namespace lotse
