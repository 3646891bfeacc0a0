#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lotse {

/// Finds the places a text names a variable: `$name`, `${name}` and
/// Grafana's older `[[name]]`. `$1` is no variable (names start with a letter
/// or '_'), so PostgreSQL's own parameters are left alone.
class VariableReferences final
{
public:
    struct Reference
    {
        QString name;
        qsizetype offset = 0; ///< where the reference starts in the text
        qsizetype length = 0; ///< its length, with `$`, braces or brackets
    };

    static QList<Reference> find(const QString &text);
    /// The names @p text refers to, each once, in the order they first appear.
    static QStringList names(const QString &text);
};

} // namespace lotse
