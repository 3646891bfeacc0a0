#pragma once

#include <QtGlobal>

namespace lotse {

/// How much a YAML file a user wrote (dashboard, runbook, connections) may
/// hold. Definitions are written by hand and the built-in ones are a few
/// dozen KiB, so these leave ample room; what passes them is refused with a
/// message naming the bound, before it can take memory or time without end.
struct YamlLimits
{
    qint64 maxBytes = 4 * 1024 * 1024; ///< the file's size
    /// Nodes of the document with every alias expanded each time it is used,
    /// so that a "billion laughs" of nested aliases is refused while parsing.
    qint64 maxNodes = 200'000;
    int maxDepth = 64;          ///< nesting of sequences and mappings, aliases expanded
    int maxRunbookNodes = 1000; ///< entries under a runbook's `nodes:`
};

} // namespace lotse
