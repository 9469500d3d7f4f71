#pragma once

#include "domain/CopingIdea.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mooring {

// The words the toolbox uses for its families, in one place so the toolbox and the crisis
// screen's favourites say the same thing.
class ToolboxText {
    Q_DECLARE_TR_FUNCTIONS(ToolboxText)
public:
    static QList<CopingCategory> families();  // in the order the screen shows them
    static QString familyName(CopingCategory family);
    static QString familyDescription(CopingCategory family);
    static QString favouritesName();
    static QString favouritesDescription();
    static QString locationLabel();  // "Where it is kept"
    static QString keysHint();       // every key of the list page, in one line
    // What the list shows now: nullopt family = the favourites; a search covers all.
    static QString listHeading(std::optional<CopingCategory> family, const QString& search);
    static QString listDescription(std::optional<CopingCategory> family, const QString& search);
    static QString emptyList(std::optional<CopingCategory> family, const QString& search);
};

}  // namespace mooring
