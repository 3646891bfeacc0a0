#pragma once

#include <QString>

namespace lotse {

/// One field of the Connections dialog's form as a source kind lists it:
/// plain data, so that models/ can describe the form without linking widgets.
/// Every connection has a name and a kind; these are the fields after them.
struct ConnectionField
{
    enum class Id {
        Address, ///< the URL or DSN
        Auth,    ///< a choice of none, Basic or Bearer token; the user and the secret follow it
        User,
        Secret,  ///< the password or token, and the environment variable that may hold it
        Headers, ///< extra HTTP headers
        Timeout,
        Tls ///< CA file, client certificate and key, the pinned certificate
    };

    Id id;
    QString example = {}; ///< shown in the empty field, e.g. "redis://host:6379/0"
};

} // namespace lotse
