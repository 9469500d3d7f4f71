#pragma once

#include "domain/CopingIdea.h"
#include "domain/CopingStrategy.h"

#include <QList>
#include <QString>

namespace mooring {

// The built-in coping ideas' texts in the person's language. The database keeps a built-in
// idea's English seed text (so exports and seeding by id stay the same everywhere); what is
// shown asks the translator for it by id, as long as the stored text is still the seed text.
// Once the person changes a text it is their own words and shown as they wrote it.
//
// The English texts live here as QT_TRANSLATE_NOOP entries so lupdate can collect them;
// a storage test checks that they agree with resources/coping/ideas.json.
class CopingIdeaTexts {
public:
    // The English texts of every built-in idea, in the order of ideas.json (category unset).
    static QList<CopingIdea> english();

    // `stored` translated when it is still the English seed text of built-in `builtinKey`;
    // otherwise `stored` unchanged (the person's own words, or not a built-in idea).
    static QString title(const QString& builtinKey, const QString& stored);
    static QString details(const QString& builtinKey, const QString& stored);

    // The texts as the person sees them. Never store or export what these return.
    static CopingStrategy shown(const CopingStrategy& strategy);
    static CopingIdea shown(const CopingIdea& idea);

    // The reverse of shown() for a built-in idea coming back from an editor: a text that
    // is still the translated built-in text is stored as the English seed text again, so it
    // keeps following the language; anything the person changed is kept as typed.
    static CopingStrategy forStoring(const CopingStrategy& edited);
};

}  // namespace mooring
