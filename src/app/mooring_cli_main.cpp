#include "cli/CliApp.h"
#include "storage/ProcessHardening.h"
#include "storage/Translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Mooring"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mooring"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    // The command line follows MOORING_LANGUAGE, otherwise the system's language.
    const mooring::Translations translations(
        mooring::Translations::resolve(mooring::Translations::fromEnvironment(), QLocale::system().uiLanguages()));
    return mooring::cli::CliApp::main();
}
