#pragma once

#include "sources/prometheus/prometheussettings.h"
#include "sources/http/tlssettings.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace lotse {

/// One named source as the user configures it (Connections dialog, or a
/// connections file): where it is, how to log in, how TLS is checked. It
/// holds no secret: a password or token lives in the OS keychain under the
/// connection's name, or in the environment variable secretEnv names.
struct Connection
{
    QString name;                                ///< what dashboards and runbooks call the source
    QString kind = QStringLiteral("prometheus"); ///< the id of its SourceKind: "prometheus", "postgres", …
    QString address; ///< URL (Prometheus, Redis, ClickHouse) or DSN (PostgreSQL), without a password
    PrometheusSettings::Auth auth
        = PrometheusSettings::Auth::None; ///< Prometheus only; databases use a password when user/secret are set
    QString user;
    bool usesSecret = false;                ///< a password or token is needed (kept in the keychain or secretEnv)
    QString secretEnv;                      ///< environment variable that holds the secret, for headless use
    QList<QPair<QString, QString>> headers; ///< extra HTTP headers (Prometheus), e.g. X-Scope-OrgID
    TlsSettings tls;
    int timeoutMs = 0; ///< 0: the kind's default
    int maxBodyMb = 0; ///< cap on an HTTP answer's (decompressed) size in MiB; 0: 256
    std::optional<bool> compress; ///< HTTP answers may come packed; unset: except on loopback

    bool operator==(const Connection &) const = default;

    /// The secret in the environment variable secretEnv names, when it is set.
    std::optional<QString> environmentSecret() const;

    /// "none", "basic", "bearer".
    static QString authId(PrometheusSettings::Auth auth);
    static std::optional<PrometheusSettings::Auth> authFrom(const QString &id);
};

} // namespace lotse
