// `mooring-cli import` shows the preview's records changed differently in both places
// (same id and updated_at, other contents) before it writes, and keeps what is here.
#include "CliProcess.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

TEST_CASE("import tells which records changed at the same time but differently, and keeps them",
          "[cli][exchange][import]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray bytes = Exporter(source.db(), *source.settings).readable(ExportContent::Full);
    OpenProfile target;
    {
        Importer importer(target.db(), *target.settings);
        importer.apply(importer.prepare(bytes));
    }
    target.profile.reset();  // closed, so the binary can take its lock
    target.settings.reset();

    Json changed = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    changed["contacts"][0]["name"] = "Samantha";
    QTemporaryDir files;
    const QString file = files.filePath(u"other-computer.json"_s);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(changed.dump()));
    out.close();

    const CliRun run = runCli({u"import"_s, file, u"--profile"_s, target.dir.dir()}, QByteArray("sample passphrase\n"));
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.errText().contains(u"1 already here, changed at the same time but differently (kept as it is here)"_s));
    CHECK(
        run.errText().contains(u"Changed at the same time here and in the file, but differently: the contact "
                               u"“Samantha”. Mooring cannot tell which is newer, so it keeps what is here"_s));

    // What is here stayed: the same file exported again still has the old name.
    const QString again = files.filePath(u"again.json"_s);
    REQUIRE(
        runCli({u"export"_s, again, u"--plain"_s, u"--profile"_s, target.dir.dir()}, QByteArray("sample passphrase\n"))
            .exitCode == 0);
    CHECK_FALSE(fileBytes(again).contains("Samantha"));
    CHECK(withoutExportTime(fileBytes(again)) == withoutExportTime(bytes));
}
