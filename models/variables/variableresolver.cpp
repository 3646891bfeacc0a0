#include "variables/variableresolver.h"

#include "core/queryreply.h"
#include "sources/prometheus/prometheuslabelvalues.h"
#include "sources/prometheus/prometheussource.h"
#include "sources/source.h"
#include "sources/sourceregistry.h"
#include "variables/promqlsubstitution.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace lotse {

VariableResolver::VariableResolver(QObject *parent)
    : QObject(parent)
{
}

void VariableResolver::resolve(const QList<VariableSpec> &specs, const VariableValues &chosen, SourceRegistry *sources,
                               const TimeWindow &window)
{
    delete m_round; // its replies are aborted with it
    m_round = new QObject(this);
    m_specs = specs;
    m_values = chosen;
    m_options.clear();
    m_problems.clear();
    m_sources = sources;
    m_window = window;
    m_next = 0;
    step();
}

void VariableResolver::cancel()
{
    delete m_round; // its replies are aborted with it
    m_round = nullptr;
    m_next = -1;
}

QString VariableResolver::queryFor(const VariableSpec &spec, const QString &selector, double seconds)
{
    if (spec.kind == VariableSpec::Kind::Query)
        return selector;
    // Every series seen in the window, not only those alive at its end.
    const QString range = QStringLiteral("[%1s]").arg(qint64(std::ceil(std::max(seconds, 1.0))));
    const QString series = selector.isEmpty() ? QStringLiteral("{%1!=\"\"}").arg(spec.label) : selector;
    return QStringLiteral("group by (%1) (last_over_time(%2%3))").arg(spec.label, series, range);
}

void VariableResolver::step()
{
    while (m_next < m_specs.size() && !m_specs.at(m_next).isRead()) {
        const VariableSpec &spec = m_specs.at(m_next++);
        settle(spec, spec.options);
    }
    if (m_next >= m_specs.size()) {
        m_next = -1;
        Q_EMIT finished();
        return;
    }
    const VariableSpec &spec = m_specs.at(m_next);
    Source *source = m_sources ? m_sources->find(spec.source) : nullptr;
    const auto selector = PromqlSubstitution::apply(spec.metric, m_values.withDefaults(m_specs));
    if (!source || source->kind() != QLatin1String("prometheus") || !selector) {
        m_problems.insert(spec.name,
                          selector ? tr("No Prometheus source to read $%1 from.").arg(spec.name) : selector.error());
        advance(spec, {});
        return;
    }
    // label_values is what the label API answers from the index; any other query is a query.
    if (auto *prometheus = qobject_cast<PrometheusSource *>(source);
        prometheus && spec.kind == VariableSpec::Kind::LabelValues)
        readLabelValues(*prometheus, spec, *selector);
    else
        readQuery(*source, spec, *selector);
}

void VariableResolver::readQuery(Source &source, const VariableSpec &spec, const QString &selector)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(m_window.to * 1000), Qt::UTC);
    QueryReply *reply = source.instant(queryFor(spec, selector, m_window.length()), at);
    reply->onFinished(m_round, [this, spec](QueryReply::Result result) {
        QStringList options;
        if (!result) {
            m_problems.insert(spec.name, result.error().message);
        } else {
            for (const Series &series : result->series) {
                const QString value = series.labels.value(spec.label);
                if (!value.isEmpty() && !options.contains(value))
                    options.append(value);
            }
            options.sort();
        }
        advance(spec, options);
    });
}

void VariableResolver::readLabelValues(PrometheusSource &source, const VariableSpec &spec, const QString &selector)
{
    const auto path = PrometheusLabelValues::path(spec.label, selector, m_window.from, m_window.to);
    if (!path) {
        m_problems.insert(spec.name, path.error().message);
        advance(spec, {});
        return;
    }
    // Qt 6.4 runs a continuation even when its context is gone: the round is checked by hand.
    const QPointer<QObject> round = m_round;
    source.fetch(*path)->onFinished(m_round, [this, round, spec](QueryReply::Result result) {
        if (!result) {
            m_problems.insert(spec.name, result.error().message);
            advance(spec, {});
            return;
        }
        QtConcurrent::run([body = result->text.toUtf8()] {
            return PrometheusLabelValues::parse(body);
        }).then(m_round, [this, round, spec](std::expected<QStringList, Error> values) {
            if (!round || round != m_round)
                return;
            if (!values)
                m_problems.insert(spec.name, values.error().message);
            advance(spec, values.value_or(QStringList{}));
        });
    });
}

void VariableResolver::advance(const VariableSpec &spec, const QStringList &options)
{
    ++m_next;
    settle(spec, options);
    step();
}

void VariableResolver::settle(const VariableSpec &spec, QStringList options)
{
    if (spec.includeAll)
        options.prepend(VariableValues::allValue());
    m_options.insert(spec.name, options);
    // A value chosen already stays, offered or not: the user may know a system the window does not show.
    if (m_values.contains(spec.name))
        return;
    if (!spec.defaults.isEmpty())
        m_values.set(spec.name, spec.defaults);
    else if (!options.isEmpty())
        m_values.set(spec.name, {options.first()});
}

} // namespace lotse
