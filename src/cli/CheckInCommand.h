#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `checkin`: records today's daily check-in from the command line (docs/cli.md). Only how
// today is (--overall) is needed. A check-in already there for today takes these answers;
// what only the app asks (feelings, what helped, self-care) stays as it was.
class CheckInCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("checkin"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("--overall N [--urge N] [--note TEXT]"); }
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
