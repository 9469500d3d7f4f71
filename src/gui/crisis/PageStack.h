#pragma once

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace mooring::crisis {

// Like QStackedWidget, one page shown at a time, but only the page shown counts for the
// size: QStackedWidget asks every page for its height at a given width, so a tall hidden
// page would leave empty room to scroll through on a short one.
class PageStack : public QWidget {
    Q_OBJECT
public:
    explicit PageStack(QWidget* parent = nullptr);

    void addWidget(QWidget* page);
    // Takes a page out (to be deleted by the caller); the first page is shown if it was current.
    void removeWidget(QWidget* page);
    void setCurrentWidget(QWidget* page);
    QWidget* currentWidget() const { return m_current; }
    int count() const { return int(m_pages.size()); }
    QWidget* widget(int index) const { return m_pages.value(index); }

private:
    QVBoxLayout* m_layout;
    QList<QWidget*> m_pages;
    QWidget* m_current = nullptr;
};

}  // namespace mooring::crisis
