#pragma once

#include <QTableWidget>

namespace lotse {

struct Table;
struct ViewInfo;

/// A list that answers one row of many columns (Redis's overview, the
/// PostgreSQL connection count, a key scan) read down instead of across: a
/// line per column, its readable name beside its value.
class DatabaseRecordView final : public QTableWidget
{
    Q_OBJECT

public:
    explicit DatabaseRecordView(QWidget *parent = nullptr);

    /// Shows the first row of @p table.
    void setRecord(const Table &table);
    /// Whether @p view answers one row by its nature, which reads better as a record.
    static bool suits(const ViewInfo &view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_columns;
};

} // namespace lotse
