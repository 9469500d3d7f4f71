#include "app/CliStartup.h"

#include "cli/CliApp.h"
#include "domain/Error.h"
#include "storage/CryptoSelfTest.h"
#include "storage/Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace mooring {

int runCommandLine(const QStringList& arguments) {
    QCoreApplication::setApplicationName(QStringLiteral("Mooring"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mooring"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    // The command line follows MOORING_LANGUAGE, otherwise the system's language.
    const Translations translations(
        Translations::resolve(Translations::fromEnvironment(), QLocale::system().uiLanguages()));
    try {
        CryptoSelfTest::run();
    } catch (const Error& error) {
        std::fprintf(stderr, "%s\n", error.message().toLocal8Bit().constData());
        return 3;  // damaged or unreadable: nothing was opened
    }
    return cli::CliApp::main(arguments);
}

}  // namespace mooring
