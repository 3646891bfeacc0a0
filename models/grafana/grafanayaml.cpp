#include "grafana/grafanayaml.h"

#include "grafana/grafanatexts.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace lotse {

namespace {

std::string std8(const QString &text)
{
    return text.toStdString();
}

void localized(YAML::Emitter &out, const char *key, const QString &en, const QString &de)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "en" << YAML::Value
        << std8(en) << YAML::Key << "de" << YAML::Value << std8(de) << YAML::EndMap;
}

void values(YAML::Emitter &out, const char *key, const QStringList &items)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &item : items)
        out << std8(item);
    out << YAML::EndSeq;
}

QString band(double value, bool included, bool higher)
{
    const QString number = QString::number(value, 'g', 15);
    if (!included)
        return number;
    return (higher ? QLatin1String(">= ") : QLatin1String("<= ")) + number;
}

void thresholds(YAML::Emitter &out, const Thresholds &bands)
{
    if (bands.isEmpty())
        return;
    const bool higher = bands.direction == Thresholds::Direction::HigherIsWorse;
    out << YAML::Key << "thresholds" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "direction"
        << YAML::Value << (higher ? "higher-is-worse" : "lower-is-worse");
    if (bands.warning)
        out << YAML::Key << "warning" << YAML::Value << std8(band(*bands.warning, bands.warningIncluded, higher));
    if (bands.critical)
        out << YAML::Key << "critical" << YAML::Value << std8(band(*bands.critical, bands.criticalIncluded, higher));
    out << YAML::EndMap;
}

/// One emitted mapping as an entry of a block list, @p indent spaces in.
QByteArray entry(const YAML::Emitter &out, int indent = 2)
{
    QByteArray text;
    const QList<QByteArray> lines = QByteArray(out.c_str()).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += QByteArray(indent, ' ') + (i == 0 ? "- " : "  ") + lines.at(i) + '\n';
    return text;
}

} // namespace

GrafanaYaml::GrafanaYaml(const ImportedDashboard &dashboard)
    : m_dashboard(dashboard)
{
}

QByteArray GrafanaYaml::write(const ImportedDashboard &dashboard)
{
    GrafanaYaml writer(dashboard);
    return writer.header() + writer.variables() + writer.list(ImportedPanel::Kind::Kpi, "kpis", -1, 0)
        + writer.list(ImportedPanel::Kind::Chart, "charts", -1, 0) + writer.sections();
}

QByteArray GrafanaYaml::header() const
{
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << std8(m_dashboard.id);
    localized(out, "title", m_dashboard.title, m_dashboard.title);
    out << YAML::Key << "range" << YAML::Value << std8(m_dashboard.range) << YAML::Key << "refresh" << YAML::Value
        << std8(m_dashboard.refresh) << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const QString &source : m_dashboard.sources)
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << std8(source) << YAML::Key << "kind"
            << YAML::Value << "prometheus" << YAML::EndMap;
    out << YAML::EndSeq << YAML::EndMap;
    return "# Imported from a Grafana dashboard by `lotse import grafana` (docs/grafana.md).\n"
        + QByteArray(out.c_str()) + '\n';
}

QByteArray GrafanaYaml::variables() const
{
    if (m_dashboard.variables.isEmpty())
        return {};
    QByteArray text = "variables:\n";
    for (const VariableSpec &spec : m_dashboard.variables) {
        YAML::Emitter out;
        variable(out, spec);
        text += entry(out);
    }
    return text;
}

void GrafanaYaml::variable(YAML::Emitter &out, const VariableSpec &spec) const
{
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << std8(spec.name);
    switch (spec.kind) {
    case VariableSpec::Kind::LabelValues:
        out << YAML::Key << "query" << YAML::Value
            << std8(QStringLiteral("label_values(%1)")
                        .arg(spec.metric.isEmpty() ? spec.label : spec.metric + QLatin1String(", ") + spec.label));
        break;
    case VariableSpec::Kind::Query:
        out << YAML::Key << "query" << YAML::Value << std8(spec.metric) << YAML::Key << "label" << YAML::Value
            << std8(spec.label);
        break;
    case VariableSpec::Kind::Custom: values(out, "custom", spec.options); break;
    case VariableSpec::Kind::Constant:
        out << YAML::Key << "constant" << YAML::Value << std8(spec.options.value(0));
        break;
    case VariableSpec::Kind::Interval: values(out, "interval", spec.options); break;
    }
    if (!spec.defaults.isEmpty())
        values(out, "default", spec.defaults);
    if (spec.multi)
        out << YAML::Key << "multi" << YAML::Value << true;
    if (spec.includeAll)
        out << YAML::Key << "include_all" << YAML::Value << true;
    out << YAML::EndMap;
}

