#pragma once

#include "core/diagnostic.h"

namespace lotse::test {

/// The problem a loader reported whose message mentions @p needle, or its
/// first problem (whose message then shows in the failure), or nothing.
template<typename Loaded> Diagnostic problemAbout(const Loaded &loaded, const QString &needle)
{
    if (loaded)
        return {};
    for (const Diagnostic &problem : loaded.error()) {
        if (problem.message.contains(needle))
            return problem;
    }
    return loaded.error().first();
}

} // namespace lotse::test
