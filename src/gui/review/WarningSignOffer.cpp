#include "gui/review/WarningSignOffer.h"

#include "gui/common/Appearance.h"
#include "gui/review/ReviewText.h"
#include "insights/WeekSummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

WarningSignOffer::WarningSignOffer(QWidget* parent) : QFrame(parent) {
    setObjectName(u"reviewWarningSignOffer"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"reviewWarningSignText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_add = new QPushButton(tr("Add to my &warning signs\u2026"), this);
    m_add->setObjectName(u"reviewAddWarningSign"_s);
    m_add->setToolTip(tr("Opens your safety plan with it filled in. Nothing is saved until you choose to."));
    m_notNow = new QPushButton(tr("&Not now"), this);
    m_notNow->setObjectName(u"reviewNotNow"_s);
    for (QPushButton* b : {m_add, m_notNow}) {
        b->setAutoDefault(true);
        Appearance::makeLargeTarget(b);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_notNow);
    buttons->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(16, 12, 16, 12);
    column->addWidget(m_text);
    column->addLayout(buttons);
    hide();

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_trigger.isEmpty()) Q_EMIT addRequested(m_trigger);
    });
    connect(m_notNow, &QPushButton::clicked, this, [this] {
        m_dismissed << tagKey(m_trigger);
        showNext();
    });
}

void WarningSignOffer::setTriggers(const QList<RecurringTrigger>& triggers, int span) {
    m_triggers = triggers;
    m_span = span;
    showNext();
}

void WarningSignOffer::showNext() {
    m_trigger.clear();
    for (const RecurringTrigger& t : m_triggers) {
        if (m_dismissed.contains(tagKey(t.name))) continue;
        m_trigger = t.name;
        m_text->setText(reviewtext::recurringSentence(t, m_span));
        m_add->setAccessibleName(tr("Add \u201c%1\u201d to my warning signs").arg(t.name));
        m_notNow->setAccessibleName(tr("Not now, for \u201c%1\u201d").arg(t.name));
        break;
    }
    const bool hadFocus = m_notNow->hasFocus() || m_add->hasFocus();
    setVisible(!m_trigger.isEmpty());
    if (hadFocus && !m_trigger.isEmpty()) m_add->setFocus(Qt::OtherFocusReason);
}

void WarningSignOffer::paintEvent(QPaintEvent* event) {
    // A soft card in the palette's alternate colour: noticeable, never alarming.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    p.fillPath(card, palette().color(QPalette::AlternateBase));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(card);
    QFrame::paintEvent(event);
}

}  // namespace mooring
