#pragma once

#include "exchange/ReportPrintChoices.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mooring::cli {

// The parts of the report's PDF by the short, fixed English names `report --include` takes
// (docs/cli.md): the same parts the window's ticks choose, so a script reads the same on
// every machine whatever the language.
class ReportParts {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    // Every name, in the order the window lists its ticks.
    static QStringList names();
    // The names the window ticks at first (its own words and the plan's changes left out).
    static QStringList defaults();
    // One line a part for `report --help`: its name and what it holds.
    static QStringList help();
    // "glance,grid,words": exactly those parts, the rest left out. Throws Error(InvalidInput)
    // naming a name it does not know (and listing the ones it does), or for an empty list.
    static ReportPrintChoices parse(const QString& list);
};

}  // namespace mooring::cli
