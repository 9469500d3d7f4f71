// The baseline for bench/crisis_first_window.sh: the time an empty Qt Widgets window takes
// to appear on this machine, so "mooring --help-now" can be judged as a ratio of it.
// Like mooring, it prints the moment of its first frame on standard error when
// MOORING_REPORT_FIRST_FRAME=1 (bench/first_window.sh reads it).
#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace {

// A widget window paints while it handles its first expose; a zero timer runs after that.
// Watching is always on, as mooring watches for its window icon; printing only when asked.
class FirstFrameReport : public QObject {
public:
    explicit FirstFrameReport(bool print) : m_print(print) { qApp->installEventFilter(this); }

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

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    FirstFrameReport report(qEnvironmentVariable("MOORING_REPORT_FIRST_FRAME") == QLatin1String("1"));
    QWidget window;
    window.setWindowTitle(QStringLiteral("Mooring baseline"));
    window.resize(960, 760);
    window.show();
    return QApplication::exec();
}
