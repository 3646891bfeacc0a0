#pragma once

#include "core/localizedtext.h"
#include "core/series.h"
#include "core/thresholds.h"
#include "core/unit.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lotse {

class KpiModel;

/// Everything behind one KPI card: the query, the source, when it was last read,
/// the error and the warnings. Follows the model while it is open, and offers
/// the linked runbook when the KPI is in trouble.
class KpiDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    KpiDetailsDialog(KpiModel *model, int row, QString sourceText, QWidget *parent = nullptr);

    /// The translated name of @p state ("Good").
    static QString stateText(State state);
    /// The linked runbook's title and its start node's, shown in place of their ids.
    void setRunbookTitles(const LocalizedText &runbook, const LocalizedText &node);
    /// The bands in words: "warning above 100 ms, critical above 500 ms".
    static QString thresholdsText(const Thresholds &thresholds, Unit unit, const QString &language);
    /// True when @p state is one a runbook should be offered for.
    static bool needsDiagnosis(State state);

    QPushButton *diagnoseButton() const { return m_diagnose; }
    /// The pinned time cursor's instant (invalid: none): the dialog shows the
    /// value there, and Diagnose reads at it.
    void setCursorAt(const QDateTime &at);
    QString cursorText() const;

Q_SIGNALS:
    void diagnoseRequested(const QString &runbook, const QString &node);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString bandText(State band, bool higher, bool included, const QString &value);
    void retranslate();
    void refresh();
    void showRow(QWidget *field, bool visible);
    void requestDiagnosis();
    void showCursorValue(const Series &sparkline, Unit unit);

    QPointer<KpiModel> m_model;
    int m_row;
    QString m_sourceText;
    LocalizedText m_runbookTitle;
    LocalizedText m_nodeTitle;
    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_state;
    QLabel *m_thresholds;
    QPlainTextEdit *m_query;
    QLabel *m_source;
    QLabel *m_readAt;
    QLabel *m_error;
    QLabel *m_warnings;
    QLabel *m_runbook;
    QLabel *m_atCursor;
    QDateTime m_cursorAt;
    QDialogButtonBox *m_buttons;
    QPushButton *m_diagnose;
};

} // namespace lotse
