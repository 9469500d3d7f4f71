#include "domain/PlanDiff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace mooring::planDiff {

double similarity(const QString& a, const QString& b) {
    if (a.isEmpty() && b.isEmpty()) return 1.0;
    const std::vector<QChar> x(a.cbegin(), a.cend());
    const std::vector<QChar> y(b.cbegin(), b.cend());
    dtl::Diff<QChar, std::vector<QChar>> diff(x, y);
    diff.onOnlyEditDistance();
    diff.compose();
    // edit distance = deletions + additions; shared = what neither removed nor added.
    const double shared =
        (static_cast<double>(x.size() + y.size()) - static_cast<double>(diff.getEditDistance())) / 2.0;
    return 2.0 * shared / static_cast<double>(x.size() + y.size());
}

namespace {

// One hunk: the items removed and added between two common items. Pairs at the same
// place that read alike become "reworded"; the rest stay removed / added.
void flush(std::vector<QString>& removed, std::vector<QString>& added, QList<ItemChange>& out) {
    const std::size_t pairs = std::min(removed.size(), added.size());
    for (std::size_t i = 0; i < pairs; ++i) {
        if (similarity(removed[i], added[i]) >= kRewordedAtLeast) {
            out.append({ItemChange::Kind::Reworded, removed[i], added[i]});
        } else {
            out.append({ItemChange::Kind::Removed, removed[i], {}});
            out.append({ItemChange::Kind::Added, {}, added[i]});
        }
    }
    for (std::size_t i = pairs; i < removed.size(); ++i) out.append({ItemChange::Kind::Removed, removed[i], {}});
    for (std::size_t i = pairs; i < added.size(); ++i) out.append({ItemChange::Kind::Added, {}, added[i]});
    removed.clear();
    added.clear();
}

}  // namespace

QList<ItemChange> items(const QStringList& before, const QStringList& after) {
    const std::vector<QString> a(before.cbegin(), before.cend());
    const std::vector<QString> b(after.cbegin(), after.cend());
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();
    QList<ItemChange> out;
    std::vector<QString> removed;
    std::vector<QString> added;
    for (const auto& [element, info] : diff.getSes().getSequence()) {
        switch (info.type) {
            case dtl::SES_DELETE:
                removed.push_back(element);
                break;
            case dtl::SES_ADD:
                added.push_back(element);
                break;
            default:
                flush(removed, added, out);
                break;
        }
    }
    flush(removed, added, out);
    return out;
}

QList<SectionDiff> plans(const SafetyPlan& before, const SafetyPlan& after) {
    QList<SectionDiff> out;
    for (PlanSection s : planSections::all()) out.append({s, items(before.items(s), after.items(s))});
    return out;
}

}  // namespace mooring::planDiff
