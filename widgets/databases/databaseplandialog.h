#pragma once

#include "core/queryreply.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace lotse {

class DatabaseNotice;
class DatabasePlanTree;
class PostgresSource;

/// Plan advice for one statement of a PostgreSQL source: the plan tree with
/// PlanAdvisor's remarks per node (sequential scans, costly nested loops,
/// large sorts, hash joins without an index). Planning only, by default; the
/// statement runs (EXPLAIN ANALYZE) only when the engineer asks for it and
/// confirms a warning, and only a single SELECT is offered that.
/// pg_stat_statements records statements with their constants replaced by
/// $1, $2, …: those are planned once the engineer puts values in.
class DatabasePlanDialog final : public QDialog
{
    Q_OBJECT

public:
    DatabasePlanDialog(PostgresSource *source, const QString &statement, QWidget *parent = nullptr);

    QString statement() const;
    DatabasePlanTree *planTree() const { return m_tree; }
    QPushButton *explainButton() const { return m_explain; }
    QPushButton *analyzeButton() const { return m_analyze; }
    /// The warning shown before EXPLAIN ANALYZE, while it is open.
    QMessageBox *analyzeWarning() const;
    bool isBusy() const;
    /// True once a plan was shown, false while none is.
    bool hasPlan() const { return m_planned.isValid(); }
    QString errorText() const;

public Q_SLOTS:
    /// Plans the statement as it stands in the editor (EXPLAIN, nothing runs).
    void explain();
    /// Asks for confirmation, then runs the statement under EXPLAIN ANALYZE.
    void explainAnalyze();

Q_SIGNALS:
    /// A plan (or an error) arrived.
    void answered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void request(bool analyze);
    void onAnswer(const QueryReply::Result &result);
    void showAdvice(const QString &json);
    void updateOffers();
    bool hasParameters() const;
    void retranslate();

    QPointer<PostgresSource> m_source;
    QPlainTextEdit *m_statement;
    DatabaseNotice *m_parameters;
    QPushButton *m_explain;
    QPushButton *m_analyze;
    QLabel *m_status;
    DatabaseNotice *m_error;
    DatabasePlanTree *m_tree;
    QTextBrowser *m_advice;
    QPointer<QueryReply> m_reply;
    QPointer<QMessageBox> m_warning;
    bool m_analyzing = false;
    QDateTime m_planned;
};

} // namespace lotse
