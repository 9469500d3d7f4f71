// `mooring --help` and `--version` answer without a window system and end cleanly: the
// start-up's read-ahead thread is already running when they are read, and the program must
// still end through main() (under AddressSanitizer, an exit() past a running thread shows
// as a leak).
#include "ProgramRun.h"

#include <catch2/catch.hpp>

using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("mooring --help and --version answer and end cleanly", "[startup]") {
    QProcessEnvironment environment = cliEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    for (int run = 0; run < 5; ++run) {
        const ProgramRun help = runProgram(QStringLiteral(MOORING_GUI_PATH), {u"--help"_s}, {}, environment);
        INFO(help.err.toStdString());
        CHECK(help.exitedNormally);
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains("--help-now"));
        CHECK(help.out.contains("--profile <DIR>"));

        const ProgramRun version = runProgram(QStringLiteral(MOORING_GUI_PATH), {u"--version"_s}, {}, environment);
        INFO(version.err.toStdString());
        CHECK(version.exitedNormally);
        CHECK(version.exitCode == 0);
        CHECK(version.out.startsWith("Mooring "));
        CHECK(version.out.count('\n') == 1);
    }
}
