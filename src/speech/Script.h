#pragma once

#include "domain/SafetyPlan.h"
#include "speech/HelpText.h"

#include <QStringList>

#include <initializer_list>

namespace mooring::speech {

// What is read aloud, in order: one utterance per sentence group, written once for every
// "Read this to me". It accepts only three kinds of text, each by its own type:
//   - the help screen's own sentences (HelpText, written in the program's source),
//   - the items of the person's safety plan (read from a SafetyPlan by section),
//   - a page of the built-in library (read from the program's resources by its id).
// There is no way to add a QString, so a journal entry, a reflection or anything else the
// person wrote privately can never reach a Speaker.
class Script {
public:
    Script& add(const HelpText& line);
    Script& add(std::initializer_list<HelpText> lines);
    // Any other text is refused at compile time.
    template <typename T>
    Script& add(const T&) = delete;

    // The section's title, then each item as it is in the plan. Empty items are skipped.
    Script& addPlanSection(const SafetyPlan& plan, PlanSection section);
    // One item (a step of the plan on its own); an index outside the section adds nothing.
    Script& addPlanItem(const SafetyPlan& plan, PlanSection section, int index);
    // The library page `pageId` as the program ships it (":/library/<id>.md", in the
    // current language), one utterance per paragraph or list item. Returns false, adding
    // nothing, when there is no such page; ids are letters, digits and '-'.
    bool addLibraryPage(const QString& pageId);

    const QStringList& utterances() const { return m_utterances; }
    bool isEmpty() const { return m_utterances.isEmpty(); }

private:
    void append(const QString& utterance);

    QStringList m_utterances;
};

}  // namespace mooring::speech
