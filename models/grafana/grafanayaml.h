#pragma once

#include "grafana/importeddashboard.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace YAML {
class Emitter;
}

namespace lotse {

/// Writes an imported dashboard as Lotse's dashboard YAML (docs/dashboards.md).
/// yaml-cpp quotes every text, so no title or query can break the file. The
/// panels of a Grafana row follow one another under a `# Row: TITLE` comment.
class GrafanaYaml final
{
public:
    static QByteArray write(const ImportedDashboard &dashboard);

private:
    explicit GrafanaYaml(const ImportedDashboard &dashboard);

    QByteArray header() const;
    QByteArray variables() const;
    QByteArray list(ImportedPanel::Kind kind, const char *key);
    void variable(YAML::Emitter &out, const VariableSpec &spec) const;
    void kpi(YAML::Emitter &out, const ImportedPanel &panel);
    void chart(YAML::Emitter &out, const ImportedPanel &panel);
    void placeholder(YAML::Emitter &out, const ImportedPanel &panel);
    void common(YAML::Emitter &out, const ImportedPanel &panel);
    QString uniqueId(const QString &title);

    const ImportedDashboard &m_dashboard;
    QSet<QString> m_ids;
};

} // namespace lotse
