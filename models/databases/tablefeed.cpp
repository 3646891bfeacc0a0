#include "databases/tablefeed.h"

#include "databases/databaseviews.h"
#include "sources/source.h"
#include "databases/viewquery.h"

namespace lotse {

TableFeed::TableFeed(Source *source, QString query, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_query(std::move(query))
{
    if (const auto view = ViewQuery::parse(m_query); view && *view && source) {
        if (const ViewInfo *info = DatabaseViews::find(source->kind(), (*view)->name))
            m_model.setKeyColumns(info->keyColumns);
    }
    connect(&m_timer, &QTimer::timeout, this, &TableFeed::refresh);
}

TableFeed::~TableFeed()
{
    // Nobody waits for the answer any more: no signals from a feed that is going.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TableFeed::setInterval(int seconds)
{
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
}

void TableFeed::refresh()
{
    if (m_reply || !m_source)
        return;
    m_reply = m_source->instant(m_query, QDateTime::currentDateTimeUtc());
    connect(m_reply, &QueryReply::finished, this, &TableFeed::finished);
    Q_EMIT busyChanged(true);
}

void TableFeed::finished()
{
    QueryReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->result()) {
        m_error.reset();
        m_warnings = reply->result()->warnings;
        m_model.setTable(reply->result()->table);
    } else {
        // The last good rows stay; the error says why they are not fresh.
        m_error = reply->result().error();
    }
    Q_EMIT busyChanged(false);
    Q_EMIT refreshed();
}

} // namespace lotse
