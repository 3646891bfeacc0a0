#include "dashboard/kpimodel.h"

#include "core/unit.h"

#include <cmath>

namespace lotse {

KpiModel::KpiModel(QList<KpiSpec> specs, QObject *parent)
    : QAbstractListModel(parent)
    , m_specs(std::move(specs))
    , m_values(m_specs.size())
{
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_specs.size());
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiSpec &spec = m_specs.at(index.row());
    const KpiValue &value = m_values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return spec.title.text(m_language);
    case IdRole: return spec.id;
    case ValueRole: return value.value;
    case TextRole:
        if (value.state == State::NotApplicable)
            return tr("n/a");
        return UnitFormatter(QLocale(m_language)).format(value.value, spec.unit);
    case UnitRole: return unitName(spec.unit);
    case StateRole: return QVariant::fromValue(value.state);
    case Qt::ToolTipRole:
        if (value.state == State::NotApplicable)
            return value.reason.text(m_language);
        return value.error ? value.error->message : QString();
    case ErrorRole: return value.error ? value.error->message : QString();
    case ReasonRole: return value.reason.text(m_language);
    case StaleRole: return value.stale;
    case ReadAtRole: return value.readAt;
    case LastTextRole:
        return std::isfinite(value.lastValue) ? UnitFormatter(QLocale(m_language)).format(value.lastValue, spec.unit)
                                              : QString();
    case RunbookRole: return spec.runbook;
    case NodeRole: return spec.node;
    case SparklineRole: return value.sparkline.size();
    default: return {};
    }
}

QHash<int, QByteArray> KpiModel::roleNames() const
{
    return {{IdRole, "id"},         {TitleRole, "title"},      {ValueRole, "value"}, {TextRole, "text"},
            {UnitRole, "unit"},     {StateRole, "state"},      {ErrorRole, "error"}, {StaleRole, "stale"},
            {ReadAtRole, "readAt"}, {RunbookRole, "runbook"},  {NodeRole, "node"},   {SparklineRole, "sparkline"},
            {ReasonRole, "reason"}, {LastTextRole, "lastText"}};
}

int KpiModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_specs.size(); ++row) {
        if (m_specs.at(row).id == id)
            return row;
    }
    return -1;
}

void KpiModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_specs.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_specs.size()) - 1), {Qt::DisplayRole, TitleRole, TextRole});
}

void KpiModel::setReading(int row, double value, QStringList warnings, const QDateTime &readAt)
{
    if (std::isnan(value)) {
        // Prometheus answers NaN for 0/0: a ratio over no samples is no reading, so no state can be judged.
        m_values[row].warnings = std::move(warnings);
        setFailure(row, Error{Error::Kind::NoData, tr("The query returned NaN: no samples for this ratio.")});
        return;
    }
    KpiValue &kpi = m_values[row];
    kpi.value = value;
    kpi.state = m_specs.at(row).thresholds.classify(value);
    kpi.error.reset();
    kpi.reason = {};
    kpi.warnings = std::move(warnings);
    kpi.readAt = readAt;
    kpi.lastValue = value;
    kpi.stale = false;
    changed(
        row,
        {ValueRole, TextRole, StateRole, ErrorRole, Qt::ToolTipRole, StaleRole, ReadAtRole, ReasonRole, LastTextRole});
}

void KpiModel::setFailure(int row, const Error &error)
{
    KpiValue &kpi = m_values[row];
    kpi.value = std::nan("");
    kpi.state = State::Unknown;
    kpi.error = error;
    kpi.reason = {};
    changed(row, {ValueRole, TextRole, StateRole, ErrorRole, Qt::ToolTipRole, ReasonRole});
}

void KpiModel::setNotApplicable(int row, const LocalizedText &reason, QStringList warnings, const QDateTime &readAt)
{
    KpiValue &kpi = m_values[row];
    kpi.value = std::nan("");
    kpi.state = State::NotApplicable;
    kpi.lastValue = std::nan("");
    kpi.error.reset();
    kpi.reason = reason;
    kpi.warnings = std::move(warnings);
    kpi.readAt = readAt;
    kpi.stale = false;
    changed(row, {ValueRole, TextRole, StateRole, ErrorRole, Qt::ToolTipRole, StaleRole, ReadAtRole, ReasonRole});
}

void KpiModel::setSparkline(int row, Series sparkline)
{
    m_values[row].sparkline = std::move(sparkline);
    changed(row, {SparklineRole});
}

void KpiModel::setStale(int row, bool stale)
{
    if (m_values.at(row).stale == stale)
        return;
    m_values[row].stale = stale;
    changed(row, {StaleRole});
}

void KpiModel::changed(int row, QList<int> roles)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, roles);
}

} // namespace lotse
