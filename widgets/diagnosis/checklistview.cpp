#include "diagnosis/checklistview.h"

#include "common/badge.h"
#include "common/scaledfont.h"
#include "common/wrappinglabel.h"
#include "core/localization.h"
#include "dashboard/kpidetailsdialog.h"
#include "diagnosis/diagnosisreport.h"
#include "diagnosis/diagnosissession.h"
#include "style/statepalette.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace lotse {

ChecklistView::ChecklistView(DiagnosisSession *session, QString node, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_node(std::move(node))
    , m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("checklist_") + m_node);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    grid->setVerticalSpacing(fontMetrics().height() / 4);
    grid->setColumnStretch(1, 1);
    build(grid);
    connect(session, &DiagnosisSession::readingReady, this, &ChecklistView::refresh);
    connect(session, &DiagnosisSession::tickChanged, this, &ChecklistView::refresh);
    retranslate();
}

const ChecklistItem *ChecklistView::item(const QString &id) const
{
    const RunbookNode *node = m_session ? m_session->runbook().node(m_node) : nullptr;
    return node ? node->item(id) : nullptr;
}

void ChecklistView::build(QGridLayout *grid)
{
    const RunbookNode *node = m_session ? m_session->runbook().node(m_node) : nullptr;
    if (!node)
        return;
    int line = 0;
    for (const ChecklistSection &section : node->sections) {
        auto *heading = new QLabel;
        heading->setTextFormat(Qt::PlainText);
        heading->setFont(scaledFont(font(), 1.1, true));
        // Air above every section but the first sets the sections apart.
        grid->addWidget(heading, line++, 0, 1, 2, Qt::AlignBottom);
        if (line > 1)
            grid->setRowMinimumHeight(line - 1, fontMetrics().height() * 2);
        m_headings.append(heading);
        for (const ChecklistItem &item : section.items) {
            const Row row = item.isManual() ? manualRow(item) : liveRow(item);
            grid->addWidget(row.box ? static_cast<QWidget *>(row.box) : row.state, line, 0, Qt::AlignTop);
            grid->addWidget(row.text, line++, 1);
            grid->addWidget(row.note ? static_cast<QWidget *>(row.note) : row.detail, line++, 1);
            m_rows.append(row);
        }
    }
}

ChecklistView::Row ChecklistView::manualRow(const ChecklistItem &item)
{
    Row row{item.id, wrappingLabel(), new QCheckBox, new QLineEdit};
    row.box->setObjectName(QStringLiteral("tick_") + item.id);
    row.note->setObjectName(QStringLiteral("note_") + item.id);
    row.box->setEnabled(!m_readOnly);
    row.note->setReadOnly(m_readOnly);
    row.text->setBuddy(row.box);
    connect(row.box, &QCheckBox::toggled, this, [this, row] { store(row); });
    connect(row.note, &QLineEdit::textEdited, this, [this, row] { store(row); });
    return row;
}

ChecklistView::Row ChecklistView::liveRow(const ChecklistItem &item)
{
    Row row{item.id, wrappingLabel(), nullptr, nullptr, new Badge, wrappingLabel()};
    row.state->setObjectName(QStringLiteral("state_") + item.id);
    row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = row.detail->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    row.detail->setPalette(muted);
    return row;
}

void ChecklistView::store(const Row &row)
{
    if (m_session && !m_readOnly)
        m_session->setTick(m_node, row.item, {row.box->isChecked(), row.note->text()});
    Q_EMIT ticksChanged();
}

QCheckBox *ChecklistView::tickBox(const QString &item) const
{
    for (const Row &row : m_rows) {
        if (row.item == item)
            return row.box;
    }
    return nullptr;
}

QLineEdit *ChecklistView::noteEdit(const QString &item) const
{
    for (const Row &row : m_rows) {
        if (row.item == item)
            return row.note;
    }
    return nullptr;
}

Badge *ChecklistView::stateBadge(const QString &item) const
{
    for (const Row &row : m_rows) {
        if (row.item == item)
            return row.state;
    }
    return nullptr;
}

void ChecklistView::refresh()
{
    for (const Row &row : std::as_const(m_rows))
        showRow(row);
}

void ChecklistView::showRow(const Row &row)
{
    const ChecklistItem *spec = item(row.item);
    if (!spec || !m_session)
        return;
    const QString language = Localization::current();
    row.text->setText(spec->text.text(language));
    if (row.box) {
        const ChecklistTick tick = m_session->tick(m_node, row.item);
        const QSignalBlocker boxBlocker(row.box);
        const QSignalBlocker noteBlocker(row.note);
        row.box->setChecked(tick.ticked);
        if (row.note->text() != tick.note)
            row.note->setText(tick.note);
        row.box->setAccessibleName(spec->text.text(language));
        return;
    }
    // Still reading is unknown too, but it says so rather than "Unknown".
    const bool reading = std::any_of(spec->checks.cbegin(), spec->checks.cend(), [this](const QString &check) {
        const Reading *read = m_session->reading(check);
        return !read || !read->done;
    });
    const State state = m_session->itemState(*spec);
    row.state->setText(reading ? tr("Reading…") : KpiDetailsDialog::stateText(state));
    row.state->setState(state);
    QStringList read;
    for (const QString &check : spec->checks) {
        const Reading *answer = m_session->reading(check);
        const CheckSpec *checkSpec = m_session->runbook().check(check);
        if (answer && answer->done && checkSpec)
            read.append(
                tr("%1: %2").arg(checkSpec->title.text(language), DiagnosisReport::describe(*answer, QLocale())));
    }
    row.detail->setText(read.join(QLatin1Char('\n')));
    row.state->setAccessibleName(tr("%1: %2").arg(spec->text.text(language), row.state->text()));
}

QString ChecklistView::summary() const
{
    int manual = 0;
    int ticked = 0;
    int attention = 0;
    int unread = 0;
    for (const Row &row : m_rows) {
        const ChecklistItem *spec = item(row.item);
        if (!spec || !m_session)
            continue;
        if (row.box) {
            ++manual;
            ticked += m_session->tick(m_node, row.item).ticked ? 1 : 0;
            continue;
        }
        const State state = m_session->itemState(*spec);
        attention += state == State::Warning || state == State::Critical ? 1 : 0;
        unread += state == State::Unknown ? 1 : 0;
    }
    QStringList lines{tr("%1 of %n item(s) ticked by hand", nullptr, manual).arg(ticked)};
    if (attention > 0)
        lines.append(tr("%n live check(s) need attention", nullptr, attention));
    if (unread > 0)
        lines.append(tr("%n live check(s) not read (yet)", nullptr, unread));
    return lines.join(QLatin1Char('\n'));
}

void ChecklistView::retranslate()
{
    const RunbookNode *node = m_session ? m_session->runbook().node(m_node) : nullptr;
    const QString language = Localization::current();
    for (qsizetype i = 0; node && i < m_headings.size() && i < node->sections.size(); ++i)
        m_headings.at(i)->setText(node->sections.at(i).title.text(language));
    for (const Row &row : std::as_const(m_rows)) {
        if (row.note)
            row.note->setPlaceholderText(tr("Note (optional)"));
    }
    refresh();
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lotse
