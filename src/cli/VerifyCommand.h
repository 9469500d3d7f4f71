#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `verify`: unlocks the profile and checks the key file, the database's integrity and its
// schema version; prints what it found and how many rows each table holds.
class VerifyCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QString description() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
