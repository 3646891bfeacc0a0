#pragma once

#include "core/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace lotse {

class Source;

/// The Connections dialog's Test: asks one source for its server's version
/// (Prometheus buildinfo, SELECT version(), INFO server) and times the round
/// trip, or says exactly why it could not.
class ConnectionProbe final : public QObject
{
    Q_OBJECT

public:
    /// Asks @p source; finished() follows once, later.
    explicit ConnectionProbe(std::unique_ptr<Source> source, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start();

    bool isOk() const { return !m_error.has_value() && m_finished; }
    QString version() const { return m_version; }
    qint64 roundTripMs() const { return m_roundTripMs; }
    /// What makes reading the source less safe, as it said on connecting (Source::cautions()).
    QStringList cautions() const;
    /// Why it failed, once finished() came and isOk() is false.
    const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    std::unique_ptr<Source> m_source;
    QElapsedTimer m_clock;
    QString m_version;
    qint64 m_roundTripMs = 0;
    std::optional<Error> m_error;
    bool m_finished = false;
};

} // namespace lotse
