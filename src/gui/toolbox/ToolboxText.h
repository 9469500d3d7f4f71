#pragma once

#include "domain/CopingIdea.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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
};

}  // namespace mooring
