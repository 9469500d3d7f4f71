#pragma once
// For bench/crisis_first_window.sh's reference windows: like mooring, they print the moment of
// their first frame on standard error when MOORING_REPORT_FIRST_FRAME=1 (bench/first_window.sh
// reads it).
#include <QApplication>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace mooring::bench {

// A widget window paints while it handles its first expose; a zero timer runs after that.
// Watching is always on, as mooring watches for its window icon; printing only when asked.
class FirstFrameReport : public QObject {
public:
    FirstFrameReport() : m_print(qEnvironmentVariable("MOORING_REPORT_FIRST_FRAME") == QLatin1String("1")) {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        const auto* window = qobject_cast<QWindow*>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed()) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, [print = m_print] {
                if (!print) return;
                const auto now = std::chrono::system_clock::now().time_since_epoch();
                std::fprintf(stderr, "first frame at %.6f\n", std::chrono::duration<double>(now).count());
            });
        }
        return false;
    }

private:
    const bool m_print;
};

}  // namespace mooring::bench
