#pragma once

// Tests that use the OS keychain never touch the user's own keyring: outside a
// throw-away keyring session (tests/servers/keyring-session.sh: gnome-keyring-
// daemon on a private D-Bus session bus, private HOME) the test runs itself
// again through that script.
#include <QByteArray>

#include <cstdio>
#include <unistd.h>
#include <vector>

namespace lotse::test {

/// Returns when already inside a keyring session; otherwise replaces the
/// process with the wrapper running it, or returns false when that fails.
inline bool insideKeyringSession(int argc, char **argv)
{
    if (qgetenv("LOTSE_KEYRING_SESSION") == "1")
        return true;
    static const QByteArray wrapper = LOTSE_SOURCE_DIR "/tests/servers/keyring-session.sh";
    std::vector<char *> arguments{const_cast<char *>(wrapper.constData())};
    arguments.insert(arguments.end(), argv, argv + argc);
    arguments.push_back(nullptr);
    execv(wrapper.constData(), arguments.data());
    perror("cannot run tests/servers/keyring-session.sh");
    return false;
}

} // namespace lotse::test
