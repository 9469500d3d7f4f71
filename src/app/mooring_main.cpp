// The GUI program stays thin: harden the process, read the command line, take the
// profile's lock, hand over to the MainWindow.
#include "gui/main/CryptoSelfTestGate.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StartupLock.h"
#include "storage/ProcessHardening.h"
#include "storage/ProfileLock.h"
#include "storage/ProfilePaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// The same number mooring-cli uses for "profile busy".
constexpr int kExitBusy = 5;

struct Options {
    QString profileDir;
    bool helpNow = false;
};

// --help and --version answer (and exit) before any window system is needed, so they
// also work without a display.
Options parseCommandLine(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Mooring"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mooring", "An offline companion for recovery from self-harm. Everything stays on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("mooring", "Keep the profile in DIR (a USB stick, say)."), QStringLiteral("DIR"));
    const QCommandLineOption helpNowOption(
        QStringLiteral("help-now"), QCoreApplication::translate("mooring", "Open straight onto \"I need help now\"."));
    parser.addOption(profileOption);
    parser.addOption(helpNowOption);
    // Qt's own options (-platform, -style, -reverse) are for QApplication, not errors here.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    return Options{parser.value(profileOption), parser.isSet(helpNowOption)};
}

}  // namespace

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    const Options parsed = parseCommandLine(argc, argv);
    QApplication app(argc, argv);
    if (!mooring::passCryptoSelfTest()) return 3;  // as mooring-cli: 3 is "damaged or unreadable"
    // Not applicationDisplayName: Qt would append it to every window title, and the
    // person may ask for a neutral one.
    QApplication::setApplicationName(QStringLiteral("Mooring"));
    QApplication::setOrganizationName(QStringLiteral("Mooring"));
    QApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mooring"));

    const mooring::ProfilePaths paths = mooring::ProfilePaths::resolve(parsed.profileDir);
    const std::unique_ptr<mooring::ProfileLock> lock = mooring::takeProfileLock(paths);
    if (!lock) return kExitBusy;

    mooring::MainWindowOptions options(mooring::ProfileAccess{paths, std::nullopt});
    options.startWithHelpNow = parsed.helpNow;
    mooring::MainWindow window(std::move(options));
    window.show();
    return QApplication::exec();
}
