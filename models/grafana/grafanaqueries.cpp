#include "grafana/grafanaqueries.h"

#include "core/timerange.h"
#include "grafana/grafanatexts.h"
#include "sources/prometheus/promqlsyntax.h"
#include "variables/variablereferences.h"

#include <QRegularExpression>

namespace lotse {

GrafanaQueries::GrafanaQueries(QSet<QString> declared, qint64 rangeSeconds)
    : m_declared(std::move(declared))
    , m_rangeSeconds(rangeSeconds)
{
}

QList<std::pair<QString, QString>> GrafanaQueries::macroValues() const
{
    // Lotse chooses a chart's step from its width, so there is no interval to
    // stand in for: a rate over 5m spans enough scrapes at any usual interval.
    return {
        {QStringLiteral("__rate_interval"), QStringLiteral("5m")},
        {QStringLiteral("__interval"), QStringLiteral("1m")},
        {QStringLiteral("__interval_ms"), QStringLiteral("60000")},
        {QStringLiteral("__range"), TimeRange::durationText(m_rangeSeconds)},
        {QStringLiteral("__range_s"), QString::number(m_rangeSeconds)},
        {QStringLiteral("__range_ms"), QString::number(m_rangeSeconds * 1000)},
    };
}

std::expected<QString, LocalizedText> GrafanaQueries::replaceMacros(const QString &expression) const
{
    // $__name, ${__name} and ${__name:format}; ${name:format} loses its format,
    // as Lotse escapes every value by where it stands.
    static const QRegularExpression macro(QStringLiteral("\\$(?:\\{(__[A-Za-z_]+)(?::[A-Za-z]+)?\\}|(__[A-Za-z_]+))"));
    static const QRegularExpression formatted(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*):[A-Za-z]+\\}"));
    QString text = expression;
    text.replace(formatted, QStringLiteral("${\\1}"));
    const QList<std::pair<QString, QString>> values = macroValues();
    QString result;
    qsizetype last = 0;
    for (auto it = macro.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        const auto known
            = std::find_if(values.cbegin(), values.cend(), [&name](const auto &entry) { return entry.first == name; });
        if (known == values.cend())
            return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::UnknownMacro, match.captured(0)));
        result += text.mid(last, match.capturedStart() - last) + known->second;
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

QString GrafanaQueries::kindOfTarget(const QJsonObject &target)
{
    // LogQL is written in `expr` too: its pipes tell it from PromQL.
    static const QRegularExpression logql(QStringLiteral("\\|[=~]|\\|\\s*(json|logfmt|line_format|pattern|unpack)\\b"));
    const QString expr = target.value(QLatin1String("expr")).toString();
    if (target.value(QLatin1String("expr")).isString())
        return logql.match(expr).hasMatch() ? QStringLiteral("loki") : QStringLiteral("prometheus");
    for (const char *key : {"rawSql", "query", "target", "measurement", "queryText", "rawQuery"}) {
        if (target.contains(QLatin1String(key)))
            return QLatin1String(key);
    }
    return QStringLiteral("unknown");
}

std::expected<ImportedQuery, LocalizedText> GrafanaQueries::translate(const QJsonObject &target) const
{
    const QString kind = kindOfTarget(target);
    if (kind != QLatin1String("prometheus"))
        return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::NotPrometheus, kind));
    const auto expression = replaceMacros(target.value(QLatin1String("expr")).toString().trimmed());
    if (!expression)
        return std::unexpected(expression.error());
    if (expression->isEmpty())
        return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::NoQueries));
    for (const QString &name : VariableReferences::names(*expression)) {
        if (!m_declared.contains(name))
            return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::UndeclaredVariable, name));
    }
    if (const auto problem = PromqlSyntax::check(*expression))
        return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::BadQuery, problem->message));
    return ImportedQuery{*expression, legend(target.value(QLatin1String("legendFormat")).toString())};
}

QString GrafanaQueries::legend(const QString &format)
{
    static const QRegularExpression spaced(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    if (format == QLatin1String("__auto"))
        return {};
    QString text = format;
    return text.replace(spaced, QStringLiteral("{{\\1}}"));
}

} // namespace lotse
