// The evidence table of a diagnosis PDF is cut across pages only between rows,
// never after its header alone and never before its last row: no evidence row
// goes to a page alone, without the header or a row above it.
#include "layout/reporttext.h"
#include "painters/evidencetable.h"
#include "style/reportstyle.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using lotse::EvidenceTable;

class TestEvidenceTable final : public QObject
{
    Q_OBJECT

private:
    static QList<EvidenceTable::Row> rows(int count)
    {
        QList<EvidenceTable::Row> rows;
        for (int i = 0; i < count; ++i) {
            EvidenceTable::Row row;
            row.title = QStringLiteral("Check %1").arg(i);
            row.reading.value = i;
            row.reading.state = lotse::State::Good;
            row.reading.query = QStringLiteral("up");
            rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void theLastRowIsNeverCutOffAlone()
    {
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("t.pdf")));
        const lotse::ReportStyle style(&writer);
        const lotse::ReportText text(QStringLiteral("en"));
        const EvidenceTable table(style, text);
        const qreal width = style.pt(500);

        QVERIFY(table.block(rows(1), width).breaks.isEmpty());
        QVERIFY(table.block(rows(2), width).breaks.isEmpty());
        const lotse::ReportBlock four = table.block(rows(4), width);
        // Cuts after the first and the second row; not after the third, which would leave the fourth alone.
        QCOMPARE(four.breaks.size(), 2);
        const qreal rowHeight = (four.height - four.breaks.first()) / 3;
        QVERIFY(four.breaks.last() < four.height - rowHeight * 1.5);
    }
};

QTEST_MAIN(TestEvidenceTable)
#include "tst_evidencetable.moc"
