#include "gui/crisis/FavouriteIdeasPanel.h"

#include "domain/Error.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/toolbox/ToolboxText.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

FavouriteIdeasPanel::FavouriteIdeasPanel(QWidget* parent)
    : QWidget(parent),
      m_heading(crisis::wrappedLabel(tr("My favourite ideas"), this, u"favouriteIdeasHeading"_s)),
      m_cards(new QVBoxLayout),
      m_more(crisis::wrappedLabel(QString(), this, u"favouriteIdeasMore"_s)) {
    setObjectName(u"favouriteIdeasPanel"_s);
    setAccessibleName(tr("My favourite ideas"));
    crisis::setFontScale(m_heading, 1.15, true);
    m_cards->setSpacing(8);
    m_cards->setContentsMargins(0, 0, 0, 0);
    // No scroll area of its own: the crisis screen's page already scrolls when text is large.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(m_cards);
    layout->addWidget(m_more);
    hide();
    // Hidden while empty, so it cannot watch its own showing: the page around it can.
    if (parent) parent->installEventFilter(this);
}

void FavouriteIdeasPanel::setProfile(UnlockedProfile* profile) {
    m_profile = profile;
    reload();
}

bool FavouriteIdeasPanel::eventFilter(QObject* watched, QEvent* event) {
    // The toolbox may have changed them since: read again, it is a handful of rows.
    if (watched == parent() && event->type() == QEvent::Show && m_profile) reload();
    return QWidget::eventFilter(watched, event);
}

void FavouriteIdeasPanel::clearCards() {
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shownTitles.clear();
    m_more->clear();
}

void FavouriteIdeasPanel::reload() {
    clearCards();
    QList<CopingStrategy> favourites;
    if (m_profile) {
        try {
            favourites = StrategyStore(m_profile->database()).favourites();
        } catch (const Error&) {
            // The crisis screen must stay usable: without them it is the same screen as
            // before unlocking, which still helps.
        }
    }
    for (const CopingStrategy& s : favourites.mid(0, kMaxShown)) {
        auto* card = new QFrame;
        card->setObjectName(u"ideaCard"_s);
        card->setFrameShape(QFrame::StyledPanel);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(18, 12, 18, 12);
        auto* title = crisis::wrappedLabel(s.title, card, u"favouriteIdeaTitle"_s);
        crisis::setFontScale(title, 1.1, true);
        cardLayout->addWidget(title);
        QString more = s.details;
        if (!s.location.isEmpty())
            more += (more.isEmpty() ? QString() : u"\n"_s) + ToolboxText::locationLabel() + u": "_s + s.location;
        if (!more.isEmpty()) {
            auto* details = crisis::wrappedLabel(more, card, u"favouriteIdeaDetails"_s);
            cardLayout->addWidget(details);
        }
        card->setAccessibleName(more.isEmpty() ? s.title : s.title + u". "_s + more);
        m_cards->addWidget(card);
        m_shownTitles << s.title;
    }
    const qsizetype rest = favourites.size() - m_shownTitles.size();
    m_more->setText(rest > 0 ? tr("%n more in your coping toolbox.", nullptr, int(rest)) : QString());
    m_more->setVisible(rest > 0);
    setVisible(!m_shownTitles.isEmpty());
    // New cards take the crisis screen's larger text like everything else on it.
    crisis::applyFonts(this, font());
}

}  // namespace mooring
