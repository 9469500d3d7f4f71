#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `import FILE`: either form of an export, checked whole, previewed on stderr, then
// written all or nothing after a backup.
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QString description() const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    ExitStatus run(CliContext& context) override;
};

}  // namespace mooring::cli
