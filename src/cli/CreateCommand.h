#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `create`: a new profile; reads the new passphrase twice and prints the recovery code once.
class CreateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QString description() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
