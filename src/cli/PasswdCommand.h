#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `passwd`: a new passphrase after the current one, or, with --recovery, after the
// recovery code. Only the key file is rewritten.
class PasswdCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("passwd"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--recovery]"); }
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
