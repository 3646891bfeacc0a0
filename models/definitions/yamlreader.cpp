#include "definitions/yamlreader.h"

#include "core/timerange.h"
#include "definitions/yamlbudget.h"
#include "sources/prometheus/promqlsyntax.h"
#include "sources/sourcekinds.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace lotse {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

YamlReader::YamlReader(QString file, const YamlLimits &limits)
    : m_file(std::move(file))
    , m_limits(limits)
{
}

QString YamlReader::tooLarge(qint64 maxBytes)
{
    return tr("the file is larger than %1 KiB, the most Lotse reads of a definition").arg(maxBytes / 1024);
}

std::expected<QByteArray, Diagnostics> YamlReader::readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Diagnostics{{path, 1, 1, tr("cannot read the file: %1").arg(file.errorString())}});
    // Read one byte past the bound rather than trust size(): a pipe or a
    // device has none, and /dev/zero never ends.
    QByteArray text = file.read(maxBytes + 1);
    if (text.size() > maxBytes)
        return std::unexpected(Diagnostics{{path, 1, 1, tooLarge(maxBytes)}});
    return text;
}

YAML::Node YamlReader::child(const YAML::Node &map, const char *key)
{
    if (!map.IsDefined() || !map.IsMap())
        return YAML::Node();
    // A const map answers a missing key with an invalid node, whose IsMap()
    // and kin throw; an undefined node answers them with false.
    const YAML::Node found = map[key];
    return found.IsDefined() ? found : YAML::Node(YAML::NodeType::Undefined);
}

std::optional<YAML::Node> YamlReader::parse(const QByteArray &text)
{
    if (text.size() > m_limits.maxBytes) {
        error(YAML::Mark(), tooLarge(m_limits.maxBytes));
        return std::nullopt;
    }
    const std::string source = text.toStdString();
    if (const auto overrun = YamlBudget::check(source, m_limits)) {
        error(overrun->mark, overrun->message);
        return std::nullopt;
    }
    try {
        YAML::Node root = YAML::Load(source);
        if (!root.IsMap()) {
            error(root.IsDefined() ? root.Mark() : YAML::Mark(), tr("the file must be a mapping of keys to values"));
            return std::nullopt;
        }
        return root;
    } catch (const YAML::Exception &e) {
        // yaml-cpp's messages are terse; the usual cause is an unquoted text.
        error(e.mark,
              tr("YAML syntax error: %1 (put quotes around texts that contain ?, :, #, { or ,)").arg(fromStd(e.msg)));
        return std::nullopt;
    }
}

void YamlReader::error(const YAML::Node &at, const QString &message)
{
    // A key missing from a mapping is a node without a mark of its own.
    error(at.IsDefined() ? at.Mark() : YAML::Mark::null_mark(), message);
}

void YamlReader::error(const YAML::Mark &at, const QString &message)
{
    // yaml-cpp counts from 0 and uses -1 for "no position".
    const int line = at.line < 0 ? 1 : at.line + 1;
    const int column = at.column < 0 ? 1 : at.column + 1;
    m_diagnostics.append({m_file, line, column, message});
}

QString YamlReader::string(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            error(map, tr("missing \"%1\"").arg(QLatin1String(key)));
        return {};
    }
    if (!node.IsScalar()) {
        error(node, tr("\"%1\" must be a single value").arg(QLatin1String(key)));
        return {};
    }
    return fromStd(node.Scalar());
}

std::optional<double> YamlReader::number(const YAML::Node &map, const char *key)
{
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || node.IsNull())
        return std::nullopt;
    bool ok = false;
    const double value = node.IsScalar() ? fromStd(node.Scalar()).toDouble(&ok) : 0;
    if (!ok) {
        error(node, tr("\"%1\" must be a number").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return value;
}

LocalizedText YamlReader::localized(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            error(map, tr("missing \"%1\" (give it in English and German: {en: …, de: …})").arg(QLatin1String(key)));
        return {};
    }
    if (!node.IsMap()) {
        error(node, tr("\"%1\" must give the text in English and German: {en: …, de: …}").arg(QLatin1String(key)));
        return {};
    }
    checkKeys(node, {"en", "de"});
    LocalizedText text{string(node, "en", false), string(node, "de", false)};
    if (text.en.trimmed().isEmpty())
        error(node, tr("\"%1\" has no English text (en)").arg(QLatin1String(key)));
    if (text.de.trimmed().isEmpty())
        error(node, tr("\"%1\" has no German text (de)").arg(QLatin1String(key)));
    return text;
}

