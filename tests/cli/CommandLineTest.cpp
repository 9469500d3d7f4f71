#include "cli/CliApp.h"
#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::cli;
using namespace Qt::StringLiterals;

namespace {

CommandLine::Result parse(const QStringList& arguments) {
    static const auto commands = CliApp::makeCommands();
    return CommandLine::parse(arguments, commands);
}

}  // namespace

TEST_CASE("A command alone is understood, with no profile folder chosen", "[cli]") {
    const auto result = parse({u"verify"_s});
    REQUIRE(result.ok());
    REQUIRE(result.invocation.command != nullptr);
    CHECK(result.invocation.command->name() == u"verify"_s);
    CHECK(result.invocation.profileDir.isEmpty());
    CHECK_FALSE(result.invocation.help);
}

TEST_CASE("--profile may stand before or after the command, with a space or an equals sign", "[cli]") {
    for (const QStringList& arguments :
         {QStringList{u"--profile"_s, u"/tmp/p"_s, u"verify"_s}, QStringList{u"verify"_s, u"--profile"_s, u"/tmp/p"_s},
          QStringList{u"verify"_s, u"--profile=/tmp/p"_s}, QStringList{u"--profile=/tmp/p"_s, u"verify"_s}}) {
        INFO(arguments.join(u' ').toStdString());
        const auto result = parse(arguments);
        REQUIRE(result.ok());
        CHECK(result.invocation.command->name() == u"verify"_s);
        CHECK(result.invocation.profileDir == u"/tmp/p"_s);
    }
}

TEST_CASE("A folder name that starts with a dash can follow --profile", "[cli]") {
    const auto result = parse({u"create"_s, u"--profile"_s, u"-odd"_s});
    REQUIRE(result.ok());
    CHECK(result.invocation.profileDir == u"-odd"_s);
}

TEST_CASE("passwd knows --recovery; other commands do not", "[cli]") {
    const auto withRecovery = parse({u"passwd"_s, u"--recovery"_s});
    REQUIRE(withRecovery.ok());
    CHECK(withRecovery.invocation.has(u"recovery"_s));
    CHECK_FALSE(parse({u"passwd"_s}).invocation.has(u"recovery"_s));

    const auto onVerify = parse({u"verify"_s, u"--recovery"_s});
    CHECK_FALSE(onVerify.ok());
    CHECK(onVerify.error.contains(u"--recovery"_s));

    CHECK_FALSE(parse({u"passwd"_s, u"--recovery=yes"_s}).ok());
    // Command options come after the command's name.
    CHECK_FALSE(parse({u"--recovery"_s, u"passwd"_s}).ok());
}

TEST_CASE("Unknown commands, unknown options and stray words are bad usage", "[cli]") {
    const auto unknown = parse({u"frobnicate"_s});
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error.contains(u"frobnicate"_s));

    CHECK_FALSE(parse({}).ok());
    CHECK_FALSE(parse({u"verify"_s, u"--shout"_s}).ok());
    CHECK_FALSE(parse({u"verify"_s, u"-x"_s}).ok());
    CHECK_FALSE(parse({u"verify"_s, u"extra"_s}).ok());
    CHECK_FALSE(parse({u"verify"_s, u"--profile"_s}).ok());
    CHECK_FALSE(parse({u"verify"_s, u"--profile="_s}).ok());
    CHECK_FALSE(parse({u"--profile"_s, u"/a"_s, u"verify"_s, u"--profile"_s, u"/b"_s}).ok());
    CHECK_FALSE(parse({u"--profile"_s, u"/a"_s}).ok());  // no command
}

TEST_CASE("--help and --version need no command; --help after a command asks for its help", "[cli]") {
    const auto help = parse({u"--help"_s});
    REQUIRE(help.ok());
    CHECK(help.invocation.help);
    CHECK(help.invocation.command == nullptr);

    const auto commandHelp = parse({u"passwd"_s, u"-h"_s});
    REQUIRE(commandHelp.ok());
    CHECK(commandHelp.invocation.help);
    REQUIRE(commandHelp.invocation.command != nullptr);
    CHECK(commandHelp.invocation.command->name() == u"passwd"_s);

    const auto version = parse({u"--version"_s});
    REQUIRE(version.ok());
    CHECK(version.invocation.version);
}

TEST_CASE("Everything after -- is an argument, not an option", "[cli]") {
    // verify takes no arguments, so "--help" after "--" is a stray word, not a request for help.
    const auto result = parse({u"verify"_s, u"--"_s, u"--help"_s});
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.invocation.help);
}

TEST_CASE("Each kind of error has its own exit status", "[cli]") {
    CHECK(toInt(exitStatusFor(Error::Kind::InvalidInput)) == 1);
    CHECK(toInt(exitStatusFor(Error::Kind::WrongSecret)) == 2);
    CHECK(toInt(exitStatusFor(Error::Kind::Damaged)) == 3);
    CHECK(toInt(exitStatusFor(Error::Kind::NewerVersion)) == 3);
    CHECK(toInt(exitStatusFor(Error::Kind::CannotWrite)) == 4);
    CHECK(toInt(exitStatusFor(Error::Kind::Busy)) == 5);
}
