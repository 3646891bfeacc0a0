#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace lotse {

/// The instant the pointer points at, shared by every chart of a dashboard so
/// that all draw their crosshair at the same time. Hovering moves it; a click
/// pins it there (a second click or Esc lets it go), and a pinned cursor is
/// the instant diagnosis and the KPI details read at. Owned by the view.
class TimeCursor final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Unix seconds, none while the pointer is on no chart and nothing is pinned.
    std::optional<double> seconds() const { return m_seconds; }
    bool isPinned() const { return m_pinned; }
    /// The pinned instant; invalid while nothing is pinned.
    QDateTime pinnedAt() const;
    /// The chart the pointer is on, or that pinned the cursor: it shows the values.
    QObject *owner() const { return m_owner; }

    /// The pointer is at @p seconds on @p owner; a pinned cursor stays.
    void hover(double seconds, QObject *owner);
    /// The pointer left @p owner.
    void leave(QObject *owner);
    /// A click at @p seconds on @p owner: pins there, or lets a pinned cursor go.
    void click(double seconds, QObject *owner);
    void unpin();
    /// Moves a pinned cursor by @p steps of @p stepSeconds (arrow keys).
    void move(int steps, double stepSeconds);

Q_SIGNALS:
    /// The instant, the owner or pinning changed: the charts redraw their crosshair.
    void moved();
    void pinnedChanged(bool pinned);

private:
    void set(std::optional<double> seconds, QObject *owner, bool pinned);

    std::optional<double> m_seconds;
    QPointer<QObject> m_owner;
    bool m_pinned = false;
};

} // namespace lotse
