#pragma once

#include "core/localizedtext.h"
#include "grafana/importeddashboard.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <expected>

namespace lotse {

/// A Grafana target (`expr`, `legendFormat`) as a Lotse query: Grafana's
/// global macros replaced by what Lotse reads instead, the legend format
/// written the way Lotse writes it, and the query checked before it is kept.
class GrafanaQueries final
{
public:
    /// @p declared: the variables the dashboard declares; @p rangeSeconds:
    /// its time range, which `$__range` stands for.
    GrafanaQueries(QSet<QString> declared, qint64 rangeSeconds);

    /// The query of @p target, or why it cannot be imported.
    std::expected<ImportedQuery, LocalizedText> translate(const QJsonObject &target) const;
    /// @p expression with every macro replaced; the reason when one is unknown.
    std::expected<QString, LocalizedText> replaceMacros(const QString &expression) const;
    /// `{{ instance }}` → `{{instance}}`; Grafana's "__auto" → empty.
    static QString legend(const QString &format);
    /// What each macro becomes, as docs/grafana.md lists it.
    QList<std::pair<QString, QString>> macroValues() const;

private:
    static QString kindOfTarget(const QJsonObject &target);

    QSet<QString> m_declared;
    qint64 m_rangeSeconds;
};

} // namespace lotse
