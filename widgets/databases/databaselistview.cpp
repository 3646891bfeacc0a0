#include "databases/databaselistview.h"

#include "databases/databasenotice.h"
#include "databases/databaserecordview.h"
#include "databases/databasetableproxy.h"
#include "sources/source.h"
#include "style/statepalette.h"
#include "databases/tablefeed.h"
#include "common/timetext.h"
#include "common/paletteicon.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lotse {

namespace {

/// No column is drawn wider than this many average characters on its own.
constexpr int kWidestColumnChars = 28;
/// A statement takes the room the other columns leave, within these bounds;
/// it is read in full in its tooltip or the plan dialog.
constexpr int kNarrowestStatementChars = 60;
constexpr int kWidestStatementChars = 160;

/// Columns of long text (statements, commands) that get the room the others leave.
bool isTextColumn(const QString &column)
{
    return column == QLatin1String("query") || column == QLatin1String("blocked_statement")
        || column == QLatin1String("blocking_statement") || column == QLatin1String("command");
}

/// A list whose usage starts with a bare word ("PATTERN [limit=N]") needs that argument.
bool needsArgument(const ViewInfo &view)
{
    return !view.usage.isEmpty() && !view.usage.startsWith(QLatin1Char('['));
}

/// @p word as ViewQuery::split reads it back: quoted when it holds spaces or quotes.
QString quoted(const QString &word)
{
    if (!word.contains(QLatin1Char(' ')) && !word.contains(QLatin1Char('"')) && !word.contains(QLatin1Char('\'')))
        return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QLabel *mutedLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace

DatabaseListView::DatabaseListView(Source *source, ViewInfo view, int refreshSeconds, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_view(std::move(view))
    , m_refreshSeconds(refreshSeconds)
    , m_proxy(new DatabaseTableProxy(this))
    , m_table(new QTableView)
    , m_record(new DatabaseRecordView)
    , m_shown(new QStackedWidget)
    , m_empty(mutedLabel())
    , m_filter(new QLineEdit)
    , m_rows(mutedLabel())
    , m_updated(mutedLabel())
    , m_refreshButton(new QToolButton)
    , m_notice(new DatabaseNotice)
    , m_warnings(mutedLabel())
{
    setObjectName(QStringLiteral("list_") + m_view.id);
    if (needsArgument(m_view)) {
        m_patternLabel = new QLabel;
        m_pattern = new QLineEdit(QStringLiteral("*"));
        m_patternLabel->setBuddy(m_pattern);
        connect(m_pattern, &QLineEdit::editingFinished, this, [this] {
            if (m_feed && m_feed->query() != query())
                createFeed();
        });
    }

    setUpTable();
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        showRowCount();
    });
    m_refreshButton->setIcon(PaletteIcon::themedOr(QStringLiteral("view-refresh"), QStringLiteral("refresh")));
    m_refreshButton->setAutoRaise(true);
    connect(m_refreshButton, &QToolButton::clicked, this, &DatabaseListView::refresh);
    m_notice->hide();
    m_warnings->setWordWrap(true);
    m_warnings->hide();

    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createToolRow());
    layout->addWidget(m_notice);
    layout->addWidget(m_warnings);
    layout->addWidget(createRowsArea(), 1);

    createFeed();
    retranslate();
}

DatabaseListView::~DatabaseListView() = default;

void DatabaseListView::setUpTable()
{
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The server's order (worst first) stands until a header is clicked; a third click returns to it.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QString statement = statementAt(index); !statement.isEmpty())
            Q_EMIT planRequested(statement);
    });
}

QWidget *DatabaseListView::createRowsArea()
{
    // An empty list says so where the rows would be, on the same ground as the table.
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    m_shown->addWidget(m_table);
    m_shown->addWidget(m_record);
    m_shown->addWidget(m_empty);
    return m_shown;
}

