#include "cli/ReportParts.h"

#include "domain/Error.h"

#include <algorithm>
#include <array>

namespace mooring::cli {

using namespace Qt::StringLiterals;

namespace {

struct Part {
    const char* name;
    bool ReportPrintChoices::*on;
    const char* holds;  // translated where it is shown
};

// The window's order (gui/review/ReportDialog). The names never change: scripts rely on them.
constexpr std::array<Part, 10> kParts{{
    {"glance", &ReportPrintChoices::atAGlance,
     QT_TRANSLATE_NOOP(
         "ReportParts",
         "at a glance: the weeks as a chart, how urges ended, the triggers and feelings that came up most, "
         "what helped most")},
    {"grid", &ReportPrintChoices::hours, QT_TRANSLATE_NOOP("ReportParts", "times of day and days of the week")},
    {"helped", &ReportPrintChoices::helped, QT_TRANSLATE_NOOP("ReportParts", "what helped, and how often")},
    {"checkins", &ReportPrintChoices::checkIns,
     QT_TRANSLATE_NOOP("ReportParts", "check-ins and my diary card, when there are any")},
    {"plan-saves", &ReportPrintChoices::planVersions, QT_TRANSLATE_NOOP("ReportParts", "how often I saved my plan")},
    {"plan-changes", &ReportPrintChoices::planChanges,
     QT_TRANSLATE_NOOP("ReportParts", "changes to my safety plan, item by item (off unless named)")},
    {"notes", &ReportPrintChoices::weekNotes, QT_TRANSLATE_NOOP("ReportParts", "my notes for each week")},
    {"setbacks", &ReportPrintChoices::setbacks, QT_TRANSLATE_NOOP("ReportParts", "how many setbacks")},
    {"reflections", &ReportPrintChoices::setbackReflections,
     QT_TRANSLATE_NOOP("ReportParts", "my setback reflections, in my own words (off unless named)")},
    {"words", &ReportPrintChoices::entryTexts,
     QT_TRANSLATE_NOOP("ReportParts", "what I wrote about each moment: situations and notes (off unless named)")},
}};

}  // namespace

QStringList ReportParts::names() {
    QStringList out;
    for (const Part& part : kParts) out.append(QString::fromLatin1(part.name));
    return out;
}

QStringList ReportParts::defaults() {
    const ReportPrintChoices window;
    QStringList out;
    for (const Part& part : kParts)
        if (window.*part.on) out.append(QString::fromLatin1(part.name));
    return out;
}

QStringList ReportParts::help() {
    QStringList out;
    for (const Part& part : kParts)
        out.append(u"  "_s + QString::fromLatin1(part.name).leftJustified(14) +
                   QCoreApplication::translate("ReportParts", part.holds));
    return out;
}

ReportPrintChoices ReportParts::parse(const QString& list) {
    ReportPrintChoices chosen;
    for (const Part& part : kParts) chosen.*part.on = false;
    QStringList given;
    for (const QString& name : list.split(u','))
        if (!name.trimmed().isEmpty()) given.append(name.trimmed());
    if (given.isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    tr("--include needs the parts to put in the report, separated by commas. The parts are: %1.")
                        .arg(names().join(u", "_s)));
    for (const QString& raw : given) {
        const QString name = raw.toLower();
        const auto found = std::find_if(kParts.begin(), kParts.end(),
                                        [&](const Part& part) { return name == QLatin1String(part.name); });
        if (found == kParts.end())
            throw Error(Error::Kind::InvalidInput,
                        tr("The report has no part called “%1”. The parts you can name are: %2. Nothing was written.")
                            .arg(raw, names().join(u", "_s)));
        chosen.*found->on = true;
    }
    return chosen;
}

}  // namespace mooring::cli
