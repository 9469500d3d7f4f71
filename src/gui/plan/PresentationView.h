#pragma once

#include "domain/SafetyPlan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QScrollArea;

namespace mooring {

class LiveNotice;

// The plan for a shared screen: large type, one section at a time.
// Right / Page Down / Space: next; Left / Page Up: previous; Ctrl+= / Ctrl+-: bigger or
// smaller; Ctrl+0: usual size; Escape: back to the editor. F1 and the "I need help now"
// button at the top: help, as everywhere (AppWideKeys).
class PresentationView : public QDialog {
    Q_OBJECT
public:
    explicit PresentationView(SafetyPlan plan, QWidget* parent = nullptr);

    int current() const noexcept { return m_index; }
    double zoom() const noexcept { return m_zoom; }
    void next();
    void previous();
    void zoomBy(double factor);
    QString shownTitle() const;
    QString shownText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showSection(int index);
    void applyZoom();

    SafetyPlan m_plan;
    int m_index = 0;
    double m_zoom = 1.0;
    double m_basePoint;
    QLabel* m_step;
    QLabel* m_title;
    QLabel* m_items;
    LiveNotice* m_said;  // the buttons take no focus, so a new section is said aloud
    QPushButton* m_previous;
    QPushButton* m_next;
};

}  // namespace mooring
