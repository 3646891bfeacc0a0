#pragma once

class QLabel;

namespace lotse {

/// A label of plain text that wraps: runbook and user text is never rich
/// text, and long titles and values break lines rather than widen a page.
QLabel *wrappingLabel();

} // namespace lotse
