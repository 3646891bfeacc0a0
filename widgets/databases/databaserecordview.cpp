#include "databases/databaserecordview.h"

#include "databases/databasecolumns.h"
#include "databases/databaseviews.h"
#include "core/queryresult.h"

#include <QEvent>
#include <QHeaderView>

namespace lotse {

DatabaseRecordView::DatabaseRecordView(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    retranslate();
}

bool DatabaseRecordView::suits(const ViewInfo &view)
{
    return view.record;
}

void DatabaseRecordView::setRecord(const Table &table)
{
    const QVariantList values = table.rows.value(0);
    if (m_columns != table.columns) {
        m_columns = table.columns;
        setRowCount(int(m_columns.size()));
        for (int row = 0; row < m_columns.size(); ++row) {
            auto *name = new QTableWidgetItem(DatabaseColumns::title(m_columns.at(row)));
            name->setToolTip(m_columns.at(row));
            setItem(row, 0, name);
            setItem(row, 1, new QTableWidgetItem);
        }
        resizeColumnToContents(0);
        setColumnWidth(0, columnWidth(0) + fontMetrics().averageCharWidth() * 4);
    }
    for (int row = 0; row < m_columns.size(); ++row) {
        const QVariant &value = values.value(row);
        QTableWidgetItem *cell = item(row, 1);
        cell->setText(DatabaseColumns::text(m_columns.at(row), value));
        cell->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

void DatabaseRecordView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void DatabaseRecordView::retranslate()
{
    setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    for (int row = 0; row < m_columns.size() && row < rowCount(); ++row)
        item(row, 0)->setText(DatabaseColumns::title(m_columns.at(row)));
}

} // namespace lotse
