#pragma once

#include <QObject>

namespace lotse {

/// For the benchmark (tests/bench/bench_dashboard), which runs the program as
/// a child: with LOTSE_PAINT_PROBE=N in the environment, the first time a
/// chart has painted at least N lines of read data, prints
/// `lotse-paint EPOCH_MS LINES PLOT_WIDTH` on stdout. The time is taken after
/// the paint, so the figure is what a user would see.
class PaintProbe final : public QObject
{
    Q_OBJECT

public:
    /// Installs a probe on the application when the environment asks for one.
    static void installIfAsked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PaintProbe(int lines, QObject *parent);

    int m_lines;
    bool m_reported = false;
};

} // namespace lotse
