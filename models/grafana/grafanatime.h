#pragma once

#include "core/localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lotse {

/// A dashboard's `time` and `refresh` as Lotse's `range` and `refresh`.
class GrafanaTime final
{
public:
    /// Lotse's range ("now-6h"); a range not relative to now ("now/d", fixed
    /// dates) opens as the last hour, with a note.
    static QString range(const QJsonObject &dashboard, QList<LocalizedText> &notes);
    /// The span of range() in seconds.
    static qint64 rangeSeconds(const QString &range);
    /// "off" or a duration Lotse reads ("30s").
    static QString refresh(const QJsonObject &dashboard);
};

} // namespace lotse
