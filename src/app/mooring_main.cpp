// The GUI program stays thin: harden the process, read the command line, take the
// profile's lock, hand over to the MainWindow.
#include "ForgetAfterLock.h"
#include "StartupReadAhead.h"
#include "domain/Error.h"
#include "exchange/SampleProfile.h"
#include "gui/common/AppWideKeys.h"
#include "gui/common/EnterPressesButtons.h"
#include "gui/common/QuietStacks.h"
#include "gui/common/SecretsOffTheBus.h"
#include "gui/common/TrayIcon.h"
#include "gui/common/WheelNeedsFocus.h"
#include "gui/main/CryptoSelfTestGate.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StandaloneCrisisWindow.h"
#include "gui/main/StartupLock.h"
#include "gui/main/WindowTestHook.h"
#include "storage/ComeBackPipe.h"
#include "storage/MemoryLock.h"
#include "storage/ProcessHardening.h"
#include "storage/ProfileClaim.h"
#include "storage/ProfileLock.h"
#include "storage/ProfilePaths.h"
#include "storage/ProfileSettings.h"
#include "storage/Translations.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <future>
#include <optional>

namespace {

using Request = mooring::ComeBackPipe::Request;

// The same number mooring-cli uses for "profile busy".
constexpr int kExitBusy = 5;

struct Options {
    QString profileDir;
    bool helpNow = false;
    bool sample = false;  // --sample
    bool tray = false;    // --tray: hidden in the tray (the autostart entry starts it so)
    QString language{};   // --language, else MOORING_LANGUAGE; empty: settings.ini, then the system
};

// Mooring's options, worded for --help in whatever language is loaded at the time.
void describeOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "mooring", "An offline companion for recovery from self-harm. Everything stays on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("mooring", "Keep the profile in DIR (a USB stick, say)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("help-now"),
                      QCoreApplication::translate("mooring", "Open straight onto \"I need help now\".")});
    parser.addOption({QStringLiteral("sample"),
                      QCoreApplication::translate("mooring",
                                                  "Try Mooring with a made-up sample profile. Nothing in it is real, "
                                                  "and it is deleted when you close Mooring.")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate(
                          "mooring", "Show Mooring in LANGUAGE (en or de) this time, whatever the settings say."),
                      QStringLiteral("LANGUAGE")});
    parser.addOption({QStringLiteral("tray"),
                      QCoreApplication::translate("mooring",
                                                  "Start in the tray, without a window, for reminders. Without a "
                                                  "tray, the window opens as usual.")});
}

// --help and --version answer (and exit) before any window system is needed, so they also
// work without a display. Only they need an application object: for the translation.
[[noreturn]] void answerHelpOrVersion(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Mooring"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    // --help speaks the environment's or the system's language; no profile is read yet.
    const mooring::Translations helpLanguage(
        mooring::Translations::resolve(mooring::Translations::fromEnvironment(), QLocale::system().uiLanguages()));
    QCommandLineParser parser;
    describeOptions(parser);
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help"))) parser.showHelp(0);
    parser.showVersion();
}

// Read without an application object: making one only for this, and QApplication again after
// it, cost time before the first window (bench/README-startup.md, eighth round).
Options parseCommandLine(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    describeOptions(parser);
    // Qt's own options (-platform, -style, -reverse) are for QApplication, not errors here.
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        answerHelpOrVersion(argc, argv);
    QString language = parser.value(QStringLiteral("language"));
    if (language.isEmpty()) language = mooring::Translations::fromEnvironment();
    Options options{parser.value(QStringLiteral("profile")), parser.isSet(QStringLiteral("help-now"))};
    options.language = language;
    options.sample = parser.isSet(QStringLiteral("sample"));
    options.tray = parser.isSet(QStringLiteral("tray"));
    return options;
}

QIcon appIcon() {
    QIcon icon(QStringLiteral(":/app/mooring.svg"));
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/app/mooring-%1.png").arg(size), QSize(size, size));
    return icon;
}

// The window icon (an SVG and six PNGs to decode, about a tenth of the work before the first
// paint) is not needed to paint the first window, so it is set just after that paint.
// With MOORING_REPORT_FIRST_FRAME=1 the moment of that first frame is also printed on
// standard error (seconds since 1970), for bench/first_window.sh.
class IconAfterFirstPaint : public QObject {
public:
    explicit IconAfterFirstPaint(QObject* parent)
        : QObject(parent), m_report(qEnvironmentVariable("MOORING_REPORT_FIRST_FRAME") == QLatin1String("1")) {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        const auto* window = qobject_cast<QWindow*>(watched);
        // A widget window paints while it handles its first expose; the timer runs after that.
        if (event->type() == QEvent::Expose && window && window->isExposed()) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, [report = m_report] {
                if (report) {
                    const auto now = std::chrono::system_clock::now().time_since_epoch();
                    std::fprintf(stderr, "first frame at %.6f\n", std::chrono::duration<double>(now).count());
                }
                QApplication::setWindowIcon(appIcon());
            });
        }
        return false;
    }

private:
    const bool m_report;
};

// --sample: made in a private temporary folder; nullptr (and a message) if that fails.
std::unique_ptr<mooring::SampleProfile> makeSample() {
    try {
        return mooring::SampleProfile::create();
    } catch (const mooring::Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return nullptr;
    }
}

