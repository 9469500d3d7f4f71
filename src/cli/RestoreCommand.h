#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `restore NAME`: puts a backup back in place of the profile's database and key file,
// after backing up the current state ("before-restore").
class RestoreCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString description() const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
