#include "variables/variablereferences.h"

#include <QRegularExpression>

namespace lotse {

QList<VariableReferences::Reference> VariableReferences::find(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)|\[\[([A-Za-z_][A-Za-z0-9_]*)\]\])"));
    QList<Reference> found;
    if (!text.contains(QLatin1Char('$')) && !text.contains(QLatin1String("[[")))
        return found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        int group = 1;
        while (match.capturedStart(group) < 0)
            ++group;
        found.append({match.captured(group), match.capturedStart(), match.capturedLength()});
    }
    return found;
}

QStringList VariableReferences::names(const QString &text)
{
    QStringList names;
    for (const Reference &reference : find(text)) {
        if (!names.contains(reference.name))
            names.append(reference.name);
    }
    return names;
}

} // namespace lotse
