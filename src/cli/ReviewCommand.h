#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QDate>

namespace mooring::cli {

// `review`: the weekly review's figures for one week, as the plain sentences the review
// screen shows or, with --json, as data (docs/cli.md). Same src/insights/ functions as the
// screen; changes nothing.
class ReviewCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override;
    QString synopsis() const override {
        return QStringLiteral("[--week YYYY-MM-DD] [--first-day monday|sunday] [--json]");
    }
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
