#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace mooring::cli {

class Console;
class SecretReader;

// mooring-cli itself: reads the command line, runs the command, turns its outcome into
// an exit status (ExitStatus.h) and a message on stderr.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    CliApp(SecretReader& secrets, Console& console);
    ~CliApp();

    // `arguments` without the program name. Returns the exit status.
    int run(const QStringList& arguments);

    // The whole program after QCoreApplication exists: stdin, stdout, stderr and the
    // process's arguments and environment.
    static int main();
    // The same with the arguments (without the program name) given: mooring-cli-pdf keeps
    // them from QGuiApplication, which would take options such as -reverse for itself.
    static int main(const QStringList& arguments);

    static std::vector<std::unique_ptr<Command>> makeCommands();

    QString overview() const;                            // `--help`
    static QString commandHelp(const Command& command);  // `COMMAND --help`
    static QString shortUsage(const Command* command);   // after a usage error

private:
    SecretReader& m_secrets;
    Console& m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
};

}  // namespace mooring::cli