QByteArray GrafanaYaml::sections()
{
    QByteArray text;
    QSet<QString> ids;
    for (int row = 0; row < m_dashboard.sections.size(); ++row) {
        const QByteArray cards = list(ImportedPanel::Kind::Kpi, "kpis", row, 4);
        const QByteArray charts = list(ImportedPanel::Kind::Chart, "charts", row, 4);
        // A row whose panels all went elsewhere (or had none) is no section.
        if (cards.isEmpty() && charts.isEmpty())
            continue;
        const ImportedSection &section = m_dashboard.sections.at(row);
        YAML::Emitter out;
        out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << std8(uniqueId(section.title.en, ids));
        localized(out, "title", section.title.en, section.title.de);
        if (section.collapsed)
            out << YAML::Key << "collapsed" << YAML::Value << true;
        out << YAML::EndMap;
        text += entry(out) + cards + charts;
    }
    return text.isEmpty() ? text : "sections:\n" + text;
}

QByteArray GrafanaYaml::list(ImportedPanel::Kind kind, const char *key, int row, int indent)
{
    QByteArray text;
    for (const ImportedPanel &panel : m_dashboard.panels) {
        const bool card = panel.kind == ImportedPanel::Kind::Kpi || panel.kind == ImportedPanel::Kind::Placeholder;
        if (card != (kind == ImportedPanel::Kind::Kpi) || panel.row != row)
            continue;
        YAML::Emitter out;
        if (panel.kind == ImportedPanel::Kind::Chart)
            chart(out, panel);
        else if (panel.kind == ImportedPanel::Kind::Kpi)
            kpi(out, panel);
        else
            placeholder(out, panel);
        text += entry(out, indent + 2);
    }
    return text.isEmpty() ? text : QByteArray(indent, ' ') + key + QByteArray(":\n") + text;
}

void GrafanaYaml::common(YAML::Emitter &out, const ImportedPanel &panel)
{
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << std8(uniqueId(panel.title, m_ids));
    localized(out, "title", panel.title, panel.title);
    if (!panel.source.isEmpty())
        out << YAML::Key << "source" << YAML::Value << std8(panel.source);
    if (panel.unit != Unit::None)
        out << YAML::Key << "unit" << YAML::Value << std8(unitName(panel.unit));
}

void GrafanaYaml::kpi(YAML::Emitter &out, const ImportedPanel &panel)
{
    common(out, panel);
    out << YAML::Key << "query" << YAML::Value << std8(panel.queries.value(0).query);
    if (!panel.reduce.isEmpty())
        out << YAML::Key << "reduce" << YAML::Value << std8(panel.reduce);
    thresholds(out, panel.thresholds);
    out << YAML::EndMap;
}

void GrafanaYaml::chart(YAML::Emitter &out, const ImportedPanel &panel)
{
    common(out, panel);
    out << YAML::Key << "queries" << YAML::Value << YAML::BeginSeq;
    for (const ImportedQuery &query : panel.queries) {
        out << YAML::BeginMap << YAML::Key << "query" << YAML::Value << std8(query.query);
        if (!query.legend.isEmpty())
            out << YAML::Key << "legend" << YAML::Value << std8(query.legend);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    thresholds(out, panel.thresholds);
    out << YAML::EndMap;
}

void GrafanaYaml::placeholder(YAML::Emitter &out, const ImportedPanel &panel)
{
    // A card whose measure is NaN over a zero denominator shows "n/a" and the
    // reason: visible, neither good nor bad, and never an error.
    const LocalizedText title = GrafanaTexts::text(GrafanaTexts::Id::NotImportedTitle, panel.title);
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << std8(uniqueId(panel.title, m_ids));
    localized(out, "title", title.en, title.de);
    out << YAML::Key << "query" << YAML::Value << "vector(NaN)" << YAML::Key << "denominator" << YAML::Value
        << YAML::BeginMap << YAML::Key << "query" << YAML::Value << "vector(0)";
    localized(out, "zero", panel.reason.en, panel.reason.de);
    out << YAML::EndMap << YAML::EndMap;
}

QString GrafanaYaml::uniqueId(const QString &title, QSet<QString> &ids)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString base = title.toLower().replace(other, QStringLiteral("_")).left(48);
    while (base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("panel");
    QString id = base;
    for (int n = 2; ids.contains(id); ++n)
        id = base + QLatin1Char('_') + QString::number(n);
    ids.insert(id);
    return id;
}

} // namespace lotse
