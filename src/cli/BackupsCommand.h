#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `backups`: lists the backups, newest first, one a line: name, time, kind, size in bytes
// (tab-separated); then on stderr how many and how much room they take together. Needs no
// passphrase: the names say only when and why.
class BackupsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;
    QString description() const override;
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
