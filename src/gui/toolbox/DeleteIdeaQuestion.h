#pragma once

#include "storage/IdeaRemoval.h"

#include <QString>

class QWidget;

namespace mooring {

// The calm question before an idea is deleted together with the photos, recordings and
// sounds kept with it. Keeping is the default: Enter, Esc or closing the box changes
// nothing. Asked through DialogHooks, so tests can answer it.
class DeleteIdeaQuestion {
public:
    // True when the person chose to delete the idea and what it keeps.
    static bool ask(QWidget* parent, const QString& title, const IdeaRemoval::Kept& kept);
    // "“Postcards” keeps 3 photos and one recording. …", in the person's language.
    static QString text(const QString& title, const IdeaRemoval::Kept& kept);
};

}  // namespace mooring
