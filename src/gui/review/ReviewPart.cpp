#include "gui/review/ReviewPart.h"

#include "gui/common/Appearance.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ReviewPart::ReviewPart(const QString& title, const QString& name, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_sentence(new QLabel(this)), m_body(new QVBoxLayout(this)) {
    setObjectName(name);
    m_title->setObjectName(name + u"Title"_s);
    m_title->setWordWrap(true);
    Appearance::makeHeading(m_title, 2);
    m_sentence->setObjectName(name + u"Sentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->hide();  // until there is something to say
    m_body->setContentsMargins(0, 12, 0, 12);
    m_body->setSpacing(8);
    m_body->addWidget(m_title);
    m_body->addWidget(m_sentence);
}

void ReviewPart::addPicture(QWidget* picture, const QString& accessibleName) {
    picture->setParent(this);
    picture->setAccessibleName(accessibleName);
    // A Tab stop, so a screen reader user meets the picture and hears its name and the
    // sentence that says what it shows; a click does not take the focus from what was typed.
    picture->setFocusPolicy(Qt::TabFocus);
    m_pictures.append(picture);
    m_body->addWidget(picture);
}

void ReviewPart::setSentence(const QString& sentence) {
    m_sentence->setText(sentence);
    m_sentence->setVisible(!sentence.isEmpty());
    // The same sentence for screen readers; a fuller description may follow (setPictureDescription).
    for (QWidget* picture : m_pictures) picture->setAccessibleDescription(sentence);
}

void ReviewPart::setPictureDescription(const QString& description) {
    for (QWidget* picture : m_pictures) picture->setAccessibleDescription(description);
}

}  // namespace mooring
