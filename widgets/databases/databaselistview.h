#pragma once

#include "databases/databaseviews.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace lotse {

class DatabaseNotice;
class DatabaseRecordView;
class DatabaseTableProxy;
class Source;
class TableFeed;

/// One built-in list of a database source as a table: sortable by any column
/// (numbers as numbers), filtered by a text, refreshed on an interval while it
/// is on screen, with the last error above the rows when a refresh failed (the
/// last good rows stay, dimmed as stale). Rows copy as CSV. A list of
/// statements asks for plan advice on a double-click (planRequested).
class DatabaseListView final : public QWidget
{
    Q_OBJECT

public:
    DatabaseListView(Source *source, ViewInfo view, int refreshSeconds, QWidget *parent = nullptr);
    ~DatabaseListView() override;

    const ViewInfo &view() const { return m_view; }
    QString title() const { return DatabaseViews::title(m_view); }
    TableFeed *feed() const { return m_feed; }
    QTableView *tableView() const { return m_table; }
    /// Shows a list that answered one row of many columns, read down (DatabaseRecordView::suits).
    DatabaseRecordView *recordView() const { return m_record; }
    /// Whether the record view is shown instead of the table.
    bool showsRecord() const;
    DatabaseTableProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// The pattern a list such as @keys-without-ttl needs; nullptr for the others.
    QLineEdit *patternEdit() const { return m_pattern; }
    /// The error shown above the rows; empty after a good refresh.
    QString errorText() const;
    /// True while the rows shown are older than a failed refresh.
    bool isStale() const;
    /// True once the list has answered at least once, good or failed.
    bool hasAnswered() const { return m_lastAnswer.isValid(); }

    /// The selected rows as CSV with a header line; every shown row when none is selected.
    QString csv() const;
    /// Whether a double-click on a row asks for its statement's plan.
    bool offersPlans() const { return !m_view.statementColumns.isEmpty(); }
    /// The statement of the row at @p index (a proxy index); empty when it has none.
    QString statementAt(const QModelIndex &index) const;

public Q_SLOTS:
    void refresh();
    void copyCsv();

Q_SIGNALS:
    void planRequested(const QString &statement);
    /// After each refresh, good or failed.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpTable();
    void createActions();
    QLayout *createToolRow();
    QWidget *createRowsArea();
    void createFeed();
    QString query() const;
    void onRefreshed();
    void showError();
    void showRowCount();
    void showUpdated();
    void showRows();
    QString emptyText() const;
    void sizeColumns();
    void placeFieldFirst();
    void setStale(QWidget *view, bool stale);
    void requestPlan();
    void retranslate();

    QPointer<Source> m_source;
    ViewInfo m_view;
    int m_refreshSeconds;
    TableFeed *m_feed = nullptr;
    DatabaseTableProxy *m_proxy;
    QTableView *m_table;
    DatabaseRecordView *m_record;
    QStackedWidget *m_shown;
    QLabel *m_empty;
    QLineEdit *m_filter;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_patternLabel = nullptr;
    QLabel *m_rows;
    QLabel *m_updated;
    QToolButton *m_refreshButton;
    DatabaseNotice *m_notice;
    QLabel *m_warnings;
    QAction *m_copy;
    QAction *m_copyAll;
    QAction *m_plan = nullptr;
    QDateTime m_lastAnswer; ///< the last refresh that finished, good or failed
    QDateTime m_lastGood;   ///< the last refresh that brought rows
    bool m_columnsSized = false;
};

} // namespace lotse