void DatabaseListView::createActions()
{
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &DatabaseListView::copyCsv);
    m_copyAll = new QAction(this);
    connect(m_copyAll, &QAction::triggered, this, [this] {
        if (m_proxy->table())
            QGuiApplication::clipboard()->setText(m_proxy->table()->toCsv(m_proxy->shownRows()));
    });
    m_table->addAction(m_copy);
    m_table->addAction(m_copyAll);
    m_record->addAction(m_copy);
    m_record->addAction(m_copyAll);
    m_record->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (offersPlans()) {
        m_plan = new QAction(this);
        connect(m_plan, &QAction::triggered, this, &DatabaseListView::requestPlan);
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        m_table->addAction(separator);
        m_table->addAction(m_plan);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QLayout *DatabaseListView::createToolRow()
{
    auto *row = new QHBoxLayout;
    row->setSpacing(fontMetrics().averageCharWidth());
    if (m_pattern) {
        row->addWidget(m_patternLabel);
        m_pattern->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
        row->addWidget(m_pattern);
        row->addSpacing(fontMetrics().averageCharWidth() * 2);
    }
    m_filter->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    row->addWidget(m_filter, 1);
    row->addSpacing(fontMetrics().averageCharWidth());
    row->addWidget(m_rows);
    row->addStretch(1);
    row->addWidget(m_updated);
    row->addWidget(m_refreshButton);
    return row;
}

QString DatabaseListView::query() const
{
    QString text = QLatin1Char('@') + m_view.id;
    if (m_pattern && !m_pattern->text().trimmed().isEmpty())
        text += QLatin1Char(' ') + quoted(m_pattern->text().trimmed());
    return text;
}

void DatabaseListView::createFeed()
{
    // A feed asks one fixed query; another pattern is another feed. The old
    // one goes with its request, whose answer nobody waits for any more.
    delete m_feed;
    m_feed = new TableFeed(m_source, query(), this);
    m_proxy->setSourceModel(m_feed->model());
    m_lastAnswer = {};
    m_lastGood = {};
    m_columnsSized = false;
    connect(m_feed, &TableFeed::refreshed, this, &DatabaseListView::onRefreshed);
    connect(m_feed->model(), &QAbstractItemModel::modelReset, this, [this] { m_columnsSized = false; });
    showError();
    showRowCount();
    showUpdated();
    if (isVisible()) {
        m_feed->setInterval(m_refreshSeconds);
        m_feed->refresh();
    }
}

void DatabaseListView::refresh()
{
    if (m_feed)
        m_feed->refresh();
}

void DatabaseListView::onRefreshed()
{
    m_lastAnswer = QDateTime::currentDateTime();
    if (!m_feed->error())
        m_lastGood = m_lastAnswer;
    showRows();
    showError();
    showRowCount();
    showUpdated();
    Q_EMIT refreshed();
}

bool DatabaseListView::showsRecord() const
{
    return m_shown->currentWidget() == m_record;
}

void DatabaseListView::showRows()
{
    const Table &table = m_feed->model()->table();
    if (DatabaseRecordView::suits(m_view)) {
        m_record->setRecord(table);
        m_shown->setCurrentWidget(m_record);
    } else if (table.rows.isEmpty() && !m_feed->error()) {
        // An empty list is often the good news (no lock waits); it says so.
        m_shown->setCurrentWidget(m_empty);
    } else {
        m_shown->setCurrentWidget(m_table);
        if (!m_columnsSized && !table.rows.isEmpty())
            sizeColumns();
    }
    // A record or nothing has nothing to filter.
    m_filter->setEnabled(m_shown->currentWidget() == m_table);
}

QString DatabaseListView::errorText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

bool DatabaseListView::isStale() const
{
    return m_feed && m_feed->error() && m_feed->model()->rowCount() > 0;
}

void DatabaseListView::showError()
{
    const bool failed = m_feed && m_feed->error();
    m_notice->setVisible(failed);
    if (failed) {
        const QString cause = m_feed->error()->message;
        m_notice->setText(m_lastGood.isValid() && m_feed->model()->rowCount() > 0
                              ? tr("The refresh at %1 failed: %2 The rows below are from %3.")
                                    .arg(TimeText::clock(m_lastAnswer), cause, TimeText::clock(m_lastGood))
                              : tr("The list could not be read: %1").arg(cause));
    }
    setStale(m_table, isStale());
    setStale(m_record, isStale());
    const QStringList warnings = m_feed ? m_feed->warnings() : QStringList();
    m_warnings->setText(warnings.join(QLatin1Char(' ')));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString DatabaseListView::emptyText() const
{
    if (m_view.id == QLatin1String("blocking"))
        return tr("No session is waiting for another session's lock.");
    if (m_view.id == QLatin1String("long-running"))
        return tr("No statement has been running for longer than a second.");
    if (m_view.id == QLatin1String("running-queries"))
        return tr("No query is running.");
    if (m_view.id == QLatin1String("slowlog"))
        return tr("The slow log is empty: no command took longer than the server's slowlog-log-slower-than.");
    if (m_view.id == QLatin1String("missing-indexes"))
        return tr("No column looks like it is missing an index.");
    return tr("The list is empty.");
}

void DatabaseListView::setStale(QWidget *view, bool stale)
{
    // Stale rows stay readable, but they must not pass for current ones.
    QPalette palette;
    if (stale) {
        palette = this->palette();
        palette.setColor(QPalette::Text, StatePalette::dimmed(palette.color(QPalette::Text), palette));
    }
    view->setPalette(palette);
}

void DatabaseListView::showRowCount()
{
    if (!m_feed || !m_lastAnswer.isValid()) {
        m_rows->setText(tr("Loading…"));
        return;
    }
    // Nothing was ever read: the error above says why, a count of none would not.
    if (!m_lastGood.isValid()) {
        m_rows->clear();
        return;
    }
    const int total = m_feed->model()->rowCount();
    const int shown = m_proxy->rowCount();
    m_rows->setText(shown == total ? tr("%n row(s)", "", total) : tr("%1 of %n row(s)", "", total).arg(shown));
}

void DatabaseListView::showUpdated()
{
    m_updated->setText(m_lastGood.isValid()
                           ? tr("Updated %1 · every %2 s").arg(TimeText::clock(m_lastGood)).arg(m_refreshSeconds)
                           : QString());
}

void DatabaseListView::sizeColumns()
{
    m_table->resizeColumnsToContents();
    placeFieldFirst();
    const int character = fontMetrics().averageCharWidth();
    QHeaderView *header = m_table->horizontalHeader();
    const QStringList &columns = m_proxy->table()->table().columns;
    int statement = -1;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > character * kWidestColumnChars)
            header->resizeSection(column, character * kWidestColumnChars);
        if (statement < 0 && isTextColumn(columns.value(column)))
            statement = column;
        else
            others += header->sectionSize(column);
    }
    if (statement >= 0) {
        // The vertical scroll bar may come with the rows; its room is kept for it.
        const int room = m_table->viewport()->width() - others - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        header->resizeSection(
            statement, std::clamp(room, character * kNarrowestStatementChars, character * kWidestStatementChars));
    }
    m_columnsSized = true;
}

