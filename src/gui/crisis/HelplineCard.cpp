#include "gui/crisis/HelplineCard.h"

#include "gui/common/FocusLanding.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/NumberActions.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QLabel* numberLine(const QString& text, QWidget* parent, const QString& objectName) {
    // Beside the buttons on one line; wrapped only when the text is too large for that.
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    crisis::setFontScale(label, 1.6, true);
    return label;
}

// Pieces of what the card shows, as one spoken text: "Call 116 123. Any time, day or night."
QString sentences(const QStringList& pieces) {
    QStringList out;
    for (QString piece : pieces) {
        piece = piece.trimmed();
        if (piece.isEmpty()) continue;
        if (!piece.back().isPunct()) piece += u'.';
        out << piece;
    }
    return out.join(u' ');
}

}  // namespace

HelplineCard::HelplineCard(const Helpline& helpline, bool editable, QWidget* parent)
    : QFrame(parent), m_helpline(helpline) {
    setObjectName(u"helplineCard"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    // Compact enough that several lines fit on the screen at once without scrolling.
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(4);

    auto* name = crisis::wrappedLabel(helpline.name, this, u"helplineCardName"_s);
    crisis::setFontScale(name, 1.3, true);
    layout->addWidget(name);
    if (helpline.youth)
        layout->addWidget(crisis::wrappedLabel(tr("For children and young people"), this, u"helplineCardYouth"_s));
    if (!helpline.note.isEmpty()) layout->addWidget(crisis::wrappedLabel(helpline.note, this, u"helplineCardNote"_s));
    if (!helpline.hours.isEmpty())
        layout->addWidget(crisis::wrappedLabel(helpline.hours, this, u"helplineCardHours"_s));

    m_actions = new NumberActions(copyText(), helpline.name, this);
    auto* numbers = new QWidget(m_actions);
    auto* numbersLayout = new QVBoxLayout(numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    numbersLayout->setSpacing(0);
    QString spokenCall;
    QString spokenText;
    QStringList heard;  // what the card says, for a screen reader that only hears the focus
    if (!helpline.call.isEmpty()) {
        heard << tr("Call %1").arg(helpline.call);
        spokenCall = tr("call %1").arg(helpline.call);
        numbersLayout->addWidget(numberLine(tr("Call %1").arg(helpline.call), numbers, u"helplineCardCall"_s));
    }
    if (!helpline.text.isEmpty()) {
        const QString line = helpline.textBody.isEmpty() ? tr("Text %1").arg(helpline.text)
                                                         : tr("Text %1 to %2").arg(helpline.textBody, helpline.text);
        spokenText = line.toLower();
        heard << line;
        numbersLayout->addWidget(numberLine(line, numbers, u"helplineCardText"_s));
    }
    m_actions->setLead(numbers);
    heard << helpline.hours << (helpline.youth ? tr("For children and young people") : QString()) << helpline.note;
    const QString details = sentences(heard);
    m_actions->setSpokenDetails(details);
    setAccessibleName(helpline.name);
    setAccessibleDescription(details);
    m_actions->addCode(helpline.callUri(), tr("Scan to call"), spokenCall);
    m_actions->addCode(helpline.textUri(), tr("Scan to text"), spokenText);
    connect(m_actions, &NumberActions::copied, this, &HelplineCard::copied);
    layout->addWidget(m_actions);
    FocusLanding::install(this, [this]() -> QWidget* {
        return m_edit && m_edit->isVisibleTo(this) ? static_cast<QWidget*>(m_edit) : m_actions;
    });

    if (editable) {
        m_edit = new QPushButton(tr("Change"), this);
        m_edit->setObjectName(u"helplineEdit"_s);
        crisis::makeLarge(m_edit, tr("Change %1").arg(helpline.name));
        connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_helpline.id); });
        layout->addWidget(m_edit, 0, Qt::AlignLeft);
        m_edit->hide();
    }
}

QString HelplineCard::copyText() const { return m_helpline.call.isEmpty() ? m_helpline.text : m_helpline.call; }

void HelplineCard::setCodesVisible(bool on) { m_actions->setCodesVisible(on); }

bool HelplineCard::codesVisible() const { return m_actions->codesVisible(); }

void HelplineCard::setEditing(bool on) {
    if (!m_edit) return;
    m_actions->setButtonsShown(!on);
    m_edit->setVisible(on);
}

}  // namespace mooring
