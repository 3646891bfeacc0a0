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
/// panels above every Grafana row stand at the top level; a row's panels in
/// its section, folded when the row was collapsed.
class GrafanaYaml final
{
public:
    static QByteArray write(const ImportedDashboard &dashboard);

private:
    explicit GrafanaYaml(const ImportedDashboard &dashboard);

    QByteArray header() const;
    QByteArray variables() const;
    /// The cards or charts of section @p row (-1: the top level), the key @p indent spaces in.
    QByteArray list(ImportedPanel::Kind kind, const char *key, int row, int indent);
    QByteArray sections();
    void variable(YAML::Emitter &out, const VariableSpec &spec) const;
    void kpi(YAML::Emitter &out, const ImportedPanel &panel);
    void chart(YAML::Emitter &out, const ImportedPanel &panel);
    void placeholder(YAML::Emitter &out, const ImportedPanel &panel);
    void common(YAML::Emitter &out, const ImportedPanel &panel);
    /// An id from @p title that is not in @p ids yet, then added to them.
    static QString uniqueId(const QString &title, QSet<QString> &ids);

    const ImportedDashboard &m_dashboard;
    QSet<QString> m_ids;
};

} // namespace lotse
