#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QTabWidget;

namespace lotse {

class DatabaseSourceView;
class SourceRegistry;

/// The Databases area: a tab per database source of the registry (PostgreSQL,
/// Redis, ClickHouse), named by the source's name and location, or, when none
/// is configured, a page that says how to add one.
class DatabasesView final : public QWidget
{
    Q_OBJECT

public:
    /// Seconds between refreshes of the lists and cards on screen.
    static constexpr int kRefreshSeconds = 10;

    explicit DatabasesView(QWidget *parent = nullptr);

    /// Shows the database sources of @p sources (others, such as Prometheus, are not databases).
    void setSources(SourceRegistry *sources);
    QList<DatabaseSourceView *> sourceViews() const { return m_views; }
    /// The view of the source named @p name; nullptr when there is none.
    DatabaseSourceView *sourceView(const QString &name) const;
    QTabWidget *tabs() const { return m_tabs; }
    /// Brings the source named @p name to the front.
    void showSource(const QString &name);
    bool hasSources() const { return !m_views.isEmpty(); }

    /// Whether @p kind is one this area shows.
    static bool isDatabase(const QString &kind);

public Q_SLOTS:
    /// Reads what is on screen now.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QList<DatabaseSourceView *> m_views;
};

} // namespace lotse
