// Our own Catch2 main: widgets need a QApplication before any test builds one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                   : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mooring"));
    QApplication::setOrganizationName(QStringLiteral("Mooring"));
    return Catch::Session().run(argc, argv);
}
