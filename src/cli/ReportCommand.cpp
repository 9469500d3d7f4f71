#include "cli/ReportCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "cli/PdfCompanion.h"
#include "cli/ReportJson.h"
#include "cli/ReportParts.h"
#include "cli/ReportPdfWriter.h"
#include "domain/Error.h"
#include "exchange/PrintableReport.h"
#include "exchange/ReportFetch.h"
#include "insights/RangeReport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace mooring::cli {

using namespace Qt::StringLiterals;

namespace {

QDate dateOption(const Invocation& invocation, const QString& option, const QDate& fallback) {
    if (!invocation.has(option)) return fallback;
    const QString text = invocation.options.value(option).trimmed();
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw Error(Error::Kind::InvalidInput,
                    ReportCommand::tr("“%1” is not a date. Please give the date as YYYY-MM-DD, for example 2026-11-16.")
                        .arg(text));
    return date;
}

Qt::DayOfWeek firstDay(const Invocation& invocation) {
    if (!invocation.has(u"first-day"_s)) return Qt::Monday;
    const QString text = invocation.options.value(u"first-day"_s).trimmed().toLower();
    if (text == u"monday"_s) return Qt::Monday;
    if (text == u"sunday"_s) return Qt::Sunday;
    throw Error(Error::Kind::InvalidInput, ReportCommand::tr("A week can start on “monday” or “sunday”, not on “%1”.")
                                               .arg(invocation.options.value(u"first-day"_s)));
}

ReportRange rangeOf(const Invocation& invocation) {
    ReportRange range;
    range.to = dateOption(invocation, u"to"_s, QDate::currentDate());
    range.from = dateOption(invocation, u"from"_s, range.to.addDays(1 - ReportCommand::kDefaultDays));
    const QString from = range.from.toString(Qt::ISODate);
    const QString to = range.to.toString(Qt::ISODate);
    if (range.from > range.to)
        throw Error(Error::Kind::InvalidInput,
                    ReportCommand::tr("The report would start on %1, after it ends on %2. Please give a --from date "
                                      "on or before the --to date.")
                        .arg(from, to));
    if (!range.isValid())
        throw Error(Error::Kind::InvalidInput,
                    ReportCommand::tr("A report covers at most a year. Starting on %1, it can go up to %2; please "
                                      "choose a later --from or an earlier --to.")
                        .arg(from, range.from.addYears(1).addDays(-1).toString(Qt::ISODate)));
    return range;
}

// What goes in the PDF: the parts named with --include, or the window's first ticks. The
// JSON is always whole and never holds words, so --include means nothing there: refused
// rather than quietly ignored.
ReportPrintChoices choicesOf(const Invocation& invocation) {
    const bool pdf = invocation.has(u"pdf"_s);
    if (pdf && invocation.has(u"json"_s))
        throw Error(Error::Kind::InvalidInput,
                    ReportCommand::tr("--pdf and --json make two different things. Please choose one of them."));
    if (!invocation.has(u"include"_s)) return {};
    if (!pdf)
        throw Error(Error::Kind::InvalidInput,
                    ReportCommand::tr("--include chooses what goes in the PDF, so it needs --pdf FILE. The figures "
                                      "(with or without --json) are always all there, and never your own words."));
    return ReportParts::parse(invocation.options.value(u"include"_s));
}

}  // namespace

QString ReportCommand::summary() const {
    return tr("Show the figures of several weeks, for example the time between two therapy sessions");
}

QString ReportCommand::description() const {
    return tr("Asks for the passphrase, then prints the figures from --from to --to, both days included, at most a "
              "year: how many entries, how strong the urges were, how they ended, triggers, feelings, each week's "
              "count and what was tried. Without dates, the four weeks ending today. An entry belongs to a day by "
              "its local date, in the UTC offset stored with it. The words of the entries are never printed. "
              "Nothing is changed.") +
           u"\n\n"_s +
           tr("With --pdf FILE it saves the report for your next session as a PDF instead, the same one the window "
              "makes, readable only by you. That is done by %1, which comes with mooring-cli. --include names "
              "what goes in, separated by commas (for example glance,helped,words); without it, what the window "
              "ticks at first: %2. The parts:")
               .arg(PdfCompanion::fileName(), ReportParts::defaults().join(u',')) +
           u'\n' + ReportParts::help().join(u'\n');
}

std::vector<OptionSpec> ReportCommand::options() const {
    return {{u"from"_s, true, u"YYYY-MM-DD"_s, tr("the first day (default: four weeks before --to)")},
            {u"to"_s, true, u"YYYY-MM-DD"_s, tr("the last day (default: today)")},
            {u"first-day"_s, true, u"monday|sunday"_s, tr("the day weeks start on (default: monday)")},
            {u"json"_s, false, QString(), tr("print the figures as JSON")},
            {u"pdf"_s, true, u"FILE"_s, tr("save the report as a PDF in FILE instead (only you can read it)")},
            {u"include"_s, true, u"LIST"_s, tr("with --pdf: the parts to put in, separated by commas (below)")}};
}

ExitStatus ReportCommand::run(CliContext& context) {
    // The command line is checked before the passphrase is asked for.
    const ReportRange range = rangeOf(context.invocation());
    const Qt::DayOfWeek weekStart = firstDay(context.invocation());
    const ReportPrintChoices choices = choicesOf(context.invocation());
    if (context.invocation().has(u"pdf"_s)) return savePdf(context, range, weekStart, choices);
    OpenedProfile profile = context.openProfile();
    const RangeReport report = fetchRangeReport(profile->database(), range, weekStart);

    Console& console = context.console();
    if (context.invocation().has(u"json"_s)) {
        console.data(reportJson(report, weekStart));
        return ExitStatus::Done;
    }
    console.data(tr("Your report from %1 to %2").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    console.data(report.entries == 1 ? tr("1 entry was written down.")
                                     : tr("%1 entries were written down.").arg(report.entries));
    if (report.urge.mean)
        console.data(tr("On average the urge was %1 out of 10; the strongest was %2.")
                         .arg(QLocale().toString(*report.urge.mean, 'f', 1))
                         .arg(*report.urge.max));
    console.data(tr("Plan versions saved in this time: %1.").arg(report.planVersionsInRange));
    console.data(tr("For every figure, week by week, add --json."));
    return ExitStatus::Done;
}

ExitStatus ReportCommand::savePdf(CliContext& context, const ReportRange& range, Qt::DayOfWeek weekStart,
                                  const ReportPrintChoices& choices) {
    const QString path = QFileInfo(context.invocation().options.value(u"pdf"_s)).absoluteFilePath();
    const ReportPdfWriter& writer = reportPdfWriter();
    // mooring-cli itself cannot draw; before any secret is read, the companion takes over.
    if (!writer) PdfCompanion::replaceThisProcess();
    const ProfilePaths& paths = context.paths();
    OpenedProfile profile = context.openProfile(CliContext::Unlock::Passphrase, [&] { paths.requireOutside(path); });
    const PrintableReport content = fetchPrintableReport(profile->database(), range, weekStart);
    writer(content, choices, QDate::currentDate(), path);
    context.console().message(
        tr("Your report from %1 to %2 was saved as a PDF in %3.")
            .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate), QDir::toNativeSeparators(path)));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