Thresholds YamlReader::thresholds(const YAML::Node &map, const char *key)
{
    Thresholds thresholds;
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || node.IsNull())
        return thresholds;
    if (!node.IsMap()) {
        error(node, tr("\"%1\" must be a mapping with direction, warning and critical").arg(QLatin1String(key)));
        return thresholds;
    }
    checkKeys(node, {"direction", "warning", "critical"});
    const QString direction = string(node, "direction", false);
    if (direction == QLatin1String("lower-is-worse"))
        thresholds.direction = Thresholds::Direction::LowerIsWorse;
    else if (!direction.isEmpty() && direction != QLatin1String("higher-is-worse"))
        error(child(node, "direction"),
              tr("direction must be \"higher-is-worse\" or \"lower-is-worse\", not \"%1\"").arg(direction));
    thresholds.warning = band(node, "warning", thresholds.direction, thresholds.warningIncluded);
    thresholds.critical = band(node, "critical", thresholds.direction, thresholds.criticalIncluded);
    if (thresholds.isEmpty())
        error(node, tr("thresholds need a warning or a critical band"));
    if (!thresholds.isOrdered()) {
        error(node,
              thresholds.direction == Thresholds::Direction::HigherIsWorse
                  ? tr("thresholds out of order: with higher-is-worse, warning must not be above critical")
                  : tr("thresholds out of order: with lower-is-worse, warning must not be below critical"));
    }
    return thresholds;
}

std::optional<double> YamlReader::band(const YAML::Node &map, const char *key, Thresholds::Direction direction,
                                       bool &included)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull() || !node.IsScalar())
        return number(map, key);
    // "1000 – 5000" in a guide is `>= 1000`; a bare number is exceeded strictly.
    QString text = fromStd(node.Scalar()).trimmed();
    const bool higher = direction == Thresholds::Direction::HigherIsWorse;
    const QString strict = higher ? QStringLiteral(">") : QStringLiteral("<");
    const QString wrong = higher ? QStringLiteral("<") : QStringLiteral(">");
    if (text.startsWith(wrong)) {
        error(node,
              higher ? tr("\"%1\" of higher-is-worse thresholds is written > or >=, not <").arg(QLatin1String(key))
                     : tr("\"%1\" of lower-is-worse thresholds is written < or <=, not >").arg(QLatin1String(key)));
        return std::nullopt;
    }
    if (text.startsWith(strict)) {
        text.remove(0, 1);
        included = text.startsWith(QLatin1Char('='));
        if (included)
            text.remove(0, 1);
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok) {
        error(node, tr("\"%1\" must be a number, optionally after >, >=, < or <=").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return value;
}

std::optional<Denominator> YamlReader::denominator(const YAML::Node &map, const QString &source)
{
    const YAML::Node node = map["denominator"];
    if (!node.IsDefined() || node.IsNull())
        return std::nullopt;
    if (!node.IsMap()) {
        error(node, tr("\"denominator\" must be a mapping with query and zero"));
        return std::nullopt;
    }
    checkKeys(node, {"query", "zero"});
    Denominator denominator{string(node, "query", true), localized(node, "zero", true), {}};
    checkQuery(node, "query", source);
    return denominator;
}

YAML::Node YamlReader::sequence(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            error(map, tr("missing \"%1\"").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Sequence);
    }
    if (!node.IsSequence()) {
        error(node, tr("\"%1\" must be a list").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Sequence);
    }
    return node;
}

void YamlReader::checkKeys(const YAML::Node &map, std::initializer_list<const char *> allowed)
{
    if (!map.IsMap())
        return;
    QSet<QString> known;
    for (const char *key : allowed)
        known.insert(QLatin1String(key));
    for (const auto &entry : map) {
        const QString key = fromStd(entry.first.Scalar());
        if (!known.contains(key))
            error(entry.first, tr("unknown key \"%1\"").arg(key));
    }
}

QList<SourceRef> YamlReader::sources(const YAML::Node &root)
{
    const QStringList kinds = SourceKinds::ids();
    QList<SourceRef> sources;
    for (const YAML::Node &node : sequence(root, "sources", false)) {
        checkKeys(node, {"name", "kind"});
        SourceRef source{string(node, "name", true), string(node, "kind", true)};
        if (!source.kind.isEmpty() && !kinds.contains(source.kind))
            error(child(node, "kind"),
                  tr("unknown source kind \"%1\" (one of %2)").arg(source.kind, kinds.join(QStringLiteral(", "))));
        sources.append(source);
    }
    if (sources.isEmpty())
        sources.append({QStringLiteral("prometheus"), QStringLiteral("prometheus")});
    m_sources = sources;
    m_kinds.clear();
    for (const SourceRef &source : sources) {
        if (!m_kinds.contains(source.name)) // the first of a name, as the registry finds it
            m_kinds.insert(source.name, source.kind);
    }
    return sources;
}

