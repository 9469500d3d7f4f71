#include "storage/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    QCoreApplication app(argc, argv);
    return 0;
}
