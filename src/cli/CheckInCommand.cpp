#include "cli/CheckInCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "domain/Error.h"
#include "storage/CheckInStore.h"

#include <QLocale>

namespace mooring::cli {

using namespace Qt::StringLiterals;

namespace {

// A whole number 0-10 from an option, or nothing when the option was not given.
std::optional<int> scale(const Invocation& invocation, const QString& option) {
    if (!invocation.has(option)) return std::nullopt;
    const QString text = invocation.options.value(option).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > CheckIn::kMaxScale)
        throw Error(Error::Kind::InvalidInput,
                    CheckInCommand::tr("--%1 needs a whole number from 0 to 10, not “%2”.").arg(option, text));
    return value;
}

// The answers of the command line, checked before any passphrase is asked for.
CheckIn answers(const Invocation& invocation, const QDate& today) {
    CheckIn c;
    c.day = today;
    c.overall = scale(invocation, u"overall"_s);
    if (!c.overall)
        throw Error(Error::Kind::InvalidInput,
                    CheckInCommand::tr("Please say how today is with --overall, a number from 0 to 10."));
    c.urge = scale(invocation, u"urge"_s);
    c.note = invocation.options.value(u"note"_s);
    if (const QList<CheckIn::Problem> problems = c.problems(today); !problems.isEmpty())
        throw Error(Error::Kind::InvalidInput, problems.first().message);
    return c;
}

}  // namespace

QString CheckInCommand::summary() const {
    return tr("Record today's check-in: how today is, and the urge if you like");
}

QString CheckInCommand::description() const {
    return tr(
        "Asks for the passphrase, then keeps today's check-in: how today is (--overall, 0 to 10) and, if you "
        "give them, how strong the urge was (--urge, 0 to 10) and a one-line note. A day has one check-in; if "
        "today has one already, it takes these answers (an urge or note not given is cleared), and feelings, "
        "what helped and self-care answered in the app stay as they were.");
}

std::vector<OptionSpec> CheckInCommand::options() const {
    return {{u"overall"_s, true, u"N"_s, tr("how today is, 0 to 10 (needed)")},
            {u"urge"_s, true, u"N"_s, tr("how strong the urge was, 0 to 10")},
            {u"note"_s, true, u"TEXT"_s, tr("a one-line note")}};
}

ExitStatus CheckInCommand::run(CliContext& context) {
    const QDate today = QDate::currentDate();
    CheckIn checkIn = answers(context.invocation(), today);
    OpenedProfile profile = context.openProfile();
    CheckInStore store(profile->database());
    const std::optional<CheckIn> before = store.forDay(today);
    if (before) {
        checkIn.feelings = before->feelings;
        checkIn.helped = before->helped;
        checkIn.selfCare = before->selfCare;
    }
    const CheckIn saved = store.save(checkIn);
    const QString day = QLocale().toString(saved.day, QLocale::LongFormat);
    context.console().message(before ? tr("Today already had a check-in; it now has these answers (%1).").arg(day)
                                     : tr("Today's check-in is kept (%1).").arg(day));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
