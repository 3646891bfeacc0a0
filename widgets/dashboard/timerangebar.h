#pragma once

#include "core/timerange.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace lotse {

class AbsoluteRangeDialog;

/// The controls of time: the range (presets back from now, or absolute), how
/// often to refresh, pause, refresh now and reset zoom. It only reports what
/// the user picks; the setters show the session's state without emitting.
class TimeRangeBar final : public QWidget
{
    Q_OBJECT

public:
    explicit TimeRangeBar(QWidget *parent = nullptr);

    void setTimeRange(const TimeRange &range);
    TimeRange timeRange() const { return m_range; }
    void setRefreshInterval(qint64 seconds);
    qint64 refreshInterval() const;
    void setPaused(bool paused);
    bool isPaused() const;
    /// Enables "Reset zoom" while the range is a zoom.
    void setZoomed(bool zoomed);

    /// The actions behind the buttons, with their shortcuts (F5, Space,
    /// Ctrl+0), for the window's menus to share.
    QAction *refreshAction() const { return m_refresh; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resetZoomAction() const { return m_resetZoom; }

    /// "Last 1 hour", or the absolute bounds in local time.
    static QString rangeText(const TimeRange &range);
    /// "Off", "5 s", "1 min".
    static QString intervalText(qint64 seconds);
    /// The choices of the refresh picker, in seconds; 0 is off.
    static const QList<qint64> &refreshChoices();

    /// With its buttons' texts; the least is without them (icons and tooltips).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// Whether the buttons show their icons only, for lack of room.
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void rangeChosen(const TimeRange &range);
    void refreshIntervalChosen(qint64 seconds);
    void pausedToggled(bool paused);
    void refreshRequested();
    void zoomResetRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QToolButton *toolButton(QAction *action);
    /// What the texts of the buttons that may drop them add to the width.
    int buttonTextWidths() const;
    /// Drops or restores the buttons' texts for the width the bar has.
    void fitButtons();
    void buildRangeMenu();
    void fillIntervals();
    void retranslate();
    void showRange();
    void showPaused();
    void choosePreset(qint64 seconds);
    void chooseAbsolute();
    void onIntervalActivated(int index);

    TimeRange m_range;
    qint64 m_refreshSeconds = 30;
    QToolButton *m_rangeButton;
    QMenu *m_rangeMenu;
    QActionGroup *m_presets;
    QAction *m_absolute;
    QLabel *m_intervalLabel;
    QComboBox *m_interval;
    QAction *m_refresh;
    QAction *m_pause;
    QAction *m_resetZoom;
    QPointer<AbsoluteRangeDialog> m_dialog;
    QList<QToolButton *> m_textButtons; ///< Reset zoom, Pause, Refresh now
    bool m_compact = false;
};

} // namespace lotse
