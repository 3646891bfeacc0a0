#pragma once

#include "dashboard/dashboard.h"
#include "core/error.h"
#include "core/series.h"
#include "core/thresholds.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <cmath>
#include <optional>

namespace lotse {

/// What a KPI card shows at one moment.
struct KpiValue
{
    double value = std::nan("");
    State state = State::Unknown;
    std::optional<Error> error;      ///< set when the value could not be read
    LocalizedText reason;            ///< why there was nothing to judge (State::NotApplicable)
    QStringList warnings;            ///< remarks the source attached to the answer
    Series sparkline;                ///< the visible range, thinned to the card's width
    QDateTime readAt;                ///< when the value was last read successfully
    double lastValue = std::nan(""); ///< that reading, kept while reads fail
    bool stale = false;              ///< no successful read for two refresh intervals
};

/// The KPI cards of one dashboard as an item model: one row per KPI, roles for
/// each part, and the narrowest dataChanged on every update.
class KpiModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,     ///< in the model's language
        ValueRole,     ///< double, NaN when unknown
        TextRole,      ///< the value formatted with its unit
        UnitRole,      ///< unit name
        StateRole,     ///< lotse::State
        ErrorRole,     ///< the error message, empty when none
        StaleRole,     ///< bool
        ReadAtRole,    ///< QDateTime of the last successful read
        RunbookRole,   ///< linked runbook id
        NodeRole,      ///< linked runbook node
        SparklineRole, ///< number of sparkline points; the series itself via value()
        ReasonRole,    ///< why there was nothing to judge, empty unless the state is n/a
        LastTextRole,  ///< the last value read, formatted; empty when there was none
    };

    explicit KpiModel(QList<KpiSpec> specs, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const KpiSpec &spec(int row) const { return m_specs.at(row); }
    const KpiValue &value(int row) const { return m_values.at(row); }
    int rowOf(const QString &id) const;

    /// Sets the language of titles and the locale of formatted values.
    void setLanguage(const QString &language);

    /// A NaN @p value is no reading: the KPI is unknown, with a NoData error saying why.
    void setReading(int row, double value, QStringList warnings, const QDateTime &readAt);
    void setFailure(int row, const Error &error);
    /// The source answered and there was nothing to judge, for @p reason.
    void setNotApplicable(int row, const LocalizedText &reason, QStringList warnings, const QDateTime &readAt);
    void setSparkline(int row, Series sparkline);
    void setStale(int row, bool stale);

private:
    void changed(int row, QList<int> roles);

    QList<KpiSpec> m_specs;
    QList<KpiValue> m_values;
    QString m_language = QStringLiteral("en");
};

} // namespace lotse
