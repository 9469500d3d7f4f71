#include "cli/ReviewCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "cli/ReviewJson.h"
#include "domain/Error.h"
#include "exchange/ReviewFetch.h"
#include "insights/Week.h"
#include "insights/WeekSentences.h"
#include "insights/WeekSummary.h"
#include "storage/CheckInStore.h"

#include <QRegularExpression>

namespace mooring::cli {

using namespace Qt::StringLiterals;

namespace {

QDate weekDate(const Invocation& invocation) {
    if (!invocation.has(u"week"_s)) return QDate::currentDate();
    const QString text = invocation.options.value(u"week"_s).trimmed();
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw Error(Error::Kind::InvalidInput,
                    ReviewCommand::tr("“%1” is not a date. Please give the date as YYYY-MM-DD, for example 2026-11-16.")
                        .arg(text));
    return date;
}

Qt::DayOfWeek firstDay(const Invocation& invocation) {
    if (!invocation.has(u"first-day"_s)) return Qt::Monday;
    const QString text = invocation.options.value(u"first-day"_s).trimmed().toLower();
    if (text == u"monday"_s) return Qt::Monday;
    if (text == u"sunday"_s) return Qt::Sunday;
    throw Error(Error::Kind::InvalidInput, ReviewCommand::tr("A week can start on “monday” or “sunday”, not on “%1”.")
                                               .arg(invocation.options.value(u"first-day"_s)));
}

}  // namespace

QString ReviewCommand::summary() const {
    return tr("Show one week's review: how many urges, how strong, and what helped");
}

QString ReviewCommand::description() const {
    return tr(
        "Asks for the passphrase, then prints the week containing the given date (today if none) as the "
        "same plain sentences the review screen shows or, with --json, as data. An entry belongs to the week "
        "by its local date, in the UTC offset stored with it. Nothing is changed.");
}

std::vector<OptionSpec> ReviewCommand::options() const {
    return {{u"week"_s, true, u"YYYY-MM-DD"_s, tr("a day in the week to show (default: today)")},
            {u"first-day"_s, true, u"monday|sunday"_s, tr("the day weeks start on (default: monday)")},
            {u"json"_s, false, QString(), tr("print the figures as JSON")}};
}

ExitStatus ReviewCommand::run(CliContext& context) {
    // The command line is checked before the passphrase is asked for.
    const Week week = Week::containing(weekDate(context.invocation()), firstDay(context.invocation()));
    OpenedProfile profile = context.openProfile();
    const WeekSummary summary = summarizeWeek(week, fetchReviewInput(profile->database(), week));  // as the screen

    Console& console = context.console();
    if (context.invocation().has(u"json"_s)) {
        console.data(reviewJson(summary, CheckInStore(profile->database()).range(week.start(), week.last())));
        return ExitStatus::Done;
    }
    console.data(tr("Your week: %1").arg(weekRangeText(week)));
    for (const QString& sentence : describeWeek(summary).all()) console.data(sentence);
    return ExitStatus::Done;
}

}  // namespace mooring::cli
