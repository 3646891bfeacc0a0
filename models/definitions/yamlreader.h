#pragma once

#include "dashboard/dashboard.h"
#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "core/thresholds.h"
#include "core/unit.h"

#include <QByteArray>
#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <expected>
#include <initializer_list>
#include <optional>

namespace lotse {

/// Typed access to a YAML document that collects every problem with its line
/// and column instead of stopping at the first. Dashboards and runbooks share it.
class YamlReader final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::YamlReader)

public:
    explicit YamlReader(QString file);

    /// The bytes of @p path, or a problem at its first line saying why they cannot be read.
    static std::expected<QByteArray, Diagnostics> readFile(const QString &path);

    /// Parses @p text; on a syntax error records it and returns nothing.
    std::optional<YAML::Node> parse(const QByteArray &text);

    void error(const YAML::Node &at, const QString &message);
    void error(const YAML::Mark &at, const QString &message);

    /// A required or optional scalar; a missing required key is reported at @p map.
    QString string(const YAML::Node &map, const char *key, bool required);
    std::optional<double> number(const YAML::Node &map, const char *key);
    /// `{en: …, de: …}`; both languages are required when the key is.
    LocalizedText localized(const YAML::Node &map, const char *key, bool required);
    /// `{direction: higher-is-worse|lower-is-worse, warning: N, critical: N}`;
    /// a band may name its edge's comparison: `warning: ">= 1000"`.
    Thresholds thresholds(const YAML::Node &map, const char *key);
    /// `denominator: {query, zero: {en, de}}` of a ratio or percentile (docs/runbooks.md).
    std::optional<Denominator> denominator(const YAML::Node &map, const QString &source);
    /// A sequence under @p key; anything else is reported and yields an empty node.
    YAML::Node sequence(const YAML::Node &map, const char *key, bool required);
    /// `sources: [{name, kind}]`; one source named prometheus when absent.
    /// Remembered for checkQuery().
    QList<SourceRef> sources(const YAML::Node &root);
    /// `unit:` (docs/dashboards.md); Unit::None when absent.
    Unit unit(const YAML::Node &map);
    /// `reduce:` max (default), min, sum, avg or first.
    Reduce reduce(const YAML::Node &map);
    /// The fields every measure has (title, source, query, unit, reduce,
    /// thresholds) into @p spec; the id is the caller's.
    void measure(const YAML::Node &map, MeasureSpec &spec);
    /// Reports a `source:` in @p list's entries that @p sources does not name.
    void checkSourceNames(const YAML::Node &list, const QList<SourceRef> &sources);

    /// Reports keys of @p map that are not in @p allowed (a typo would otherwise be ignored).
    void checkKeys(const YAML::Node &map, std::initializer_list<const char *> allowed);
    /// Reports a PromQL expression whose brackets or quotes do not balance.
    void checkPromql(const YAML::Node &map, const char *key);
    /// checkPromql() when @p source (empty: the first of sources()) is a
    /// Prometheus source; SQL and Redis commands are checked when they run.
    void checkQuery(const YAML::Node &map, const char *key, const QString &source);

    bool hasErrors() const { return !m_diagnostics.isEmpty(); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    const QString &file() const { return m_file; }

private:
    /// A band: a number, or a number after its edge's comparison (`>= 1000`),
    /// which sets @p included.
    std::optional<double> band(const YAML::Node &map, const char *key, Thresholds::Direction direction, bool &included);

    QString m_file;
    Diagnostics m_diagnostics;
    QList<SourceRef> m_sources;
};

} // namespace lotse
