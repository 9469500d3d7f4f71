#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QCompleter;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace mooring {

// A toolbox idea a form can offer (from StrategyStore, or anything else that has them).
struct IdeaChoice {
    QString id;
    QString title;
    bool hidden = false;  // still named in old entries, no longer offered
};

// What the person added: a toolbox idea (its id) or their own words.
struct IdeaOrWords {
    QString strategyId;
    QString text;
};

// The line where a person names something they did: an idea from the toolbox (offered as
// they type, or all at once with the "show the ideas" button) or their own words. Enter,
// "Add" or choosing an offered idea hands it over (added()); what the form then does with
// it (a row, a "helped" number) is the form's own. The check-in's "what helped" and the
// journal's "what I tried" are both this line, so they behave alike.
class IdeaOrOwnWords : public QWidget {
    Q_OBJECT
public:
    // What differs between the forms that use it: object names (for tests), what a screen
    // reader hears, and the button's words.
    struct Texts {
        QString namePrefix;               // "helped": helpedInput, helpedAdd, helpedShowIdeas
        QString inputName;                // the line's accessible name
        QString inputDescription;         // may be empty
        QString showIdeas;                // the button's text
        QString addName;                  // "Add"'s accessible name
        bool showIdeasBeforeAdd = false;  // the order of the two buttons (and of the tab chain)
    };

    explicit IdeaOrOwnWords(const Texts& texts, QWidget* parent = nullptr);

    void setIdeas(const QList<IdeaChoice>& ideas);
    // What is typed and not yet added, if anything.
    std::optional<IdeaOrWords> pending() const;
    // An idea's title, the person's own words, or a note that the idea is gone.
    QString titleOf(const IdeaOrWords& item) const;
    void clear();

    QLineEdit* input() const noexcept { return m_input; }
    QPushButton* addButton() const noexcept { return m_add; }
    // The last of the line's controls in the tab chain: what a form puts its rows after.
    QWidget* lastControl() const noexcept;

Q_SIGNALS:
    void added(const IdeaOrWords& item);  // the line is already empty again
    void edited();                        // the person typed or deleted something

private:
    void addTyped();
    IdeaOrWords itemFor(const QString& typed) const;

    QList<IdeaChoice> m_ideas;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_showIdeas;
    QCompleter* m_completer;
    QStringListModel* m_titles;
    bool m_showIdeasBeforeAdd;
};

}  // namespace mooring
