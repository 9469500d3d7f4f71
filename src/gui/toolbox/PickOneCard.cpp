#include "gui/toolbox/PickOneCard.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/CopingStrategy.h"
#include "gui/common/Appearance.h"
#include "gui/common/LiveNotice.h"
#include "gui/toolbox/ToolboxText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

PickOneCard::PickOneCard(QWidget* parent)
    : QFrame(parent),
      m_from(new QLabel(this)),
      m_title(new QLabel(this)),
      m_details(new QLabel(this)),
      m_said(new LiveNotice(this)) {
    setObjectName(u"pickCard"_s);
    setFrameShape(QFrame::StyledPanel);
    for (QLabel* label : {m_from, m_title, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_from->setObjectName(u"pickFrom"_s);
    m_title->setObjectName(u"pickTitle"_s);
    m_details->setObjectName(u"pickDetails"_s);
    Appearance::setRelativeFontSize(m_title, 1.25, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    layout->addWidget(m_from);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    hide();
}

void PickOneCard::showIdea(const CopingStrategy& stored, const QString& from) {
    const CopingStrategy strategy = CopingIdeaTexts::shown(stored);
    m_shownId = strategy.id;
    m_from->setText(tr("Something to try, from %1:").arg(from));
    m_title->setText(strategy.title);
    QString details = strategy.details;
    if (!strategy.location.isEmpty())
        details +=
            (details.isEmpty() ? QString() : u"\n"_s) + ToolboxText::locationLabel() + u": "_s + strategy.location;
    m_details->setText(details);
    m_title->show();
    m_details->setVisible(!details.isEmpty());
    show();
    // Read out what was picked without moving the focus away from the button.
    setAccessibleName(m_from->text() + u' ' + strategy.title);
    m_said->say(details.isEmpty() ? accessibleName() : accessibleName() + u". "_s + details);
}

void PickOneCard::showNothing(const QString& from) {
    m_shownId.clear();
    m_from->setText(tr("There is nothing to pick from %1 yet. Ctrl+N adds an idea of your own.").arg(from));
    m_title->hide();
    m_details->hide();
    show();
    setAccessibleName(m_from->text());
    m_said->say(accessibleName());
}

}  // namespace mooring
