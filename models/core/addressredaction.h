#pragma once

#include <QString>

namespace lotse {

/// Keeps passwords out of what Lotse shows: addresses (URLs and DSNs) are shown
/// without their password, even when they are malformed, so no message that
/// quotes one can echo a secret.
class AddressRedaction final
{
public:
    /// @p text without the password of any URL's user info ("user:pw@" becomes
    /// "user@") and with every password=… value (query parameter or DSN key)
    /// replaced by "…"; the rest is left as written.
    static QString redact(const QString &text);
    /// Whether @p address holds a password: in its user info or as a password key.
    static bool carriesPassword(const QString &address);
};

} // namespace lotse
