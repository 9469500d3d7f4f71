#pragma once

#include "domain/CopingStrategy.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace mooring {

class ProfileSession;

// "My favourite ideas" on the crisis screen after unlocking: the person's own favourites
// from the coping toolbox, in their order, read again whenever the toolbox or the journal
// changes. Absent (not an empty box) while locked or when there are no favourites yet.
class FavouriteIdeasPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxShown = 5;  // few choices at a hard moment; the first ones first

    explicit FavouriteIdeasPanel(QWidget* parent = nullptr);

    // nullptr on lock (and when the session closes): every card is removed, so nothing
    // personal stays in the widgets.
    void setSession(ProfileSession* session);
    void reload();
    QStringList shownTitles() const { return m_shownTitles; }
    // Ideas the person's journal says helped most (the weekly review's "what helps me"),
    // shown under the favourites when they are not favourites already.
    static constexpr int kMaxHelpful = 3;
    QStringList helpfulTitles() const { return m_helpfulTitles; }

private:
    void clearCards();
    void addCard(const QString& title, const QString& more);
    void addHelpful(const QList<CopingStrategy>& favourites);

    QPointer<ProfileSession> m_session;
    QLabel* m_heading;
    QVBoxLayout* m_cards;
    QLabel* m_more;
    QStringList m_shownTitles;
    QStringList m_helpfulTitles;
};

}  // namespace mooring
