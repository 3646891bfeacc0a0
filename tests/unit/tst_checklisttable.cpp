// A checklist section in the PDF stays whole on a page when it fits there,
// so no item stands on a page without its section's heading; one taller than
// a page is cut between rows, never before its last.
#include "layout/reporttext.h"
#include "painters/checklisttable.h"
#include "style/reportstyle.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using lotse::ChecklistTable;

class TestChecklistTable final : public QObject
{
    Q_OBJECT

private:
    static QList<ChecklistTable::Row> rows(int count)
    {
        QList<ChecklistTable::Row> rows;
        for (int i = 0; i < count; ++i) {
            ChecklistTable::Row row;
            row.text = QStringLiteral("Item %1").arg(i);
            row.manual = i % 2 == 0;
            row.state = lotse::State::Good;
            row.detail = QStringLiteral("What its check read");
            rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void aSectionThatFitsIsNeverCut()
    {
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("t.pdf")));
        const lotse::ReportStyle style(&writer);
        const ChecklistTable table(style, lotse::ReportText(QStringLiteral("en")));
        const qreal width = style.pt(500);

        const lotse::ReportBlock five = table.block(rows(5), width, style.pt(700));
        QVERIFY(five.height > 0);
        QVERIFY(five.breaks.isEmpty());
        // Taller than the page: cut between rows, but not before the last.
        const lotse::ReportBlock many = table.block(rows(8), width, five.height);
        QCOMPARE(many.breaks.size(), 6);
        const qreal rowHeight = many.height / 8;
        QVERIFY(many.breaks.last() < many.height - rowHeight * 1.5);
    }
};

QTEST_MAIN(TestChecklistTable)
#include "tst_checklisttable.moc"
