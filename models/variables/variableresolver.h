#pragma once

#include "core/timerange.h"
#include "variables/variablespec.h"
#include "variables/variablevalues.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace lotse {

class PrometheusSource;
class Source;
class SourceRegistry;

/// Reads the values a definition's variables may take from their sources,
/// within a time window, one variable after the other in the order they are
/// declared, so that one that depends on another (`label_values(up{job="$job"},
/// instance)`) is read with the other's value. Every read is a query through
/// the variable's source, bounded and asynchronous like any other;
/// `label_values` asks Prometheus' label values API, which answers from its
/// index rather than from every sample of the window. A value
/// chosen already stays; one without takes its default or the first offered.
class VariableResolver final : public QObject
{
    Q_OBJECT

public:
    explicit VariableResolver(QObject *parent = nullptr);

    /// Starts reading @p specs through @p sources over @p window; @p chosen
    /// are the values so far. A resolve still running is dropped.
    void resolve(const QList<VariableSpec> &specs, const VariableValues &chosen, SourceRegistry *sources,
                 const TimeWindow &window);

    /// Drops a resolve under way (its replies are aborted); finished() does not come.
    void cancel();
    bool isBusy() const { return m_next >= 0; }
    /// The values each variable offers (fixed ones as declared), by name.
    QStringList options(const QString &name) const { return m_options.value(name); }
    /// The chosen values, each one of its variable's options.
    const VariableValues &values() const { return m_values; }
    /// Why a variable could not be read, by name.
    QString problem(const QString &name) const { return m_problems.value(name); }

    /// The PromQL that reads the values of @p spec (its selector already bound).
    static QString queryFor(const VariableSpec &spec, const QString &selector, double seconds);

Q_SIGNALS:
    void finished();

private:
    void step();
    void readQuery(Source &source, const VariableSpec &spec, const QString &selector);
    void readLabelValues(PrometheusSource &source, const VariableSpec &spec, const QString &selector);
    /// Settles @p spec with @p options and reads the next variable.
    void advance(const VariableSpec &spec, const QStringList &options);
    void settle(const VariableSpec &spec, QStringList options);

    QList<VariableSpec> m_specs;
    VariableValues m_values;
    QHash<QString, QStringList> m_options;
    QHash<QString, QString> m_problems;
    SourceRegistry *m_sources = nullptr;
    TimeWindow m_window;
    qsizetype m_next = -1;      ///< the variable being read; -1 when idle
    QObject *m_round = nullptr; ///< the context of this round's replies
};

} // namespace lotse
