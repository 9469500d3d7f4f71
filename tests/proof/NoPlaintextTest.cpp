// No plaintext anywhere (docs/security.md): thousands of records carrying a marker go
// through every store; backups and a protected export are made; the programs lock and
// quit. Then every byte they could have left behind is searched for the marker in UTF-8,
// UTF-16LE and UTF-16BE: the profile folder, its backups, a private TMPDIR, HOME and the
// XDG folders (where settings, caches and logs would go), the export and what they printed.
#include "ProgramRun.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <iostream>

using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kMarker = u"Zq7-heron-lantern-4711"_s;
const QByteArray kPassphrase = "the marker stays inside";

QList<QByteArray> markerForms() {
    QByteArray le;
    QByteArray be;
    for (const QChar c : kMarker) {
        le.append(static_cast<char>(c.unicode() & 0xff)).append(static_cast<char>(c.unicode() >> 8));
        be.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xff));
    }
    return {kMarker.toUtf8(), le, be};
}

struct Scan {
    int files = 0;
    qint64 bytes = 0;
    QStringList hits;
};

void scanBytes(const QString& name, const QByteArray& bytes, Scan& scan) {
    ++scan.files;
    scan.bytes += bytes.size();
    for (const QByteArray& form : markerForms())
        if (bytes.contains(form)) scan.hits << name;
}

void scanFolder(const QString& dir, Scan& scan) {
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            scan.hits << u"(unreadable) "_s + path;  // nothing may hide from the search
            continue;
        }
        scanBytes(path, file.readAll(), scan);
    }
}

int recordsWanted() {
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("MOORING_PLAINTEXT_RECORDS", &ok);
    return ok && wanted > 0 ? wanted : 2500;
}

}  // namespace

TEST_CASE("The search finds the marker in each of its forms", "[plaintext]") {
    for (const QByteArray& form : markerForms()) {
        Scan scan;
        scanBytes(u"control"_s, "before " + form + " after", scan);
        CHECK(scan.hits.size() == 1);
    }
}

TEST_CASE("No plaintext of the records anywhere on disk after writing, backing up and exporting", "[plaintext]") {
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString profile = root.filePath(u"profile"_s);
    const QString exportFile = root.filePath(u"export.mooring"_s);
    QProcessEnvironment environment = cliEnvironment();
    for (const char* folder : {"tmp", "home", "config", "data", "cache", "runtime"}) {
        const QString path = root.filePath(QString::fromLatin1(folder));
        REQUIRE(QDir().mkpath(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    environment.insert(u"TMPDIR"_s, root.filePath(u"tmp"_s));
    environment.insert(u"HOME"_s, root.filePath(u"home"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"runtime"_s));

    const int records = recordsWanted();
    QByteArray printed;
    const ProgramRun written = runProgram(
        QStringLiteral(PLAINTEXT_WRITER_PATH),
        {profile, QString::fromUtf8(kPassphrase), kMarker, QString::number(records), exportFile}, {}, environment);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    printed += written.out + written.err;

    // The command line too: it unlocks, checks and backs up the same profile.
    const QStringList at{u"--profile"_s, profile};
    for (const QStringList& command : {QStringList{u"verify"_s}, QStringList{u"backup"_s}}) {
        const ProgramRun run =
            runProgram(QStringLiteral(MOORING_CLI_PATH), command + at, kPassphrase + "\n", environment);
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        printed += run.out + run.err;
    }

    // A protected export by the command line, imported into a second profile.
    const QByteArray exportPassphrase = "an export passphrase of its own";
    const QString cliExport = root.filePath(u"cli-export.mooring"_s);
    const QString second = root.filePath(u"second"_s);
    struct Step {
        QStringList arguments;
        QByteArray input;
    };
    const QList<Step> steps{
        {{u"export"_s, cliExport, u"--profile"_s, profile},
         kPassphrase + "\n" + exportPassphrase + "\n" + exportPassphrase + "\n"},
        {{u"create"_s, u"--profile"_s, second}, kPassphrase + "\n" + kPassphrase + "\n"},
        {{u"import"_s, cliExport, u"--profile"_s, second}, kPassphrase + "\n" + exportPassphrase + "\n"},
    };
    for (const Step& step : steps) {
        const ProgramRun run = runProgram(QStringLiteral(MOORING_CLI_PATH), step.arguments, step.input, environment);
        INFO(step.arguments.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        printed += run.out + run.err;
    }
    REQUIRE(QFile::exists(cliExport));

    Scan scan;
    scanFolder(root.path(), scan);  // profile, backups, export, TMPDIR, HOME, XDG folders
    scanBytes(u"(what the programs printed)"_s, printed, scan);
    REQUIRE(QFile::exists(profile + u"/settings.ini"_s));
    REQUIRE(QDir(profile + u"/backups"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 3);
    std::cout << "no plaintext: " << records
              << " journal entries (and plans, ideas, contacts, reflections, hope-box media) with the "
              << "marker; " << scan.files << " files, " << scan.bytes << " bytes searched; hits " << scan.hits.size()
              << std::endl;
    INFO(scan.hits.join(u'\n').toStdString());
    CHECK(scan.hits.isEmpty());
}
