#pragma once

#include <QDateTime>
#include <QString>

namespace lotse {

/// How instants are written on screen: local time, 24-hour clock with seconds
/// (operators compare timestamps to logs), the date in the locale's short form.
class TimeText final
{
public:
    /// "14:03:27" in local time.
    static QString clock(const QDateTime &at);
    /// "22.11.26 14:03:27" or "11/22/26 14:03:27", by the default locale.
    static QString dateAndClock(const QDateTime &at);
};

} // namespace lotse
