#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <expected>

namespace lotse {

/// Reads a Grafana dashboard's JSON within bounds: a downloaded file may be
/// huge, nested without end or not a dashboard at all, and each of these is
/// refused with a named error before it can cost memory or time.
class GrafanaJson final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::GrafanaJson)

public:
    static constexpr qsizetype maxBytes = 8 * 1024 * 1024;
    static constexpr int maxDepth = 48;

    /// The file's bytes, at most maxBytes of them.
    static std::expected<QByteArray, Error> readFile(const QString &path);
    /// The dashboard object: the document itself, or its "dashboard" member as
    /// Grafana's HTTP API exports it.
    static std::expected<QJsonObject, Error> parse(const QByteArray &text);
    /// "not a Grafana dashboard: no panels or rows", also for rows without panels.
    static Error notADashboard();

private:
    static bool tooDeep(const QByteArray &text);
};

} // namespace lotse
