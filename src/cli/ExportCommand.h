#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mooring::cli {

// `export FILE [--plan-only] [--plain] [--csv]`: the profile (or only the plan and what goes
// with it) to a file, protected with an export passphrase unless --plain
// (docs/export-format.md); or, with --csv, the journal as a spreadsheet (never protected).
class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("FILE [--plan-only] [--plain] [--csv]"); }
    QString description() const override;
    std::vector<OptionSpec> options() const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    ExitStatus run(CliContext& context) override;

private:
    ExitStatus exportCsv(CliContext& context, const QString& path);
};

}  // namespace mooring::cli
