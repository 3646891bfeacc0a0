#pragma once

#include "dashboard/dashboard.h"
#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "core/thresholds.h"
#include "core/unit.h"
#include "definitions/yamllimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

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
    explicit YamlReader(QString file, const YamlLimits &limits = YamlLimits());

    /// The bytes of @p path, or a problem at its first line saying why they
    /// cannot be read; a file larger than @p maxBytes is not read at all.
    static std::expected<QByteArray, Diagnostics> readFile(const QString &path,
                                                           qint64 maxBytes = YamlLimits().maxBytes);

    /// Parses @p text; on a syntax error, or a text past the limits, records
    /// it and returns nothing.
    std::optional<YAML::Node> parse(const QByteArray &text);
    /// @p map's value under @p key, or a null node when @p map is no mapping
    /// (yaml-cpp throws on a key looked up in a scalar).
    static YAML::Node child(const YAML::Node &map, const char *key);

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
    /// The kind of @p source (empty: the first of sources(); "prometheus"
    /// when none are declared); empty for a name no source has.
    QString kindOf(const QString &source) const;

    bool hasErrors() const { return !m_diagnostics.isEmpty(); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    const QString &file() const { return m_file; }
    const YamlLimits &limits() const { return m_limits; }

private:
    /// Why a text past YamlLimits::maxBytes is not read.
    static QString tooLarge(qint64 maxBytes);
    /// A band: a number, or a number after its edge's comparison (`>= 1000`),
    /// which sets @p included.
    std::optional<double> band(const YAML::Node &map, const char *key, Thresholds::Direction direction, bool &included);
    /// `for: 5m` of a measure read from @p source, in seconds; 0 when not given.
    qint64 holdSeconds(const YAML::Node &map, const QString &source);

    QString m_file;
    YamlLimits m_limits;
    Diagnostics m_diagnostics;
    QList<SourceRef> m_sources;
    QHash<QString, QString> m_kinds; ///< m_sources' kinds by name
};

} // namespace lotse
