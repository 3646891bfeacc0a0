#include "layout/reportoptions.h"

namespace lotse {

std::optional<QPageSize::PageSizeId> ReportOptions::pageSizeFrom(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("a4"))
        return QPageSize::A4;
    if (key == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

std::optional<QPageLayout::Orientation> ReportOptions::orientationFrom(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("portrait"))
        return QPageLayout::Portrait;
    if (key == QLatin1String("landscape"))
        return QPageLayout::Landscape;
    return std::nullopt;
}

} // namespace lotse
