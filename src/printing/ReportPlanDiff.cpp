#include "printing/ReportPlanDiff.h"

#include "printing/ReportLayout.h"

#include <QLocale>

namespace mooring {

QString ReportPlanDiff::lead(const PrintableReport& content) {
    const auto& plan = content.planChanges;
    if (!plan.hasPlanAtEnd) return tr("There was no saved safety plan in this time.");
    if (plan.sections.isEmpty()) return tr("Your safety plan was the same at the end of this time as at its start.");
    if (!plan.hadPlanBefore) return tr("Your safety plan was first saved in this time, so everything in it is new.");
    const QLocale locale;
    return tr("What changed between your plan as it was on %1 and as it was on %2.")
        .arg(locale.toString(content.report.range.from, QLocale::LongFormat),
             locale.toString(content.report.range.to, QLocale::LongFormat));
}

QString ReportPlanDiff::change(const ItemChange& change) {
    switch (change.kind) {
        case ItemChange::Kind::Added:
            return tr("Added: %1").arg(change.after);
        case ItemChange::Kind::Removed:
            return tr("Taken out: %1").arg(change.before);
        case ItemChange::Kind::Reworded:
            return tr("Reworded: %1 \u2192 %2").arg(change.before, change.after);
    }
    return {};
}

void ReportPlanDiff::build(ReportLayout& layout, const PrintableReport& content) {
    layout.addHeading(tr("Changes to my safety plan"));
    layout.addParagraph(lead(content));
    const QFont bold = layout.fonts().bold();
    const double indent = layout.lineHeight(layout.fonts().body);
    for (const SectionDiff& section : content.planChanges.sections) {
        layout.addParagraph(planSections::title(section.section), bold);
        layout.keepLastWithNext();
        for (const ItemChange& c : section.changes) layout.addParagraph(change(c), layout.fonts().body, indent);
    }
}

}  // namespace mooring
