#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `rekey`: "I think someone knows my passphrase". A new data key, the database and the
// backups copied under it, a new passphrase and recovery code (storage/Rekey).
class RekeyCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("rekey"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--keep-recovery-code] [--remove-backups]"); }
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
