#include "gui/home/HomeTile.h"

#include "gui/common/Appearance.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

HomeTile::HomeTile(const QString& title, const QString& description, QWidget* parent)
    : QPushButton(parent), m_title(new QLabel(title, this)), m_description(new QLabel(description, this)) {
    setAccessibleName(title);
    setAccessibleDescription(description);
    setAutoDefault(true);
    Appearance::setRelativeFontSize(m_title, 1.2, true);
    // Long titles (German, 200 % text) wrap instead of widening the window.
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    for (QLabel* label : {m_title, m_description}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setTextFormat(Qt::PlainText);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

QSize HomeTile::sizeHint() const { return layout()->sizeHint(); }

// The description wraps, so the parent layout asks heightForWidth(), which QWidget
// answers from this layout.
QSize HomeTile::minimumSizeHint() const { return layout()->minimumSize(); }

}  // namespace mooring
