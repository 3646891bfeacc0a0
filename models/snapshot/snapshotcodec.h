#pragma once

#include "core/error.h"
#include "core/queryresult.h"
#include "core/series.h"
#include "core/thresholds.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace lotse {

/// How a snapshot file writes values in its SQLite columns, and reads them
/// back unchanged: doubles as 17-digit text (NaN and infinities by name,
/// where a REAL column would turn NaN into NULL), series as little-endian
/// IEEE-754 binary64 BLOBs, labels and lists as JSON, kinds by their ids.
class SnapshotCodec final
{
public:
    static QString exactText(double value);
    static double fromExactText(const QString &text);
    /// UTC, ISO 8601 with milliseconds; empty for an invalid time.
    static QString timeText(const QDateTime &at);
    static QDateTime fromTimeText(const QString &text);
    static QByteArray packed(const std::vector<double> &values);
    static std::vector<double> unpacked(const QByteArray &bytes);
    static QString labelsJson(const Labels &labels);
    static Labels labelsFrom(const QString &text);
    static QString stringsJson(const QStringList &strings);
    static QStringList stringsFrom(const QString &text);
    /// A database answer's rows; values travel as JSON does (numbers, text, null).
    static QString tableJson(const Table &table);
    static Table tableFrom(const QString &text);
    static QString resultTypeId(QueryResult::Type type);
    static QueryResult::Type resultTypeFrom(const QString &id);
    /// The kind Error::kindId() names; Invalid for an id this Lotse does not know.
    static Error::Kind errorKindFrom(const QString &id);
    /// The state stateId() names; Unknown for any other text.
    static State stateFrom(const QString &id);
};

} // namespace lotse
