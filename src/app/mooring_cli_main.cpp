#include "app/CliStartup.h"
#include "storage/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    QCoreApplication app(argc, argv);
    return mooring::runCommandLine(QCoreApplication::arguments().mid(1));
}
