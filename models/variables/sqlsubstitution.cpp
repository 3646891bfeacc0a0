#include "variables/sqlsubstitution.h"

#include "variables/variablereferences.h"

#include <QRegularExpression>

namespace lotse {

QList<VariableReferences::Reference> SqlSubstitution::bareReferences(const QString &sql)
{
    // Inside a string, a comment or a dollar-quoted body `$name` is text, as the server reads it.
    QList<VariableReferences::Reference> bare;
    qsizetype i = 0;
    for (const VariableReferences::Reference &reference : VariableReferences::find(sql)) {
        while (i < reference.offset) {
            const qsizetype end = skipQuoted(sql, i);
            i = end == i ? i + 1 : end;
        }
        if (i != reference.offset)
            continue;                             // inside what was skipped
        const qsizetype end = skipQuoted(sql, i); // `$tag$` opens a dollar-quoted body
        if (end == i) {
            bare.append(reference);
            i += reference.length;
        } else {
            i = end;
        }
    }
    return bare;
}

QStringList SqlSubstitution::names(const QString &sql)
{
    QStringList names;
    for (const VariableReferences::Reference &reference : bareReferences(sql)) {
        if (!names.contains(reference.name))
            names.append(reference.name);
    }
    return names;
}

std::expected<BoundSql, QString> SqlSubstitution::apply(const QString &sql, const VariableValues &values)
{
    BoundSql bound;
    const QList<VariableReferences::Reference> references = bareReferences(sql);
    static const QRegularExpression positional(QStringLiteral("\\$[0-9]"));
    if (!references.isEmpty() && sql.contains(positional))
        return std::unexpected(tr("The statement has parameters of its own ($1); use variables only."));
    QStringList names; // the variable of $1, $2 …
    qsizetype copied = 0;
    for (const VariableReferences::Reference &reference : references) {
        if (!values.contains(reference.name))
            return std::unexpected(tr("The statement uses $%1, which has no value.").arg(reference.name));
        if (!names.contains(reference.name))
            names.append(reference.name);
        bound.text += sql.mid(copied, reference.offset - copied) + QLatin1Char('$')
            + QString::number(names.indexOf(reference.name) + 1);
        copied = reference.offset + reference.length;
    }
    bound.text += sql.mid(copied);
    for (const QString &name : names) {
        const QStringList chosen = values.values(name);
        bound.parameters.append(chosen.size() == 1 && !values.isAll(name) ? chosen.first() : arrayLiteral(chosen));
    }
    return bound;
}

qsizetype SqlSubstitution::skipQuoted(const QString &sql, qsizetype at)
{
    const QStringView rest = QStringView(sql).mid(at);
    const auto endOf = [&](QStringView close, qsizetype from) {
        const qsizetype found = sql.indexOf(close, at + from);
        return found < 0 ? sql.size() : found + close.size();
    };
    if (rest.startsWith(u"--"))
        return endOf(u"\n", 2);
    if (rest.startsWith(u"/*"))
        return endOf(u"*/", 2);
    if (rest.startsWith(u'\'') || rest.startsWith(u'"')) {
        // A doubled quote is the quote itself. A backslash escapes only in E'…';
        // taking it as an escape everywhere may end a string later than the
        // server does, which leaves a reference as text rather than binding it.
        const QChar quote = rest.front();
        qsizetype i = at + 1;
        while (i < sql.size()) {
            if (sql.at(i) == quote && (i + 1 >= sql.size() || sql.at(i + 1) != quote))
                return i + 1;
            i += sql.at(i) == quote || sql.at(i) == QLatin1Char('\\') ? 2 : 1;
        }
        return sql.size();
    }
    static const QRegularExpression dollarTag(QStringLiteral("^\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    if (const auto tag = dollarTag.match(rest); tag.hasMatch())
        return endOf(tag.captured(), tag.capturedLength());
    return at;
}

QString SqlSubstitution::arrayLiteral(const QStringList &values)
{
    QStringList quoted;
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted.append(QLatin1Char('"') + value + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace lotse
