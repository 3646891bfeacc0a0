#include "databases/databasesourceview.h"

#include "dashboard/dashboardsession.h"
#include "databases/databasekpis.h"
#include "databases/databaselistview.h"
#include "databases/databasenotice.h"
#include "databases/databaseplandialog.h"
#include "databases/databaseviews.h"
#include "dashboard/kpicard.h"
#include "core/localization.h"
#include "sources/postgres/postgressource.h"
#include "charts/sparkline.h"
#include "sources/source.h"
#include "sources/sourcekinds.h"
#include "sources/sourceregistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lotse {

namespace {

/// Cards narrower than this many average characters cut their titles badly (as on a dashboard).
constexpr int kCardMinimumChars = 30;

QLabel *plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DatabaseSourceView::DatabaseSourceView(Source *source, SourceRegistry *sources, int refreshSeconds, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_session(new DashboardSession(DatabaseKpis::dashboardFor(*source, refreshSeconds), sources, this))
    , m_title(plainLabel())
    , m_subtitle(plainLabel())
    , m_caution(new DatabaseNotice)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("source_") + source->name());
    // A database has no history to draw: the cards read values only.
    m_session->setSparklineWidth(0);
    // Nothing is read until the source is on screen.
    m_session->setPaused(true);

    const QFontMetrics metrics = fontMetrics();
    const int spacing = metrics.averageCharWidth() + metrics.averageCharWidth() / 2;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing, spacing, spacing, spacing / 2);
    layout->setSpacing(spacing);
    layout->addLayout(createHeader());
    // A role that could write, plain text to a remote host: said above everything read.
    m_caution->setObjectName(QStringLiteral("caution"));
    m_caution->setState(State::Warning);
    layout->addWidget(m_caution);
    connect(source, &Source::cautionsChanged, this, &DatabaseSourceView::showCautions);
    showCautions();
    layout->addLayout(createCards(sources));
    layout->addWidget(createLists(refreshSeconds), 1);
    retranslate();
}

QLayout *DatabaseSourceView::createHeader()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(muted);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->setSpacing(fontMetrics().averageCharWidth() * 2);
    header->addWidget(m_title);
    header->addWidget(m_subtitle, 1, Qt::AlignBaseline);
    return header;
}

QLayout *DatabaseSourceView::createCards(SourceRegistry *sources)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(fontMetrics().averageCharWidth() + fontMetrics().averageCharWidth() / 2);
    KpiModel *model = m_session->kpis();
    for (int index = 0; index < model->rowCount(); ++index) {
        auto *card = new KpiCard(model, index);
        card->setObjectName(QStringLiteral("card_") + model->spec(index).id);
        if (const Source *source = sources->find(model->spec(index).source))
            card->setSourceText(tr("%1 — %2").arg(source->name(), source->location()));
        card->setMinimumWidth(fontMetrics().averageCharWidth() * kCardMinimumChars);
        // A database keeps no history of these values: the card has no line to draw.
        if (auto *sparkline = card->findChild<Sparkline *>())
            sparkline->hide();
        row->addWidget(card, 1);
        m_cards.append(card);
    }
    return row;
}

QWidget *DatabaseSourceView::createLists(int refreshSeconds)
{
    for (const ViewInfo &view : DatabaseViews::forKind(m_source->kind())) {
        auto *list = new DatabaseListView(m_source, view, refreshSeconds);
        const int index = int(m_lists.size());
        connect(list, &DatabaseListView::planRequested, this, &DatabaseSourceView::openPlan);
        connect(list, &DatabaseListView::refreshed, this, [this, index] { markList(index); });
        m_pages->addWidget(list);
        m_navigation->addItem(list->title());
        m_lists.append(list);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    // A side bar on the window's colour, as wide as the longest title: the table gets the room.
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setSpacing(fontMetrics().height() / 6);
    // A failed list's warning sign fits the line, as a letter would.
    m_navigation->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + fontMetrics().averageCharWidth() * 4);
    auto *body = new QWidget;
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    return body;
}

void DatabaseSourceView::markList(int index)
{
    // A list that failed is marked where it is chosen, so a failure is seen from any list.
    QListWidgetItem *item = m_navigation->item(index);
    const QString error = m_lists.at(index)->errorText();
    item->setIcon(error.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/warning.svg")));
    item->setToolTip(error);
}

Source *DatabaseSourceView::source() const
{
    return m_source;
}

DatabasePlanDialog *DatabaseSourceView::planDialog() const
{
    return m_plan;
}

DatabaseListView *DatabaseSourceView::list(const QString &id) const
{
    for (DatabaseListView *list : m_lists) {
        if (list->view().id == id)
            return list;
    }
    return nullptr;
}

DatabaseListView *DatabaseSourceView::currentList() const
{
    return qobject_cast<DatabaseListView *>(m_pages->currentWidget());
}

void DatabaseSourceView::showList(const QString &id)
{
    if (DatabaseListView *wanted = list(id))
        m_navigation->setCurrentRow(int(m_lists.indexOf(wanted)));
}

void DatabaseSourceView::openPlan(const QString &statement)
{
    auto *postgres = qobject_cast<PostgresSource *>(m_source.data());
    if (!postgres)
        return;
    auto *dialog = new DatabasePlanDialog(postgres, statement, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Modeless: the lists keep refreshing while the plan is read.
    dialog->show();
    m_plan = dialog;
}

void DatabaseSourceView::refresh()
{
    m_session->refresh();
    if (DatabaseListView *shown = currentList())
        shown->refresh();
}

void DatabaseSourceView::askVersion()
{
    if (!m_version.isEmpty() || m_versionReply || !m_source)
        return;
    m_versionReply = m_source->serverVersion();
    m_versionReply->onFinished(this, [this](QueryReply::Result result) {
        if (result)
            m_version = result->text;
        retranslate();
    });
}

void DatabaseSourceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    askVersion();
    m_session->setPaused(false);
}

void DatabaseSourceView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setPaused(true);
}

void DatabaseSourceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DatabaseSourceView::showCautions()
{
    const QStringList cautions = m_source ? m_source->cautions() : QStringList();
    m_caution->setText(cautions.join(QLatin1Char('\n')));
    m_caution->setVisible(!cautions.isEmpty());
}

QString DatabaseSourceView::kindName() const
{
    const QString kind = m_source ? m_source->kind() : QString();
    const SourceKind *known = SourceKinds::find(kind);
    return known ? known->productName() : kind;
}

void DatabaseSourceView::retranslate()
{
    m_session->kpis()->setLanguage(Localization::current());
    m_title->setText(m_version.isEmpty() ? kindName() : tr("%1 %2").arg(kindName(), m_version));
    if (m_source)
        m_subtitle->setText(tr("%1 · %2 · read only").arg(m_source->name(), m_source->location()));
    for (int index = 0; index < m_lists.size(); ++index)
        m_navigation->item(index)->setText(m_lists.at(index)->title());
}

} // namespace lotse
