#pragma once
// Timing a screen until it has painted, for the benchmarks of screens (offscreen platform).
// "Painted" = the event loop has run until the paint events that follow the change were
// handled and a further round brought no more.
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>

namespace mooring::bench {

// Counts paint events of the screen and everything inside it.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget*& screen) : m_screen(screen) { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_screen) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && (widget == m_screen || m_screen->isAncestorOf(widget))) ++paints;
        }
        return false;
    }

private:
    QWidget*& m_screen;
};

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
    bool painted = false;
};

// Runs `change`, then the event loop until what it caused has been painted.
template <typename Change>
Timing untilPainted(PaintWatch& watch, Change&& change) {
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    change();
    Timing t;
    for (int round = 0; round < 200; ++round) {
        const int before = watch.paints;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (watch.paints > before) {
            t.painted = true;
            t.wallMs = double(timer.nsecsElapsed()) / 1e6;
            t.cpuMs = threadCpuMs() - cpu;
        } else if (t.painted) {
            break;
        }
    }
    return t;
}

}  // namespace mooring::bench
