#include "databases/databasesview.h"

#include "databases/databasesourceview.h"
#include "sources/source.h"
#include "sources/sourcekinds.h"
#include "sources/sourceregistry.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QTabWidget>

namespace lotse {

DatabasesView::DatabasesView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("DatabasesView"));
    m_placeholder->setObjectName(QStringLiteral("databasesPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::RichText);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setMargin(fontMetrics().averageCharWidth() * 4);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    retranslate();
}

bool DatabasesView::isDatabase(const QString &kind)
{
    const SourceKind *known = SourceKinds::find(kind);
    return known && !known->views().isEmpty();
}

void DatabasesView::setSources(SourceRegistry *sources)
{
    // Each source view takes its cards and feeds along when it goes.
    m_tabs->clear();
    qDeleteAll(m_views);
    m_views.clear();
    for (Source *source : sources->sources()) {
        if (!isDatabase(source->kind()))
            continue;
        auto *view = new DatabaseSourceView(source, sources, kRefreshSeconds);
        m_tabs->addTab(view, source->name());
        m_tabs->setTabToolTip(m_tabs->count() - 1, source->location());
        m_views.append(view);
    }
    m_stack->setCurrentWidget(m_views.isEmpty() ? static_cast<QWidget *>(m_placeholder) : m_tabs);
    retranslate();
}

DatabaseSourceView *DatabasesView::sourceView(const QString &name) const
{
    for (DatabaseSourceView *view : m_views) {
        if (view->source() && view->source()->name() == name)
            return view;
    }
    return nullptr;
}

void DatabasesView::showSource(const QString &name)
{
    if (DatabaseSourceView *view = sourceView(name))
        m_tabs->setCurrentWidget(view);
}

void DatabasesView::refresh()
{
    if (auto *view = qobject_cast<DatabaseSourceView *>(m_tabs->currentWidget()); view && isVisible())
        view->refresh();
}

void DatabasesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DatabasesView::retranslate()
{
    for (int index = 0; index < m_views.size(); ++index) {
        if (const Source *source = m_views.at(index)->source())
            m_tabs->setTabText(index, tr("%1 — %2").arg(source->name(), source->location()));
    }
    m_placeholder->setText(
        tr("<h3>No database is connected</h3>"
           "<p>Add the databases behind your services in <b>Settings ▸ Connections</b> to watch their statements, "
           "locks, tables, memory and slow queries here, live and read-only, or start Lotse with them:</p>"
           "<p><code>lotse --postgres postgresql://lotse@db:5432/shop<br>"
           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;--redis redis://lotse@cache:6379/0<br>"
           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;--clickhouse http://olap:8123/?user=lotse</code></p>"
           "<p>Passwords come from LOTSE_POSTGRES_PASSWORD, LOTSE_REDIS_PASSWORD and LOTSE_CLICKHOUSE_PASSWORD. "
           "The README lists the privileges each database needs.</p>"));
}

} // namespace lotse
