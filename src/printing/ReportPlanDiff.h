#pragma once

#include "exchange/PrintableReport.h"

#include <QCoreApplication>
#include <QString>

namespace mooring {

class ReportLayout;

// "Changes to my safety plan" on the report: per section, the items added, taken out or
// reworded between the plan as it was when the range began and as it was at its end.
// Off unless the person ticks it: the plan names people and warning signs.
class ReportPlanDiff {
    Q_DECLARE_TR_FUNCTIONS(ReportPlanDiff)
public:
    static QString lead(const PrintableReport& content);
    static QString change(const ItemChange& change);
    static void build(ReportLayout& layout, const PrintableReport& content);
};

}  // namespace mooring
