// The GUI program stays thin: harden the process, read the command line, take the
// profile's lock, hand over to the MainWindow.
#include "gui/main/MainWindow.h"
#include "gui/main/StartupLock.h"
#include "storage/ProcessHardening.h"
#include "storage/ProfileLock.h"
#include "storage/ProfilePaths.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

// The same number mooring-cli uses for "profile busy".
constexpr int kExitBusy = 5;

}  // namespace

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    QApplication app(argc, argv);
    // Not applicationDisplayName: Qt would append it to every window title, and the
    // person may ask for a neutral one.
    QApplication::setApplicationName(QStringLiteral("Mooring"));
    QApplication::setOrganizationName(QStringLiteral("Mooring"));
    QApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mooring"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "mooring", "An offline companion for recovery from self-harm. Everything stays on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("mooring", "Keep the profile in DIR (a USB stick, say)."),
        QStringLiteral("DIR"));
    const QCommandLineOption helpNowOption(
        QStringLiteral("help-now"), QApplication::translate("mooring", "Open straight onto \"I need help now\"."));
    parser.addOption(profileOption);
    parser.addOption(helpNowOption);
    parser.process(app);

    const mooring::ProfilePaths paths = mooring::ProfilePaths::resolve(parser.value(profileOption));
    const std::unique_ptr<mooring::ProfileLock> lock = mooring::takeProfileLock(paths);
    if (!lock) return kExitBusy;

    mooring::MainWindowOptions options(mooring::ProfileAccess{paths, std::nullopt});
    options.startWithHelpNow = parser.isSet(helpNowOption);
    mooring::MainWindow window(std::move(options));
    window.show();
    return QApplication::exec();
}
