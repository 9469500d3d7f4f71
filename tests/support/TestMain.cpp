// Our own Catch2 main: widgets need a QApplication before any test builds one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform says "This plugin does not support raise()" (and the like)
// hundreds of times a run; left in, they bury a failing test's own lines in CI's log.
void dropOffscreenLimits(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support"))) return;
    previousHandler(type, context, message);
}

}  // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    previousHandler = qInstallMessageHandler(dropOffscreenLimits);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mooring"));
    QApplication::setOrganizationName(QStringLiteral("Mooring"));
    return Catch::Session().run(argc, argv);
}
