#include "cli/CommandLine.h"

#include "cli/Command.h"

#include <QCoreApplication>

#include <optional>

namespace mooring::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(mooring)
};

using namespace Qt::StringLiterals;

Command* findCommand(const QString& name, const std::vector<std::unique_ptr<Command>>& commands) {
    for (const auto& command : commands) {
        if (command->name() == name) return command.get();
    }
    return nullptr;
}

std::optional<OptionSpec> findOption(const Command& command, const QString& name) {
    for (const OptionSpec& spec : command.options()) {
        if (spec.name == name) return spec;
    }
    return std::nullopt;
}

}  // namespace

CommandLine::Result CommandLine::parse(const QStringList& arguments,
                                       const std::vector<std::unique_ptr<Command>>& commands) {
    Result result;
    Invocation& invocation = result.invocation;
    QString commandName;
    bool profileGiven = false;
    bool onlyArguments = false;

    auto fail = [&result](const QString& message) {
        result.error = message;
        return result;
    };

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& token = arguments.at(i);
        const bool looksLikeOption = token.startsWith(u'-') && token.size() > 1;

        if (onlyArguments || !looksLikeOption) {
            if (commandName.isEmpty()) {
                commandName = token;
                invocation.command = findCommand(token, commands);
                if (!invocation.command) return fail(Text::tr("“%1” is not a mooring-cli command.").arg(token));
            } else {
                invocation.arguments.append(token);
            }
            continue;
        }
        if (token == u"--"_s) {
            onlyArguments = true;
            continue;
        }
        if (token == u"-h"_s || token == u"--help"_s) {
            invocation.help = true;
            continue;
        }
        if (!token.startsWith(u"--"_s)) return fail(Text::tr("“%1” is not an option mooring-cli knows.").arg(token));

        // --name or --name=value
        const qsizetype equals = token.indexOf(u'=');
        const QString name = token.mid(2, equals < 0 ? -1 : equals - 2);
        std::optional<QString> inlineValue;
        if (equals >= 0) inlineValue = token.mid(equals + 1);

        auto takeValue = [&]() -> std::optional<QString> {
            if (inlineValue) return inlineValue;
            if (i + 1 < arguments.size()) return arguments.at(++i);
            return std::nullopt;
        };

        if (name == u"version"_s && !inlineValue) {
            invocation.version = true;
            continue;
        }
        if (name == u"profile"_s) {
            if (profileGiven) return fail(Text::tr("--profile was given more than once."));
            const std::optional<QString> dir = takeValue();
            if (!dir || dir->isEmpty())
                return fail(Text::tr("--profile needs a folder, for example: --profile ~/mooring-profile"));
            invocation.profileDir = *dir;
            profileGiven = true;
            continue;
        }

        const std::optional<OptionSpec> spec =
            invocation.command ? findOption(*invocation.command, name) : std::nullopt;
        if (!spec)
            return fail(
                invocation.command
                    ? Text::tr("The %1 command has no option “%2”.").arg(invocation.command->name(), u"--"_s + name)
                    : Text::tr("“%1” is not an option mooring-cli knows.").arg(token));
        if (spec->takesValue) {
            const std::optional<QString> value = takeValue();
            if (!value) return fail(Text::tr("--%1 needs a value (%2).").arg(name, spec->valueName));
            invocation.options.insert(name, *value);
        } else {
            if (inlineValue) return fail(Text::tr("--%1 takes no value.").arg(name));
            invocation.options.insert(name, QString());
        }
    }

    if (invocation.help || invocation.version) return result;
    if (!invocation.command) return fail(Text::tr("Please name a command."));
    const auto count = static_cast<int>(invocation.arguments.size());
    if (count < invocation.command->minArguments())
        return fail(Text::tr("The %1 command needs more arguments.").arg(invocation.command->name()));
    if (count > invocation.command->maxArguments())
        return fail(Text::tr("The %1 command does not take “%2”.")
                        .arg(invocation.command->name(), invocation.arguments.at(invocation.command->maxArguments())));
    return result;
}

}  // namespace mooring::cli