void DatabaseListView::placeFieldFirst()
{
    // Answers put the value first (a check reads the first column); a person
    // reads a field's name before its value: the value is shown last.
    const QStringList &columns = m_proxy->table()->table().columns;
    const int value = int(columns.indexOf(QStringLiteral("value")));
    QHeaderView *header = m_table->horizontalHeader();
    if (value >= 0 && columns.contains(QStringLiteral("field")) && header->visualIndex(value) != header->count() - 1)
        header->moveSection(header->visualIndex(value), header->count() - 1);
}

QString DatabaseListView::csv() const
{
    const TableModel *model = m_proxy->table();
    if (!model)
        return {};
    const QList<int> selected = m_proxy->sourceRows(m_table->selectionModel()->selectedRows());
    return model->toCsv(selected.isEmpty() ? m_proxy->shownRows() : selected);
}

void DatabaseListView::copyCsv()
{
    QGuiApplication::clipboard()->setText(csv());
}

QString DatabaseListView::statementAt(const QModelIndex &index) const
{
    const TableModel *model = m_proxy->table();
    if (!model || !index.isValid() || m_view.statementColumns.isEmpty())
        return {};
    const int row = m_proxy->mapToSource(index).row();
    const QStringList &columns = model->table().columns;
    const QVariantList &values = model->table().rows.value(row);
    // The statement column clicked on (blocked or blocking), else the first with text.
    const QString clicked = columns.value(m_proxy->mapToSource(index).column());
    if (m_view.statementColumns.contains(clicked) && !values.value(columns.indexOf(clicked)).toString().isEmpty())
        return values.value(columns.indexOf(clicked)).toString();
    for (const QString &column : m_view.statementColumns) {
        if (const QString text = values.value(columns.indexOf(column)).toString(); !text.isEmpty())
            return text;
    }
    return {};
}

void DatabaseListView::requestPlan()
{
    if (const QString statement = statementAt(m_table->currentIndex()); !statement.isEmpty())
        Q_EMIT planRequested(statement);
}

void DatabaseListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_feed)
        return;
    m_feed->setInterval(m_refreshSeconds);
    // Coming back after a while: read now rather than show old rows for another interval.
    if (!m_lastAnswer.isValid() || m_lastAnswer.secsTo(QDateTime::currentDateTime()) >= m_refreshSeconds)
        m_feed->refresh();
}

void DatabaseListView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody looks: no load on the server for a list out of sight.
    if (m_feed)
        m_feed->setInterval(0);
}

void DatabaseListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DatabaseListView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_refreshButton->setToolTip(tr("Read this list now"));
    if (m_patternLabel) {
        m_patternLabel->setText(tr("&Pattern:"));
        m_pattern->setToolTip(tr("Keys matching this pattern are scanned (SCAN MATCH), e.g. session:*"));
    }
    m_empty->setText(emptyText());
    m_proxy->retranslate();
    m_copy->setText(tr("&Copy as CSV"));
    m_copyAll->setText(tr("Copy &All Rows as CSV"));
    if (m_plan)
        m_plan->setText(tr("Show &Plan Advice…"));
    showError();
    showRowCount();
    showUpdated();
}

} // namespace lotse
