// The import dialog shows records changed differently here and in the file (same id and
// updated_at, other contents) under the preview, and hides the line when there are none.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "gui/common/DialogHooks.h"
#include "gui/exchange/ImportDialog.h"
#include "session/ProfileSession.h"
#include "support/ExchangeSamples.h"
#include "support/Screenshot.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    return path;
}

}  // namespace

TEST_CASE("The import dialog names records changed at the same time but differently", "[exchange][gui][import]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray bytes = Exporter(source.db(), *source.settings).readable(ExportContent::Full);
    OpenProfile target;
    {
        Importer importer(target.db(), *target.settings);
        importer.apply(importer.prepare(bytes));
    }
    Json changed = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    changed["contacts"][0]["name"] = "Samantha";
    changed["journal"][0]["situation"] = "written differently on the other computer";
    QTemporaryDir files;
    ProfileSession session(std::move(target.profile));  // as the window holds the open profile

    ImportDialog dialog(session, writeFile(files, u"other-computer.json"_s, QByteArray::fromStdString(changed.dump())));
    dialog.show();
    auto* preview = dialog.findChild<QLabel*>(u"importPreview"_s);
    auto* conflicts = dialog.findChild<QLabel*>(u"importConflicts"_s);
    REQUIRE(preview);
    REQUIRE(conflicts);
    REQUIRE(QTest::qWaitFor([&] { return preview->isVisible(); }));  // checked in a session job
    CHECK(preview->text().contains(
        u"2 already here, changed at the same time but differently (kept as they are here)"_s));
    CHECK(conflicts->isVisible());
    CHECK(
        conflicts->text().startsWith(u"Changed at the same time here and in the file, but differently: the contact "
                                     u"“Samantha”; the journal entry of "_s));
    CHECK(conflicts->text().contains(u"keeps what is here"_s));
    saveScreenshot(&dialog, u"import-conflicts"_s);

    ImportDialog same(session, writeFile(files, u"same.json"_s, bytes));
    same.show();
    REQUIRE(QTest::qWaitFor([&] { return same.findChild<QLabel*>(u"importPreview"_s)->isVisible(); }));
    CHECK_FALSE(same.findChild<QLabel*>(u"importConflicts"_s)->isVisible());
    CHECK(same.findChild<QLabel*>(u"importPreview"_s)->text().contains(u"already here, the same"_s));
}
