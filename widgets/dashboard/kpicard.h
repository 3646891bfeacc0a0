#pragma once

#include "core/localizedtext.h"
#include "core/thresholds.h"
#include "core/timerange.h"
#include "dashboard/cardframeimage.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QToolButton;

namespace lotse {

class KpiDetailsDialog;
class KpiModel;
class Sparkline;
class TimeCursor;

/// One KPI at a glance: title, value with unit, a band in the state's colour
/// and a sparkline of the visible range. Reads row @p row of a KpiModel and
/// follows dataChanged for that row only. A click, Enter or Space opens the details.
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    KpiCard(KpiModel *model, int row, QWidget *parent = nullptr);

    int row() const { return m_row; }
    QString kpiId() const;
    /// The state the card shows; Unknown while unread and when the read failed.
    State state() const { return m_state; }
    /// Showing the last value read, dimmed and dated, because the latest read failed.
    bool showsLastValue() const { return m_keptValue; }
    /// The value as the card writes it.
    QString valueText() const { return m_valueText; }
    bool isStale() const { return m_stale; }
    bool hasError() const { return !m_error.isEmpty(); }
    /// True when the card has thresholds to judge by; without, it is neutral.
    bool isJudged() const;
    /// The state in words with a symbol ("▲ Warning"), empty when the card is not judged.
    QString stateText() const;
    /// A shape per state: ✔ ▲ ✖ ?.
    static QString stateSymbol(State state);
    /// A value read without @p thresholds is good only in the model's sense:
    /// shown neutral, never claimed good.
    static bool isNeutral(State state, const Thresholds &thresholds)
    {
        return state == State::Good && thresholds.isEmpty();
    }

    /// Where the KPI is read from, for the details ("prometheus — http://…").
    void setSourceText(const QString &text) { m_sourceText = text; }
    /// The dashboard's time cursor: while it is pinned, the details show its instant.
    void setTimeCursor(TimeCursor *cursor);
    /// The titles of the linked runbook and of the node it starts from, for
    /// the details (which show them instead of ids).
    void setRunbookTitles(const LocalizedText &runbook, const LocalizedText &node);
    /// The range the sparkline spans.
    void setTimeWindow(const TimeWindow &window);
    /// Sparkline width in device pixels.
    int sparklineWidth() const;

    /// Opens the details view, or raises it when it is already open.
    void showDetails();
    KpiDetailsDialog *detailsDialog() const;

Q_SIGNALS:
    /// The user asked to diagnose this KPI with its runbook, starting at @p node.
    void diagnoseRequested(const QString &runbook, const QString &node);
    void sparklineWidthChanged(int pixels);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void readAll();
    void readValue();
    void readSparkline();
    void applyLook();
    void applyMetrics();
    void fitValueFont();
    void retranslate();
    bool isNeutral() const;
    int bandWidth() const;
    QColor accentColor() const;
    QString staleText() const;

    QPointer<KpiModel> m_model;
    int m_row;
    QString m_sourceText;
    LocalizedText m_runbookTitle;
    LocalizedText m_nodeTitle;
    State m_state = State::Unknown;
    QString m_error;
    QString m_valueText;
    QDateTime m_readAt;
    bool m_stale = false;
    bool m_keptValue = false; ///< showing the last value read, because this read failed
    /// The value shown is not current (stale or kept): dimmed, badged and dated.
    bool isDated() const { return m_stale || m_keptValue; }
    bool m_hovered = false;
    bool m_keyboardFocus = false;
    CardFrameImage m_frame;
    QLabel *m_title;
    QLabel *m_badge;
    QToolButton *m_errorIcon;
    QLabel *m_value;
    QLabel *m_stateLabel;
    Sparkline *m_sparkline;
    QPointer<KpiDetailsDialog> m_details;
    QPointer<TimeCursor> m_timeCursor;
};

} // namespace lotse
