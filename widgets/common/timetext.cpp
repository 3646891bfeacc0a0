#include "common/timetext.h"

#include <QLocale>

namespace lotse {

QString TimeText::clock(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString TimeText::dateAndClock(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock(at);
}

} // namespace lotse
