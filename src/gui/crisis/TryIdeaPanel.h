#pragma once

#include "domain/CopingIdea.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace mooring {

class LiveNotice;

// "Try something": one coping idea at a time from the built-in library, and "another
// idea" for the next. The person may narrow it to one family.
class TryIdeaPanel : public QWidget {
    Q_OBJECT
public:
    explicit TryIdeaPanel(QWidget* parent = nullptr);

    // The built-in library (resources/coping/ideas.json, compiled in); throws Error on a bad file.
    static QList<CopingIdea> builtinIdeas();
    static QString familyLabel(CopingCategory category);

    // Filter: nullopt for any family.
    void setFamily(std::optional<CopingCategory> family);
    std::optional<CopingIdea> currentIdea() const;

public Q_SLOTS:
    void showAnother();

private:
    void reshuffle();
    void showCurrent();

    QList<CopingIdea> m_all;
    QList<CopingIdea> m_order;  // shuffled, filtered
    qsizetype m_index = 0;
    std::optional<CopingCategory> m_family;
    QComboBox* m_familyBox = nullptr;
    QLabel* m_familyLabel = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_another = nullptr;
    LiveNotice* m_announcer = nullptr;  // the next idea, while the focus stays on "Another"
};

}  // namespace mooring
