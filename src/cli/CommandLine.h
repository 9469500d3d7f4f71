#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace mooring::cli {

class Command;

// What the command line asked for, once checked.
struct Invocation {
    Command* command = nullptr;       // null with --help / --version alone
    QString profileDir;               // empty: ProfilePaths::resolve() picks one
    QHash<QString, QString> options;  // command options given; a flag maps to an empty string
    QStringList arguments;            // the command's positional arguments
    bool help = false;
    bool version = false;

    bool has(const QString& option) const { return options.contains(option); }
};

// `mooring-cli [--profile DIR] COMMAND [options]`: a small hand parser, so that
// --profile may stand before or after the command, each command has its own options and
// every message is ours (and translated).
class CommandLine {
public:
    struct Result {
        Invocation invocation;
        QString error;  // empty when the command line is fine
        bool ok() const { return error.isEmpty(); }
    };

    // `arguments` without the program name.
    static Result parse(const QStringList& arguments, const std::vector<std::unique_ptr<Command>>& commands);
};

}  // namespace mooring::cli
