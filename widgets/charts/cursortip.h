#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace lotse {

/// The time cursor's tooltip: the instant, then one row per series with its
/// colour, name and value, and while comparing the earlier value and the
/// difference. Painted by itself, opaque, so moving it repaints no chart.
class CursorTip final : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QColor color;
        QString name;
        double value = 0;
        QString valueText;
        QString thenText;       ///< the earlier value, while comparing
        QString differenceText; ///< now minus then, signed
    };

    explicit CursorTip(QWidget *parent = nullptr);

    /// Shows @p title over @p rows (already sorted); @p more rows were left out.
    void setContent(const QString &title, const QList<Row> &rows, int more);
    QString title() const { return m_title; }
    QList<Row> rows() const { return m_rows; }
    /// "12 more", or empty when every row is shown.
    QString moreText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Columns
    {
        int swatch = 0;
        int name = 0;
        int value = 0;
        int then = 0;
        int difference = 0;
    };

    Columns columns() const;

    QString m_title;
    QList<Row> m_rows;
    int m_more = 0;
};

} // namespace lotse
