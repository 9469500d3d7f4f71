#include "gui/crisis/PageStack.h"

#include <QVBoxLayout>

namespace mooring::crisis {

PageStack::PageStack(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
}

void PageStack::addWidget(QWidget* page) {
    page->setParent(this);
    m_layout->addWidget(page);
    m_pages.append(page);
    if (!m_current)
        m_current = page;
    else
        page->hide();  // a hidden widget takes no room in the layout
}

void PageStack::removeWidget(QWidget* page) {
    if (!m_pages.removeAll(page)) return;
    m_layout->removeWidget(page);
    if (m_current == page) {
        m_current = nullptr;
        if (!m_pages.isEmpty()) setCurrentWidget(m_pages.constFirst());
    }
}

void PageStack::setCurrentWidget(QWidget* page) {
    if (!m_pages.contains(page)) return;
    // Show the new page before hiding the old one, so the focus is not thrown elsewhere.
    page->show();
    for (QWidget* other : std::as_const(m_pages))
        if (other != page) other->hide();
    m_current = page;
    m_layout->activate();  // the new page has its place now, not at the next turn of the loop
}

}  // namespace mooring::crisis
