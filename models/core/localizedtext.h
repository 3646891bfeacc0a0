#pragma once

#include <QString>

namespace lotse {

/// A text written in English and German, as dashboards and runbooks carry it.
struct LocalizedText
{
    QString en;
    QString de;

    /// The text in @p language ("de" or "en"), falling back to English.
    QString text(const QString &language) const
    {
        if (language.startsWith(QLatin1String("de")) && !de.isEmpty())
            return de;
        return en.isEmpty() ? de : en;
    }
    bool isEmpty() const { return en.isEmpty() && de.isEmpty(); }
};

} // namespace lotse
