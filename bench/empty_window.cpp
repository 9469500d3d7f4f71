// The baseline for bench/crisis_first_window.sh: the time an empty Qt Widgets window takes
// to appear on this machine, so "mooring --help-now" can be judged as a ratio of it.
#include <QApplication>
#include <QWidget>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Mooring baseline"));
    window.resize(960, 760);
    window.show();
    return QApplication::exec();
}
