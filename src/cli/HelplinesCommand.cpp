#include "cli/HelplinesCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "domain/Error.h"
#include "domain/HelplineCatalogue.h"

#include <nlohmann/json.hpp>

namespace mooring::cli {

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;  // keys in the documented order

namespace {

std::string utf8(const QString& text) { return text.toStdString(); }

// Fixed English keys, documented in docs/cli.md; the texts follow MOORING_LANGUAGE.
Json toJson(const HelplineRecord& record) {
    const Helpline h = record.localized();
    return Json{{"region", utf8(h.region)},      {"name", utf8(h.name)},
                {"call", utf8(h.call)},          {"text", utf8(h.text)},
                {"text_body", utf8(h.textBody)}, {"hours", utf8(h.hours)},
                {"emergency", h.emergency},      {"youth", h.youth},
                {"source", utf8(record.source)}, {"checked", utf8(record.checked)}};
}

QString plainLine(const HelplineRecord& record) {
    const Helpline h = record.localized();
    QStringList parts{h.region, h.name};
    if (!h.call.isEmpty()) parts << HelplinesCommand::tr("call %1").arg(h.call);
    if (!h.text.isEmpty())
        parts << (h.textBody.isEmpty() ? HelplinesCommand::tr("text %1").arg(h.text)
                                       : HelplinesCommand::tr("text %1 to %2").arg(h.textBody, h.text));
    if (!h.hours.isEmpty()) parts << h.hours;
    if (h.emergency) parts << HelplinesCommand::tr("emergency");
    if (h.youth) parts << HelplinesCommand::tr("for young people");
    parts << HelplinesCommand::tr("confirmed %1 on %2").arg(record.checked, record.source);
    return parts.join(u'\t');
}

}  // namespace

QString HelplinesCommand::summary() const { return tr("List the built-in helplines, with where each was confirmed"); }

QString HelplinesCommand::description() const {
    return tr(
        "Prints the helplines Mooring ships, one a line with tab-separated fields: region, name, how to call "
        "or text, hours, and the page and day each number was confirmed on. --region CODE shows one region "
        "(such as UK, DE or OTHER); --json prints a JSON list instead. No profile and no passphrase are needed.");
}

std::vector<OptionSpec> HelplinesCommand::options() const {
    return {{u"region"_s, true, u"CODE"_s, tr("only this region's helplines")},
            {u"json"_s, false, {}, tr("print JSON for scripts")}};
}

ExitStatus HelplinesCommand::run(CliContext& context) {
    const Invocation& invocation = context.invocation();
    const HelplineCatalogue& catalogue = HelplineCatalogue::instance();
    QList<HelplineRecord> records;
    if (invocation.has(u"region"_s)) {
        const QString wanted = invocation.options.value(u"region"_s).trimmed().toUpper();
        const QString region = wanted == u"GB"_s ? u"UK"_s : wanted;
        if (!Helpline::isKnownRegion(region))
            throw Error(Error::Kind::InvalidInput,
                        tr("Mooring has no region “%1”. Run “mooring-cli helplines” to see them all.")
                            .arg(invocation.options.value(u"region"_s)));
        // The order the help screen shows: general lines, then youth lines.
        for (const Helpline& shown : Helpline::builtins(region))
            for (const HelplineRecord& r : catalogue.records(region))
                if (r.line.id == shown.id) records.append(r);
    } else {
        records = catalogue.all();
    }
    if (invocation.has(u"json"_s)) {
        Json list = Json::array();
        for (const HelplineRecord& r : records) list.push_back(toJson(r));
        context.console().data(QString::fromStdString(list.dump(2)));
    } else {
        for (const HelplineRecord& r : records) context.console().data(plainLine(r));
    }
    return ExitStatus::Done;
}

}  // namespace mooring::cli
