#pragma once

#include "cli/Command.h"
#include "exchange/ReportPrintChoices.h"
#include "insights/RangeReport.h"

#include <QCoreApplication>

namespace mooring::cli {

// `report`: the figures over a range of days, up to a year (the weeks between two therapy
// sessions), as a few plain lines or, with --json, as data (docs/cli.md). Counted as the
// weekly review counts (src/insights/RangeReport); changes nothing. With --pdf, the window's
// "Report for my next session" as a PDF, drawn by mooring-cli-pdf (ReportPdfWriter.h).
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    // Without --from: the four weeks (28 days) ending with --to.
    static constexpr int kDefaultDays = 28;

    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString synopsis() const override {
        return QStringLiteral(
            "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--first-day monday|sunday] [--json | --pdf FILE [--include LIST]]");
    }
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitStatus run(CliContext& context) override;

private:
    ExitStatus savePdf(CliContext& context, const ReportRange& range, Qt::DayOfWeek weekStart,
                       const ReportPrintChoices& choices);
};

}  // namespace mooring::cli
