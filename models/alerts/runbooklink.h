#pragma once

#include <QString>
#include <QUrl>

namespace lotse {

/// Where an alert's runbook_url leads: a node of a Lotse runbook
/// ("lotse:runbook/kato#high_latency", "lotse:runbook/kato", or a bare
/// runbook id), a web page, or nowhere Lotse would go.
struct RunbookLink
{
    enum class Kind {
        None,     ///< empty, malformed, or a scheme Lotse does not open (file:, javascript:, …)
        Runbook,  ///< a Lotse runbook, at its start or at a node
        External, ///< an http(s) page, for the browser
    };

    Kind kind = Kind::None;
    QString runbook; ///< the runbook id, for Kind::Runbook
    QString node;    ///< the node id, or empty for the runbook's start
    QUrl url;        ///< the page, for Kind::External

    /// Reads @p text; anything it cannot trust is Kind::None, never an error.
    static RunbookLink parse(const QString &text);
    /// The link as Lotse writes it: "lotse:runbook/ID#NODE", the URL, or empty.
    QString toString() const;
    /// "runbook", "external" or "none", for JSON.
    QString kindId() const;
};

} // namespace lotse
