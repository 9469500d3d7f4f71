#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace mooring::speech {

// One of the help screen's own sentences (a breathing cue, a grounding step, a check-in of
// the urge timer), given as the literal the program was built with and the translation
// context it is filed under:
//
//     HelpText{"mooring::GroundingPanel", QT_TRANSLATE_NOOP("mooring::GroundingPanel", "Name five things you can
//     see.")}
//
// The constructor runs at compile time only (consteval), so the sentence must be written in
// the source: text typed by the person (a journal entry, a note) cannot become a HelpText.
class HelpText {
public:
    template <std::size_t N>
    consteval HelpText(const char* context, const char (&source)[N]) : m_context(context), m_source(source) {}

    // The same sentence with "%n" (plural forms) or "%1" filled by a number (the minutes of
    // a check-in).
    HelpText withNumber(int number) const;

    // The sentence in the language Mooring shows now.
    QString text() const;

private:
    const char* m_context;
    const char* m_source;
    std::optional<int> m_number;
};

}  // namespace mooring::speech
