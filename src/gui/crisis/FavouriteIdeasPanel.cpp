#include "gui/crisis/FavouriteIdeasPanel.h"

#include "domain/CopingIdeaTexts.h"
#include "domain/Error.h"
#include "exchange/ReviewFetch.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/toolbox/ToolboxText.h"
#include "insights/WhatHelps.h"
#include "session/ProfileSession.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

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
}

void FavouriteIdeasPanel::setSession(ProfileSession* session) {
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (session) {
        // Favourites and their order live in the toolbox; "what has helped" in the journal's
        // ratings. A handful of rows: read again at once, shown or not.
        for (auto changed :
             {&ProfileSession::toolboxChanged, &ProfileSession::journalChanged, &ProfileSession::importDone})
            connect(session, changed, this, &FavouriteIdeasPanel::reload);
        connect(session, &ProfileSession::closed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void FavouriteIdeasPanel::clearCards() {
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shownTitles.clear();
    m_helpfulTitles.clear();
    m_more->clear();
}

void FavouriteIdeasPanel::addCard(const QString& title, const QString& more) {
    auto* card = new QFrame;
    card->setObjectName(u"ideaCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(18, 12, 18, 12);
    auto* titleLabel = crisis::wrappedLabel(title, card, u"favouriteIdeaTitle"_s);
    crisis::setFontScale(titleLabel, 1.1, true);
    cardLayout->addWidget(titleLabel);
    if (!more.isEmpty()) cardLayout->addWidget(crisis::wrappedLabel(more, card, u"favouriteIdeaDetails"_s));
    card->setAccessibleName(more.isEmpty() ? title : title + u". "_s + more);
    m_cards->addWidget(card);
    card->show();  // at once, not at the layout's next turn: a reading may come while shown
}

void FavouriteIdeasPanel::addHelpful(const QList<CopingStrategy>& favourites) {
    QList<HelpfulIdea> ranked;
    QList<CopingStrategy> all;
    try {
        all = m_session->strategies().all();
        ranked = fetchWhatHelps(m_session->database());
    } catch (const Error&) {
        return;  // as above: the screen still helps without them
    }
    QList<const CopingStrategy*> picks;
    for (const HelpfulIdea& idea : ranked) {
        if (picks.size() >= kMaxHelpful) break;
        const auto same = [&](const CopingStrategy& s) { return s.id == idea.strategyId; };
        const auto found = std::find_if(all.cbegin(), all.cend(), same);
        // Toolbox ideas only (own words may say more than an idea), not hidden, not shown above.
        if (idea.strategyId.isEmpty() || found == all.cend() || found->hidden) continue;
        if (std::any_of(favourites.cbegin(), favourites.cbegin() + std::min<qsizetype>(favourites.size(), kMaxShown),
                        same))
            continue;
        picks << &*found;
    }
    if (picks.isEmpty()) return;
    auto* heading = crisis::wrappedLabel(tr("What has helped you before"), nullptr, u"helpfulIdeasHeading"_s);
    crisis::setFontScale(heading, 1.15, true);
    m_cards->addWidget(heading);
    heading->show();
    for (const CopingStrategy* stored : picks) {
        const CopingStrategy s = CopingIdeaTexts::shown(*stored);  // in the person's language
        addCard(s.title, s.details);
        m_helpfulTitles << s.title;
    }
}

void FavouriteIdeasPanel::reload() {
    clearCards();
    QList<CopingStrategy> favourites;
    const bool open = m_session && m_session->isOpen();
    if (open) {
        try {
            favourites = m_session->strategies().favourites();
        } catch (const Error&) {
            // The crisis screen must stay usable: without them it is the same screen as
            // before unlocking, which still helps.
        }
    }
    for (const CopingStrategy& stored : favourites.mid(0, kMaxShown)) {
        const CopingStrategy s = CopingIdeaTexts::shown(stored);  // in the person's language
        QString more = s.details;
        if (!s.location.isEmpty())
            more += (more.isEmpty() ? QString() : u"\n"_s) + ToolboxText::locationLabel() + u": "_s + s.location;
        addCard(s.title, more);
        m_shownTitles << s.title;
    }
    const qsizetype rest = favourites.size() - m_shownTitles.size();
    m_more->setText(rest > 0 ? tr("%n more in your coping toolbox.", nullptr, int(rest)) : QString());
    m_more->setVisible(rest > 0);
    if (open) addHelpful(favourites);
    m_heading->setVisible(!m_shownTitles.isEmpty());
    setVisible(!m_shownTitles.isEmpty() || !m_helpfulTitles.isEmpty());
    // New cards take the crisis screen's larger text like everything else on it.
    crisis::applyFonts(this, font());
}

}  // namespace mooring
