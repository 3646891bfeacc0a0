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
    // A feed that goes takes its request with it.
    m_reply = m_source->instant(m_query, QDateTime::currentDateTimeUtc());
    m_reply->onFinished(this, [this](QueryReply::Result result) { finished(std::move(result)); });
    Q_EMIT busyChanged(true);
}

void TableFeed::finished(QueryReply::Result result)
{
    m_reply = nullptr;
    if (result) {
        m_error.reset();
        m_warnings = result->warnings;
        m_model.setTable(result->table);
    } else {
        // The last good rows stay; the error says why they are not fresh.
        m_error = result.error();
    }
    Q_EMIT busyChanged(false);
    Q_EMIT refreshed();
}

} // namespace lotse