// The proof that a lock leaves nothing in memory waits for the idle lock: it may ask for
// one after this many milliseconds (MOORING_TEST_IDLE_LOCK_MS) instead of minutes.
std::optional<std::chrono::milliseconds> idleLockForTests() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("MOORING_TEST_IDLE_LOCK_MS", &ok);
    if (!ok || ms <= 0) return std::nullopt;
    return std::chrono::milliseconds(ms);
}

}  // namespace

int main(int argc, char* argv[]) {
    // Qt takes the first thread that uses it for its main thread. The read-ahead and the
    // profile's claim below use Qt on threads of their own before QApplication exists.
    QThread::currentThread();
    mooring::hardenProcess();
    // Before anything personal is read; Mooring works the same when the system says no.
    mooring::keepMemoryOutOfSwap();
    const Options parsed = parseCommandLine(argc, argv);  // --help and --version exit() here
    // Only now: exit() while the thread still reads would leave fontconfig's half-made
    // configuration behind (LeakSanitizer sees it), and Qt frees the finished one.
    mooring::StartupReadAhead readAhead;
    const std::optional<QString> cryptoFailure = mooring::cryptoSelfTestFailure();
    // Once the check has passed, the profile's lock is taken beside Qt's start-up
    // (ProfileClaim.h says why); a sample profile is made further down and claimed there.
    const std::optional<Request> ask =
        parsed.tray ? std::nullopt : std::optional(parsed.helpNow ? Request::HelpNow : Request::Show);
    std::future<mooring::ProfileClaim> earlyClaim;
    if (!cryptoFailure && !parsed.sample)
        earlyClaim = std::async(std::launch::async, mooring::ProfileClaim::make,
                                mooring::ProfilePaths::resolve(parsed.profileDir), ask);
    QApplication app(argc, argv);
    // Qt frees fontconfig's configuration as the application ends; on an early return
    // that must not race the thread still making it (half of it would leak).
    const auto readAheadEndsFirst = qScopeGuard([&readAhead] { readAhead.wait(); });
    if (cryptoFailure) {
        mooring::showCryptoSelfTestFailure(*cryptoFailure);
        return 3;  // as mooring-cli: 3 is "damaged or unreadable"
    }
    // Not applicationDisplayName: Qt would append it to every window title, and the
    // person may ask for a neutral one.
    QApplication::setApplicationName(QStringLiteral("Mooring"));
    QApplication::setOrganizationName(QStringLiteral("Mooring"));
    QApplication::setApplicationVersion(QStringLiteral(MOORING_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mooring.Mooring"));
    new IconAfterFirstPaint(&app);
    // Before any window: one rule for all of them.
    mooring::WheelNeedsFocus::install();
    mooring::EnterPressesButtons::install();
    mooring::SecretsOffTheBus::install();
    mooring::QuietStacks::install();  // no "layered pane" between screens
    mooring::AppWideKeys::install();  // F1, F12 and Ctrl+L in every window and dialog

    // Declared before the window and the lock, so it outlives both: its folder goes last.
    const std::unique_ptr<mooring::SampleProfile> sample = parsed.sample ? makeSample() : nullptr;
    if (parsed.sample && !sample) return 3;
    const mooring::ProfilePaths paths = sample ? sample->paths() : mooring::ProfilePaths::resolve(parsed.profileDir);
    // Before the settings are read: taking the lock may first tidy what an interrupted
    // import left behind, settings.ini included.
    mooring::ProfileClaim claim = sample ? mooring::ProfileClaim::make(paths, ask) : earlyClaim.get();
    // settings.ini holds the language chosen in settings; it is read before unlocking.
    const QString chosenLanguage =
        parsed.language.isEmpty() ? mooring::ProfileSettings(paths).language() : parsed.language;
    const mooring::Translations translations(
        mooring::Translations::resolve(chosenLanguage, QLocale::system().uiLanguages()));
    using Outcome = mooring::ProfileClaim::Outcome;
    // Open already, perhaps hidden with F12: that window came to the front instead.
    if (claim.outcome == Outcome::HandedOver) return 0;
    // --tray (a log-in) while Mooring is open already: nothing to do, nothing to show.
    if (claim.outcome == Outcome::Busy && parsed.tray) return 0;
    if (claim.outcome == Outcome::Busy && parsed.helpNow) {
        // Help never waits on a lock: the crisis screen needs no profile.
        readAhead.wait();
        mooring::StandaloneCrisisWindow crisis(paths);
        crisis.show();
        return QApplication::exec();
    }
    // Not taken: trying once more says why, now in the person's language.
    const std::unique_ptr<mooring::ProfileLock> lock =
        claim.lock ? std::move(claim.lock) : mooring::takeProfileLock(paths);
    if (!lock) return kExitBusy;

    mooring::MainWindowOptions options(mooring::ProfileAccess{paths, std::nullopt});
    options.startWithHelpNow = parsed.helpNow;
    if (sample) options.openSample = [s = sample.get()] { return s->unlock(); };
    options.idleLockOverride = idleLockForTests();
    // Hidden only where a tray can bring it back; --help-now always shows the window.
    const bool hidden = parsed.tray && !parsed.helpNow && mooring::TrayIcon::available();
    options.startInTray = parsed.tray;
    readAhead.wait();
    mooring::MainWindow window(std::move(options));
    const mooring::ComeBackPipe comeBack(paths, [&window](Request r) { window.comeBack(r == Request::HelpNow); });
    mooring::installWindowTestHook(window);
    mooring::forgetAfterEachLock(window);
    if (!hidden) window.show();
    return QApplication::exec();
}
