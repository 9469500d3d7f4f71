#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `backup`: unlocks the profile and makes a checked, encrypted backup in backups/ now;
// prints its name on standard output.
class BackupCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString description() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
