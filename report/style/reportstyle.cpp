#include "style/reportstyle.h"

#include "style/statepalette.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPalette>

namespace lotse {

namespace {

QPalette paper()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    return palette;
}

struct FontSpec
{
    ReportStyle::Font role;
    qreal points;
    bool bold;
    bool mono;
};

constexpr FontSpec kFonts[] = {
    {ReportStyle::Font::Title, 18, true, false},        {ReportStyle::Font::Heading, 13, true, false},
    {ReportStyle::Font::Subheading, 10.5, true, false}, {ReportStyle::Font::Body, 9, false, false},
    {ReportStyle::Font::Strong, 9, true, false},        {ReportStyle::Font::Small, 7.5, false, false},
    {ReportStyle::Font::Tiny, 6.5, false, false},       {ReportStyle::Font::Value, 17, true, false},
    {ReportStyle::Font::Mono, 8, false, true},          {ReportStyle::Font::MonoSmall, 6.8, false, true},
};

} // namespace

ReportStyle::ReportStyle(QPaintDevice *device)
    : m_device(device)
    , m_dpi(device->logicalDpiY())
{
}

QFont ReportStyle::font(Font role) const
{
    for (const FontSpec &spec : kFonts) {
        if (spec.role != role)
            continue;
        QFont font;
        // Named families first so every machine prints the same; the hint is the fallback.
        font.setFamilies(spec.mono ? QStringList{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                                                 QStringLiteral("monospace")}
                                   : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                                                 QStringLiteral("sans-serif")});
        font.setStyleHint(spec.mono ? QFont::Monospace : QFont::SansSerif);
        font.setPointSizeF(spec.points);
        font.setBold(spec.bold);
        // No ligatures: a reviewer searching the PDF for "fi" or "ff" must find it,
        // and text extraction (pdftotext) must give the letters back.
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    }
    return QFont();
}

qreal ReportStyle::lineHeight(Font role) const
{
    return QFontMetricsF(font(role), m_device).lineSpacing();
}

QColor ReportStyle::neutral()
{
    return StatePalette::neutral(paper());
}

QColor ReportStyle::stateColor(State state)
{
    return StatePalette::color(state, paper());
}

QColor ReportStyle::stateText(State state)
{
    return StatePalette::textColor(state, paper());
}

QColor ReportStyle::lineColor(int index)
{
    // The screen's chart colours (TimeSeriesChart): green, amber and red are
    // left out, they mean states.
    static const QColor colors[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xa2, 0xb8), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x4e, 0x5d, 0x94), QColor(0x7f, 0x7f, 0x7f), QColor(0x00, 0x6d, 0x77),
    };
    return colors[index % int(std::size(colors))];
}

} // namespace lotse
