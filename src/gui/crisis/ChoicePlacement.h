#pragma once

#include <QList>

class QBoxLayout;
class QPushButton;
class QWidget;

namespace mooring::crisis {

class FlowLayout;

// Where the help screen's choices go: beside the open panel while there is room for both,
// above it (wrapping, a little less padding) when large text in a smaller window would
// leave the panel too narrow to read.
struct ChoicePlacement {
    static constexpr int kChoiceHeight = 56;
    static constexpr int kBesideGap = 24;  // between the choices and the panel beside them

    QWidget* screen;
    QBoxLayout* middle;  // holds the column and the panel
    QWidget* column;
    FlowLayout* flow;  // the column's layout
    const QList<QPushButton*>& choices;

    void place(QWidget* currentPanel) const;
};

}  // namespace mooring::crisis