Unit YamlReader::unit(const YAML::Node &map)
{
    const QString name = string(map, "unit", false);
    const auto parsed = unitFromName(name);
    if (!parsed) {
        error(child(map, "unit"),
              tr("unknown unit \"%1\" (s, ms, percent, ratio, reqps, bytes, usd, count)").arg(name));
        return Unit::None;
    }
    return *parsed;
}

Reduce YamlReader::reduce(const YAML::Node &map)
{
    static const std::pair<const char *, Reduce> names[]
        = {{"", Reduce::Max},    {"max", Reduce::Max},     {"min", Reduce::Min},    {"sum", Reduce::Sum},
           {"avg", Reduce::Avg}, {"first", Reduce::First}, {"count", Reduce::Count}};
    const QString name = string(map, "reduce", false);
    for (const auto &[text, reduce] : names) {
        if (name == QLatin1String(text))
            return reduce;
    }
    error(child(map, "reduce"), tr("reduce must be max, min, sum, avg, first or count, not \"%1\"").arg(name));
    return Reduce::Max;
}

void YamlReader::checkSourceNames(const YAML::Node &list, const QList<SourceRef> &sources)
{
    if (!list.IsDefined())
        return;
    QSet<QString> known; // a set: many entries times many sources would take long
    for (const SourceRef &source : sources)
        known.insert(source.name);
    const auto checkOne = [&](const YAML::Node &node) {
        const YAML::Node source = child(node, "source");
        if (source.IsDefined() && source.IsScalar() && !known.contains(fromStd(source.Scalar())))
            error(source, tr("no source named \"%1\" in the sources of this file").arg(fromStd(source.Scalar())));
    };
    if (list.IsSequence()) {
        for (const YAML::Node &node : list)
            checkOne(node);
    } else if (list.IsMap()) {
        for (const auto &entry : list)
            checkOne(entry.second);
    }
}

void YamlReader::checkQuery(const YAML::Node &map, const char *key, const QString &source)
{
    // An unknown name is reported by checkSourceNames(), so no check here.
    if (kindOf(source) == QLatin1String("prometheus"))
        checkPromql(map, key);
}

QString YamlReader::kindOf(const QString &source) const
{
    // An unnamed source is the first one, as SourceRegistry resolves it.
    if (source.isEmpty())
        return m_sources.isEmpty() ? QStringLiteral("prometheus") : m_sources.first().kind;
    return m_kinds.value(source);
}

qint64 YamlReader::holdSeconds(const YAML::Node &map, const QString &source)
{
    const QString text = string(map, "for", false);
    if (text.isEmpty())
        return 0;
    const auto seconds = TimeRange::parseDuration(text);
    if (!seconds || *seconds <= 0) {
        error(child(map, "for"), tr("for must be a duration such as 5m, not \"%1\"").arg(text));
        return 0;
    }
    const QString kind = kindOf(source);
    if (!kind.isEmpty() && kind != QLatin1String("prometheus")) {
        error(
            child(map, "for"),
            tr("for reads the query over a span of time, which a %1 source cannot: use a Prometheus source").arg(kind));
        return 0;
    }
    return *seconds;
}

void YamlReader::checkPromql(const YAML::Node &map, const char *key)
{
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || !node.IsScalar())
        return;
    const QString query = fromStd(node.Scalar());
    const auto problem = PromqlSyntax::check(query);
    if (!problem)
        return;
    // Point at the character itself when the query sits on one line.
    YAML::Mark mark = node.Mark();
    if (problem->line == 1) {
        const bool quoted = node.Tag() == "!";
        mark.column += problem->column - 1 + (quoted ? 1 : 0);
    } else {
        mark.line += problem->line; // block scalars start on the line after the indicator
        mark.column = problem->column - 1;
    }
    error(mark, tr("malformed query: %1").arg(problem->message));
}

void YamlReader::measure(const YAML::Node &map, MeasureSpec &spec)
{
    spec.title = localized(map, "title", true);
    spec.source = string(map, "source", false);
    spec.query = string(map, "query", true);
    checkQuery(map, "query", spec.source);
    spec.unit = unit(map);
    spec.reduce = reduce(map);
    spec.thresholds = thresholds(map, "thresholds");
    spec.denominator = denominator(map, spec.source);
    spec.holdSeconds = holdSeconds(map, spec.source);
}

} // namespace lotse
