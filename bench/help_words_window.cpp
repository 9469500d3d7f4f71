// A second reference for bench/crisis_first_window.sh: the words of the help screen's first
// frame (`mooring --help-now`), at its text sizes and in its window size, made of plain Qt
// labels and buttons with nothing of Mooring's around them. It reads fontconfig's
// configuration on a thread while QApplication starts, as mooring does. An empty window
// draws no text at all; this one tells how much of mooring's time the words themselves
// cost in Qt, and so how much is Mooring's own. The words are copied from the English
// screen; if that screen changes a lot, change them here too.
// Like mooring, it prints the moment of its first frame on standard error when
// MOORING_REPORT_FIRST_FRAME=1 (bench/first_window.sh reads it).
#include "FirstFrameReport.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <fontconfig/fontconfig.h>

#include <thread>

namespace {

// The help screen's text sizes, as factors of the program's font (gui/crisis).
constexpr double kScreen = 1.3;
constexpr double kTitle = 1.25;
constexpr double kHeading = 1.5;
constexpr double kCareLine = 0.85;

QLabel* words(const char* text, double scale, bool bold, QWidget* window) {
    auto* label = new QLabel(QString::fromUtf8(text), window);
    label->setWordWrap(true);
    QFont font = window->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QPushButton* button(const char* text, QWidget* window) {
    auto* b = new QPushButton(QString::fromUtf8(text), window);
    b->setMinimumHeight(52);
    return b;
}

}  // namespace

int main(int argc, char* argv[]) {
    std::thread readAhead([] { FcInit(); });
    QApplication app(argc, argv);
    readAhead.join();
    const mooring::bench::FirstFrameReport report;
    QWidget window;
    window.setWindowTitle(QStringLiteral("Mooring words"));
    QFont screen = window.font();
    screen.setPointSizeF(screen.pointSizeF() * kScreen);
    window.setFont(screen);

    auto* outer = new QVBoxLayout(&window);
    auto* top = new QHBoxLayout;
    top->addWidget(button("Back  (Esc)", &window));
    top->addWidget(words("You're not alone in this. Let's take it one step at a time.", kTitle, true, &window), 1);
    outer->addLayout(top);
    auto* middle = new QHBoxLayout;
    auto* choices = new QVBoxLayout;
    for (const char* choice : {"&Breathe", "&Ground", "&Ride out the urge", "&Talk to someone", "Try &something"})
        choices->addWidget(button(choice, &window));
    choices->addStretch(1);
    middle->addLayout(choices);
    auto* page = new QVBoxLayout;
    page->addWidget(words("Whatever you are feeling right now, it will change.", kHeading, true, &window));
    page->addWidget(
        words("Choose one thing to try. You can switch at any time. If you are not sure, start with "
              "Breathe.",
              1.0, false, &window));
    page->addStretch(1);
    page->addWidget(button("Understand self-harm and recovery", &window), 0, Qt::AlignLeft);
    middle->addLayout(page, 1);
    outer->addLayout(middle, 1);
    outer->addWidget(
        words("Mooring does not replace care from a doctor, a therapist or a crisis service. If you are "
              "in danger, thinking about ending your life, or not sure you can keep yourself safe, call "
              "your local emergency number or a crisis line now. Helplines are under \"Talk to "
              "someone\".",
              kCareLine, false, &window));
    window.resize(960, 760);
    window.show();
    return QApplication::exec();
}
