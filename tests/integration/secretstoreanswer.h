#pragma once

// Waiting for SecretStore's one answer to an operation, for the keychain tests.
#include "secretstore.h"

#include <QSignalSpy>

namespace lotse::test {

/// How long a keychain may take to answer (it may start on demand).
constexpr int kKeychainAnswerMs = 30000;

/// Starts one operation and waits for its Result (a Failed one naming the
/// timeout when none arrives).
template<typename Start> SecretStore::Result awaitAnswer(SecretStore &store, Start start)
{
    QSignalSpy spy(&store, &SecretStore::finished);
    start();
    if (spy.isEmpty() && !spy.wait(kKeychainAnswerMs))
        return {SecretStore::Operation::Read,
                {},
                SecretStore::Outcome::Failed,
                {},
                QStringLiteral("no answer within 30 s")};
    return spy.takeFirst().at(0).value<SecretStore::Result>();
}

} // namespace lotse::test
