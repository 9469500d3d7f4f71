#include "gui/crisis/TryIdeaPanel.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/Error.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/LiveNotice.h"
#include "gui/crisis/CrisisStyle.h"

#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

// Resources in a static library are registered by hand (at global scope, as Qt requires).
static void initCrisisResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(crisis);
        return true;
    }();
    Q_UNUSED(done);
}

namespace mooring {

using namespace Qt::StringLiterals;

QList<CopingIdea> TryIdeaPanel::builtinIdeas() {
    initCrisisResources();
    QFile file(u":/coping/ideas.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Damaged, tr("The built-in coping ideas are missing from this copy of Mooring."));
    return CopingIdea::listFromJson(file.readAll());
}

QString TryIdeaPanel::familyLabel(CopingCategory category) {
    switch (category) {
        case CopingCategory::Sensory:
            return tr("For the senses");
        case CopingCategory::Distraction:
            return tr("To take your mind elsewhere");
        case CopingCategory::EmotionalRelease:
            return tr("To let feelings out");
        case CopingCategory::SelfSoothing:
            return tr("Comforting yourself");  // the family's one name, as in the toolbox
        case CopingCategory::SafetyBox:
            return tr("From your safety box");
    }
    return {};
}

TryIdeaPanel::TryIdeaPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(u"tryIdeaPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = crisis::wrappedLabel(tr("Try something"), this, u"ideaHeading"_s);
    crisis::setFontScale(heading, crisis::kHeading, true);
    layout->addWidget(heading);
    layout->addWidget(crisis::wrappedLabel(
        tr("Here is one idea. If it doesn't fit right now, ask for another. There is no wrong choice."), this));

    auto* filterRow = new QHBoxLayout;
    m_familyBox = new QComboBox(this);
    m_familyBox->setObjectName(u"ideaFamily"_s);
    m_familyBox->setAccessibleName(tr("Kind of idea"));
    m_familyBox->setMinimumHeight(crisis::kMinTarget);
    m_familyBox->addItem(tr("Any kind of idea"), -1);
    for (CopingCategory c : {CopingCategory::Sensory, CopingCategory::Distraction, CopingCategory::EmotionalRelease,
                             CopingCategory::SelfSoothing})
        m_familyBox->addItem(familyLabel(c), int(c));
    auto* filterLabel = new QLabel(tr("Show:"), this);
    filterLabel->setBuddy(m_familyBox);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_familyBox);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    auto* card = new QFrame(this);
    card->setObjectName(u"ideaCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    m_familyLabel = crisis::wrappedLabel(QString(), card, u"ideaFamilyLabel"_s);
    m_title = crisis::wrappedLabel(QString(), card, u"ideaTitle"_s);
    crisis::setFontScale(m_title, 1.6, true);
    m_details = crisis::wrappedLabel(QString(), card, u"ideaDetails"_s);
    crisis::setFontScale(m_details, 1.1);
    cardLayout->addWidget(m_familyLabel);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_details);
    layout->addWidget(card);

    m_another = new QPushButton(tr("Another idea"), this);
    m_another->setObjectName(u"ideaAnother"_s);
    crisis::makeLarge(m_another, tr("Show another idea"));
    m_another->setAutoDefault(true);
    layout->addWidget(m_another, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_announcer = new LiveNotice(this);

    try {
        m_all = builtinIdeas();
    } catch (const Error& error) {
        m_title->setText(error.message());
    }
    connect(m_familyBox, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_familyBox->currentData().toInt();
        setFamily(value < 0 ? std::nullopt : std::optional(CopingCategory(value)));
    });
    connect(m_another, &QPushButton::clicked, this, &TryIdeaPanel::showAnother);
    FocusLanding::install(this, [this] { return m_another; });
    reshuffle();
}

void TryIdeaPanel::setFamily(std::optional<CopingCategory> family) {
    m_family = family;
    const int index = m_familyBox->findData(family ? int(*family) : -1);
    if (index >= 0 && index != m_familyBox->currentIndex()) m_familyBox->setCurrentIndex(index);
    reshuffle();
}

std::optional<CopingIdea> TryIdeaPanel::currentIdea() const {
    if (m_order.isEmpty()) return std::nullopt;
    return m_order.at(m_index);
}

void TryIdeaPanel::showAnother() {
    if (m_order.isEmpty()) return;
    m_index = (m_index + 1) % m_order.size();
    showCurrent();
    m_announcer->say(m_familyLabel->text() + u". "_s + m_title->text() + u". "_s + m_details->text());
}

void TryIdeaPanel::reshuffle() {
    m_order.clear();
    for (const CopingIdea& idea : std::as_const(m_all))
        if (!m_family || idea.category == *m_family) m_order.append(idea);
    std::shuffle(m_order.begin(), m_order.end(), *QRandomGenerator::global());
    m_index = 0;
    showCurrent();
}

void TryIdeaPanel::showCurrent() {
    const auto idea = currentIdea();
    if (!idea) return;
    m_familyLabel->setText(familyLabel(idea->category));
    const CopingIdea shown = CopingIdeaTexts::shown(*idea);  // in the person's language
    m_title->setText(shown.title);
    m_details->setText(shown.details);
}

}  // namespace mooring
