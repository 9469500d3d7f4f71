#include "storage/ProcessHardening.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    QApplication app(argc, argv);
    return 0;
}
