#pragma once

#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

namespace lotse {

/// How a PDF report is laid out and in which language it is written. The
/// language is the report's own: an English desktop can export a German report.
struct ReportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString language = QStringLiteral("en"); ///< "en" or "de"
    QDateTime exportedAt;                    ///< written on the report; the clock when unset
    /// Set when the data comes from a snapshot: when it was saved, for the export line.
    std::optional<QDateTime> snapshotSavedAt;
    /// Dashboard sections folded on screen (indices into Dashboard::sections):
    /// their panels were not read, so the report prints their titles and says so.
    QList<int> collapsedSections;

    /// "a4" or "letter" (any case).
    static std::optional<QPageSize::PageSizeId> pageSizeFrom(const QString &name);
    /// "portrait" or "landscape" (any case).
    static std::optional<QPageLayout::Orientation> orientationFrom(const QString &name);
};

} // namespace lotse
