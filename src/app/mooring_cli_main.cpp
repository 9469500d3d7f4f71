#include "cli/CliApp.h"
#include "storage/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Mooring"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mooring"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    return mooring::cli::CliApp::main();
}
