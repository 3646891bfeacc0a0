#pragma once

#include "grafana/grafanareport.h"

#include <QCoreApplication>
#include <QStringList>

namespace lotse {

/// An import report in words, for `lotse import grafana` and the window's
/// report dialog alike.
class GrafanaReportText final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::GrafanaReportText)

public:
    /// "12 panels: 9 translated, 3 placeholders, 0 dropped".
    static QString summary(const GrafanaReport &report);
    /// One line a panel ("translated: Title", "placeholder: Title: reason"),
    /// then the notes, each in @p language.
    static QStringList lines(const GrafanaReport &report, const QString &language);
    /// The placeholders only, "Title: reason".
    static QStringList placeholders(const GrafanaReport &report, const QString &language);
};

} // namespace lotse
