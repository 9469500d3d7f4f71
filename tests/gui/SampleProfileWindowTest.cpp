#include "FoundationDriver.h"

#include "exchange/SampleProfile.h"
#include "gui/common/MessageBanner.h"
#include "gui/home/HomeScreen.h"
#include "gui/main/MainWindow.h"
#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"
#include "support/Screenshot.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;

TEST_CASE("mooring --sample opens a clearly labelled sample profile that is gone once the window closes",
          "[gui][sample]") {
    std::unique_ptr<SampleProfile> sample =
        SampleProfile::create(QDateTime::currentDateTime(), Argon2Params::forTests());
    const QString folder = QFileInfo(sample->paths().dir()).absolutePath();
    REQUIRE(QFileInfo::exists(folder));
    {
        // As mooring_main.cpp wires it.
        MainWindowOptions options(ProfileAccess{sample->paths(), Argon2Params::forTests()});
        options.openSample = [s = sample.get()] { return s->unlock(); };
        MainWindow window(std::move(options));
        window.resize(900, 720);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        // Open at once on home: no passphrase asked, none shown.
        REQUIRE(window.profile() != nullptr);
        CHECK(qobject_cast<HomeScreen*>(window.currentScreen()) != nullptr);
        CHECK(window.windowTitle() == MainWindow::sampleNotice());
        CHECK(window.windowTitle().startsWith(QStringLiteral("Sample profile")));
        auto* notice = child<MessageBanner>(&window, "sampleNotice");
        CHECK(notice->isVisible());
        CHECK(notice->text() == MainWindow::sampleNotice());
        test::saveScreenshot(&window, QStringLiteral("sample-home"));

        Database& db = window.profile()->database();
        CHECK(SafetyPlanStore(db).count() == 3);
        CHECK(JournalStore(db).count() == 28);

        // Locking cannot ask for a passphrase nobody knows: the sample opens again, still labelled.
        window.lockNow();
        REQUIRE(window.profile() != nullptr);
        CHECK(notice->isVisible());
        window.close();
    }
    sample.reset();
    CHECK_FALSE(QFileInfo::exists(folder));
}
