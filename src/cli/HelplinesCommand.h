#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `helplines [--region CODE] [--json]`: the built-in helplines Mooring ships, for printing
// or for scripts. Reads no profile and needs no passphrase: these lines are public.
class HelplinesCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("helplines"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--region CODE] [--json]"); }
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
