#pragma once

#include "core/error.h"
#include "core/queryreply.h"
#include "databases/tablemodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace lotse {

class Source;

/// Keeps a TableModel filled from one query of one source (a database list such
/// as `@blocking`, or any read-only statement) and refreshes it on an interval.
/// One request at a time: a refresh due while the last one runs is skipped, so
/// a slow server is never queued up. The GUI's Databases area shows one feed
/// per list, sorted and filtered through a QSortFilterProxyModel.
class TableFeed final : public QObject
{
    Q_OBJECT

public:
    /// The model's key columns come from DatabaseViews when @p query is `@list`.
    TableFeed(Source *source, QString query, QObject *parent = nullptr);

    TableModel *model() { return &m_model; }
    const QString &query() const { return m_query; }
    /// Seconds between refreshes; 0 stops them.
    void setInterval(int seconds);
    bool isBusy() const { return m_reply != nullptr; }
    /// Why the last refresh failed; nothing after a good one.
    const std::optional<Error> &error() const { return m_error; }
    const QStringList &warnings() const { return m_warnings; }

public Q_SLOTS:
    /// Asks now, unless a request is still running.
    void refresh();

Q_SIGNALS:
    void busyChanged(bool busy);
    /// After each refresh, good or failed.
    void refreshed();

private:
    void finished(QueryReply::Result result);

    QPointer<Source> m_source;
    QString m_query;
    TableModel m_model;
    QTimer m_timer;
    QPointer<QueryReply> m_reply;
    std::optional<Error> m_error;
    QStringList m_warnings;
};

} // namespace lotse
