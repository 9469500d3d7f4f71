// The baseline for bench/crisis_first_window.sh: the time an empty Qt Widgets window takes
// to appear on this machine, so "mooring --help-now" can be judged as a ratio of it.
// Like mooring, it prints the moment of its first frame on standard error when
// MOORING_REPORT_FIRST_FRAME=1 (bench/first_window.sh reads it).
#include "FirstFrameReport.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const mooring::bench::FirstFrameReport report;
    QWidget window;
    window.setWindowTitle(QStringLiteral("Mooring baseline"));
    window.resize(960, 760);
    window.show();
    return QApplication::exec();
}
