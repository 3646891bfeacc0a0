#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace lotse {

class DashboardSession;
class DatabaseListView;
class DatabaseNotice;
class DatabasePlanDialog;
class KpiCard;
class QueryReply;
class Source;
class SourceRegistry;

/// One database source on screen: what it is and where, a caution when reading
/// it is less safe than it could be (Source::cautions()), its KPI cards (read
/// by a DashboardSession of its own, judged like any dashboard's), and each of
/// its built-in lists as a table, chosen on the left. Only what is on screen
/// refreshes: the cards while the source is shown, a list while it is chosen.
class DatabaseSourceView final : public QWidget
{
    Q_OBJECT

public:
    /// @p sources is where the KPI session finds @p source by its name.
    DatabaseSourceView(Source *source, SourceRegistry *sources, int refreshSeconds, QWidget *parent = nullptr);

    Source *source() const;
    DashboardSession *session() const { return m_session; }
    QList<KpiCard *> cards() const { return m_cards; }
    QList<DatabaseListView *> lists() const { return m_lists; }
    /// The list with DatabaseViews id @p id; nullptr when the source has none.
    DatabaseListView *list(const QString &id) const;
    DatabaseListView *currentList() const;
    /// Brings the list @p id to the front.
    void showList(const QString &id);
    /// The plan dialog opened last, while it is open.
    DatabasePlanDialog *planDialog() const;
    /// Opens plan advice for @p statement (PostgreSQL sources only).
    void openPlan(const QString &statement);

public Q_SLOTS:
    /// Reads the cards and the list on screen now.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLayout *createHeader();
    QLayout *createCards(SourceRegistry *sources);
    QWidget *createLists(int refreshSeconds);
    void markList(int index);
    void askVersion();
    void showCautions();
    void retranslate();
    QString kindName() const;

    QPointer<Source> m_source;
    DashboardSession *m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    DatabaseNotice *m_caution;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<KpiCard *> m_cards;
    QList<DatabaseListView *> m_lists;
    QPointer<DatabasePlanDialog> m_plan;
    QPointer<QueryReply> m_versionReply;
    QString m_version;
};

} // namespace lotse
