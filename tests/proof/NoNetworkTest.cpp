// No network (docs/security.md): no program of Mooring depends on QtNetwork or QtSql, and a
// run of each under strace opens no internet socket (AF_INET / AF_INET6).
#include "ProgramRun.h"

#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <iostream>

using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(MOORING_CLI_PATH);
const QString kCliPdf = QStringLiteral(MOORING_CLI_PDF_PATH);  // started by `mooring-cli report --pdf`
const QString kGui = QStringLiteral(MOORING_GUI_PATH);
const QByteArray kPassphrase = "a lantern in the window";

// Every shared library the program loads, direct or not (ldd), and the direct ones (readelf).
QStringList dependencies(const QString& program) {
    QStringList found;
    const ProgramRun direct = runProgram(u"readelf"_s, {u"-d"_s, program});
    REQUIRE(direct.exitCode == 0);
    const QRegularExpression needed(uR"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])"_s);
    for (auto it = needed.globalMatch(QString::fromUtf8(direct.out)); it.hasNext();) found << it.next().captured(1);
    const ProgramRun all = runProgram(u"ldd"_s, {program});
    REQUIRE(all.exitCode == 0);
    for (const QString& line : QString::fromUtf8(all.out).split(u'\n'))
        if (!line.trimmed().isEmpty()) found << line.trimmed().section(u' ', 0, 0);
    return found;
}

struct SocketCount {
    int all = 0;
    int internet = 0;
    QStringList internetLines;
};

SocketCount socketsIn(const QString& traceFile) {
    QFile file(traceFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    SocketCount count;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.contains("socket(")) continue;
        ++count.all;
        if (line.contains("AF_INET")) {  // also AF_INET6
            ++count.internet;
            count.internetLines << QString::fromUtf8(line);
        }
    }
    return count;
}

// Runs `arguments` under strace -f, recording socket() calls of the program and its children.
SocketCount traced(const QString& traceFile, const QStringList& arguments, const QByteArray& input = {}) {
    const ProgramRun run =
        runProgram(u"strace"_s, QStringList{u"-f"_s, u"-e"_s, u"trace=socket"_s, u"-o"_s, traceFile} + arguments, input,
                   cliEnvironment());
    INFO(run.err.toStdString());
    REQUIRE(run.started);
    return socketsIn(traceFile);
}

}  // namespace

TEST_CASE("No program links QtNetwork or QtSql", "[network]") {
    for (const QString& program : {kCli, kCliPdf, kGui}) {
        const QStringList libraries = dependencies(program);
        INFO(program.toStdString() << " loads " << libraries.join(u", "_s).toStdString());
        CHECK(libraries.size() > 3);  // the listing worked: Qt and sodium at least
        CHECK(libraries.filter(u"libQt6Core"_s).size() > 0);
        CHECK(libraries.filter(u"libsodium"_s).size() > 0);
        // SQLCipher (and OpenSSL's libcrypto with it) is opened when a database first is,
        // by its own name, and checked to be SQLCipher before use (SqlCipher.h).
        CHECK(libraries.filter(u"libsqlcipher"_s).isEmpty());
        CHECK(libraries.filter(u"Qt6Network"_s).isEmpty());
        CHECK(libraries.filter(u"Qt6Sql"_s).isEmpty());
        CHECK(libraries.filter(QRegularExpression(u"^libsqlite3"_s)).isEmpty());
    }
}

TEST_CASE("mooring-cli and mooring open no internet socket (strace)", "[network]") {
    if (QStandardPaths::findExecutable(u"strace"_s).isEmpty()) {
        WARN("strace is not installed: the socket check was skipped (apt-get install strace)");
        return;
    }
    TempProfile profile;
    QTemporaryDir traces;
    REQUIRE(traces.isValid());
    const QStringList at{u"--profile"_s, profile.dir()};
    int runs = 0;
    SocketCount total;
    const auto add = [&](const SocketCount& one) {
        ++runs;
        total.all += one.all;
        total.internet += one.internet;
        total.internetLines << one.internetLines;
    };

    add(traced(traces.filePath(u"create"_s), QStringList{kCli, u"create"_s} + at,
               kPassphrase + "\n" + kPassphrase + "\n"));
    REQUIRE(QFile::exists(profile.paths().keyFile()));
    add(traced(traces.filePath(u"verify"_s), QStringList{kCli, u"verify"_s} + at, kPassphrase + "\n"));
    add(traced(traces.filePath(u"passwd"_s), QStringList{kCli, u"passwd"_s} + at,
               kPassphrase + "\n" + kPassphrase + "\n" + kPassphrase + "\n"));
    // The PDF is painted by mooring-cli-pdf, which mooring-cli becomes (strace -f follows it).
    const QString pdf = traces.filePath(u"report.pdf"_s);
    add(traced(traces.filePath(u"report"_s), QStringList{kCli, u"report"_s, u"--pdf"_s, pdf} + at, kPassphrase + "\n"));
    REQUIRE(QFile::exists(pdf));
    // The window runs until someone closes it: `timeout` (traced too) ends it after a while.
    for (const QStringList& extra : {QStringList{}, QStringList{u"--help-now"_s}})
        add(traced(
            traces.filePath(u"gui"_s + QString::number(runs)),
            QStringList{u"timeout"_s, u"-s"_s, u"TERM"_s, u"4"_s, kGui, u"-platform"_s, u"offscreen"_s} + at + extra));

    // A control: the same tracing does see an internet socket when one is opened.
    const SocketCount control =
        traced(traces.filePath(u"control"_s), {u"bash"_s, u"-c"_s, u"exec 3<>/dev/tcp/127.0.0.1/9 || true"_s});
    CHECK(control.internet > 0);

    std::cout << "no network: " << runs << " traced runs, " << total.all << " socket() calls, " << total.internet
              << " internet sockets" << std::endl;
    INFO(total.internetLines.join(u'\n').toStdString());
    CHECK(total.internet == 0);
}
