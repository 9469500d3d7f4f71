#include "gui/crisis/ChoicePlacement.h"

#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/FlowLayout.h"

#include <QBoxLayout>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace mooring::crisis {

void ChoicePlacement::place(QWidget* currentPanel) const {
    // The column's width with the roomier padding it has there (18 px a side and the border),
    // whichever padding the choices have now, so the decision does not flip back and forth.
    int width = 0;
    for (const QPushButton* choice : choices) {
        if (choice->isHidden()) continue;
        const QString words = QString(choice->text()).remove(u'&');
        width = std::max(width, choice->fontMetrics().horizontalAdvance(words) + 40);
    }
    // Beside the panel only if the panel still gets a comfortable line of text (about 40
    // characters) and everything it needs to show at its narrowest.
    const QMargins margins = screen->layout()->contentsMargins();
    const int panel = screen->width() - margins.left() - margins.right() - width - kBesideGap;
    int needed = screen->fontMetrics().averageCharWidth() * 40;
    if (currentPanel) needed = std::max(needed, currentPanel->minimumSizeHint().width());
    const bool beside = panel >= needed;
    if (beside != (middle->direction() == QBoxLayout::LeftToRight)) {
        middle->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
        middle->setAlignment(column, beside ? Qt::AlignTop : Qt::Alignment());
        middle->setSpacing(beside ? kBesideGap : 12);
        flow->setOneColumn(beside);
        for (QPushButton* choice : choices) {
            // Above the panel: a little less padding, so they take fewer rows.
            choice->setProperty("compact", !beside);
            choice->setMinimumHeight(beside ? kChoiceHeight : kMinTarget);
            choice->style()->unpolish(choice);
            choice->style()->polish(choice);
        }
    }
    for (QPushButton* choice : choices) {
        // Half a letter more than Qt measures: the underlined key letter is drawn apart from
        // the rest, without the kerning the measure counted ("Talk" lost its last letter).
        choice->setMinimumWidth(0);
        choice->setMinimumWidth(choice->sizeHint().width() + choice->fontMetrics().averageCharWidth() / 2);
    }
}

}  // namespace mooring::crisis
