#include "cli/CliApp.h"
#include "domain/Error.h"
#include "storage/CryptoSelfTest.h"
#include "storage/ProcessHardening.h"
#include "storage/Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Mooring"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mooring"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    // The command line follows MOORING_LANGUAGE, otherwise the system's language.
    const mooring::Translations translations(
        mooring::Translations::resolve(mooring::Translations::fromEnvironment(), QLocale::system().uiLanguages()));
    try {
        mooring::CryptoSelfTest::run();
    } catch (const mooring::Error& error) {
        std::fprintf(stderr, "%s\n", error.message().toLocal8Bit().constData());
        return 3;  // damaged or unreadable: nothing was opened
    }
    return mooring::cli::CliApp::main();
}
