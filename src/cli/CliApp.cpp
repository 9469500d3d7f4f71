#include "cli/CliApp.h"

#include "cli/BackupCommand.h"
#include "cli/BackupsCommand.h"
#include "cli/CheckInCommand.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "cli/CreateCommand.h"
#include "cli/ExportCommand.h"
#include "cli/HelplinesCommand.h"
#include "cli/ImportCommand.h"
#include "cli/PasswdCommand.h"
#include "cli/RekeyCommand.h"
#include "cli/ReportCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/SecretReader.h"
#include "cli/VerifyCommand.h"
#include "domain/Error.h"
#include "storage/ProfilePaths.h"

#include <csignal>
#include <exception>
#include <new>

namespace mooring::cli {

using namespace Qt::StringLiterals;

namespace {

constexpr int kColumn = 24;  // where the descriptions start in --help

QString program() { return u"mooring-cli"_s; }

QString padded(const QString& text) { return u"  "_s + text.leftJustified(kColumn - 3) + u' '; }

}  // namespace

CliApp::CliApp(SecretReader& secrets, Console& console)
    : m_secrets(secrets), m_console(console), m_commands(makeCommands()) {}

CliApp::~CliApp() = default;

std::vector<std::unique_ptr<Command>> CliApp::makeCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CreateCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<PasswdCommand>());
    commands.push_back(std::make_unique<RekeyCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<CheckInCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<BackupsCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<HelplinesCommand>());
    return commands;
}

QString CliApp::shortUsage(const Command* command) {
    if (command) {
        QString line = tr("Usage: %1 [--profile DIR] %2").arg(program(), command->name());
        if (!command->synopsis().isEmpty()) line += u' ' + command->synopsis();
        return line + u'\n' + tr("See “%1 %2 --help” for more.").arg(program(), command->name());
    }
    return tr("Usage: %1 [--profile DIR] COMMAND [options]").arg(program()) + u'\n' +
           tr("See “%1 --help” for the commands.").arg(program());
}

QString CliApp::overview() const {
    QStringList lines;
    lines << tr("Usage: %1 [--profile DIR] COMMAND [options]").arg(program()) << QString()
          << tr("Mooring on the command line: the same encrypted profile, no window.") << QString() << tr("Commands:");
    for (const auto& command : m_commands) lines << padded(command->name()) + command->summary();
    lines << QString() << tr("Options:")
          << padded(u"--profile DIR"_s) +
                 tr("the profile folder (otherwise MOORING_PROFILE, otherwise %1)").arg(ProfilePaths::defaultDir())
          << padded(u"-h, --help"_s) + tr("show this help; after a command, that command's help")
          << padded(u"--version"_s) + tr("show the version") << QString()
          << tr("Passphrases and codes are read from the terminal without echo or, when standard input is not "
                "a terminal, one line each from standard input.")
          << tr("Exit status: 0 done, 1 bad usage, 2 wrong passphrase or code, 3 damaged or unreadable file, "
                "4 could not write, 5 profile open elsewhere.");
    return lines.join(u'\n');
}

QString CliApp::commandHelp(const Command& command) {
    QStringList lines;
    QString usage = tr("Usage: %1 [--profile DIR] %2").arg(program(), command.name());
    if (!command.synopsis().isEmpty()) usage += u' ' + command.synopsis();
    lines << usage << QString() << command.summary() + u'.';
    if (!command.description().isEmpty()) lines << QString() << command.description();
    const std::vector<OptionSpec> options = command.options();
    lines << QString() << tr("Options:");
    for (const OptionSpec& option : options) {
        QString name = u"--"_s + option.name;
        if (option.takesValue) name += u' ' + option.valueName;
        lines << padded(name) + option.help;
    }
    lines << padded(u"--profile DIR"_s) + tr("the profile folder") << padded(u"-h, --help"_s) + tr("show this help");
    return lines.join(u'\n');
}

int CliApp::run(const QStringList& arguments) {
    const CommandLine::Result parsed = CommandLine::parse(arguments, m_commands);
    const Invocation& invocation = parsed.invocation;
    if (!parsed.ok()) {
        m_console.message(parsed.error + u'\n' + shortUsage(invocation.command));
        return toInt(ExitStatus::BadUsage);
    }
    if (invocation.help) {
        m_console.data(invocation.command ? commandHelp(*invocation.command) : overview());
        return toInt(m_console.dataWritten() ? ExitStatus::Done : ExitStatus::CannotWrite);
    }
    if (invocation.version) {
        m_console.data(u"%1 %2"_s.arg(program(), QCoreApplication::applicationVersion()));
        return toInt(m_console.dataWritten() ? ExitStatus::Done : ExitStatus::CannotWrite);
    }

    const bool fastKdf = qEnvironmentVariable("MOORING_INSECURE_FAST_KDF") == u"1"_s;
    try {
        CliContext context(ProfilePaths::resolve(invocation.profileDir), invocation, m_secrets, m_console, fastKdf);
        const ExitStatus status = invocation.command->run(context);
        if (status == ExitStatus::Done && !m_console.dataWritten()) {
            m_console.message(tr("The result could not be written to standard output."));
            return toInt(ExitStatus::CannotWrite);
        }
        return toInt(status);
    } catch (const Error& error) {
        m_console.message(error.message());
        return toInt(exitStatusFor(error.kind()));
    } catch (const std::bad_alloc&) {
        m_console.message(tr("There was not enough memory to finish."));
        return toInt(ExitStatus::CannotWrite);
    } catch (const std::exception& error) {
        m_console.message(tr("Something unexpected happened: %1").arg(QString::fromLocal8Bit(error.what())));
        return toInt(ExitStatus::Damaged);
    }
}

int CliApp::main() { return main(QCoreApplication::arguments().mid(1)); }

int CliApp::main(const QStringList& arguments) {
    // With a file size limit (ulimit -f) the kernel would end the process mid-write;
    // ignored, the write reports an error and we can say "could not write" instead.
    std::signal(SIGXFSZ, SIG_IGN);
    // Likewise a closed pipe on stdout: the write reports it, and create, for one, then
    // takes the new profile back rather than leave one whose recovery code was never seen.
    std::signal(SIGPIPE, SIG_IGN);

    SecretReader secrets;
    Console console;
    CliApp app(secrets, console);
    return app.run(arguments);
}

}  // namespace mooring::cli
