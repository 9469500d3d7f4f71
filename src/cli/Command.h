#pragma once

#include "cli/ExitStatus.h"

#include <QString>

#include <vector>

namespace mooring::cli {

class CliContext;

// An option a command accepts after its name, e.g. passwd's --recovery.
struct OptionSpec {
    QString name;  // without the dashes
    bool takesValue = false;
    QString valueName;  // shown in help, e.g. "FILE"
    QString help;
};

// One mooring-cli command. The command line is checked against options() and the
// argument counts before run() is called, so run() sees only well-formed input.
class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;                // one line for the overview
    virtual QString synopsis() const { return {}; }     // after the name, e.g. "FILE [--plain]"
    virtual QString description() const { return {}; }  // a few lines for `COMMAND --help`
    virtual std::vector<OptionSpec> options() const { return {}; }
    virtual int minArguments() const { return 0; }
    virtual int maxArguments() const { return 0; }

    // Throws mooring::Error for anything that goes wrong; the caller maps its kind to
    // the exit status and prints its message.
    virtual ExitStatus run(CliContext& context) = 0;
};

}  // namespace mooring::cli
