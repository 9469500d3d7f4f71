// "Understand": every page opens before unlocking, search finds pages by a word
// in them, each page ends with where to get help now, and each page's text passes the
// safe-messaging audit.
#include "FoundationDriver.h"

#include "gui/crisis/CrisisScreen.h"
#include "gui/library/LibraryPages.h"
#include "gui/library/LibraryScreen.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

// The lock screen, as at a later start (a profile exists, nothing unlocked).
std::unique_ptr<MainWindow> lockScreen(test::TempProfile& folder) {
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    window->settings().setRegion(u"UK"_s);
    window->settings().save();
    REQUIRE(window->currentScreen()->objectName() == u"unlockScreen"_s);
    return window;
}

// The repository's own audit (tools/text-audit.py), the one the safe_messaging_texts check runs.
QString auditScript() { return QStringLiteral(MOORING_TEXT_AUDIT); }

}  // namespace

TEST_CASE("Library: between eight and twelve pages, each with a title, summary and text", "[library]") {
    const QList<LibraryPage>& pages = LibraryPages::all();
    CHECK(pages.size() >= 8);
    CHECK(pages.size() <= 12);
    for (const LibraryPage& page : pages) {
        INFO(page.id.toStdString());
        CHECK_FALSE(page.title.isEmpty());
        CHECK_FALSE(page.summary.isEmpty());
        CHECK(page.plainText.size() > 400);
        CHECK(page.markdown.startsWith(u"# "_s));
    }
}

TEST_CASE("Library: a language without its own pages falls back to English", "[library]") {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    LibraryPages::reload();
    CHECK(LibraryPages::find(u"urges"_s).has_value());
    QLocale::setDefault(before);
    LibraryPages::reload();
}

TEST_CASE("Library: search matches every word, in title, keywords or text, case and accents ignored", "[library]") {
    const auto therapy = LibraryPages::find(u"therapy"_s);
    REQUIRE(therapy);
    CHECK(therapy->matches(u"dbt"_s));
    CHECK(therapy->matches(u"  First APPOINTMENT "_s));
    CHECK(therapy->matches(u"appointm\u00e9nt"_s));
    CHECK_FALSE(therapy->matches(u"appointment pillow"_s));
    CHECK(therapy->matches(QString()));
}

TEST_CASE("Library: every page opens from the lock screen, before unlocking, and ends with help now",
          "[library][gui]") {
    test::TempProfile folder;
    auto window = lockScreen(folder);
    child<QPushButton>(window.get(), "unlockLibraryButton")->click();
    auto* library = child<LibraryScreen>(window.get(), "libraryScreen");
    REQUIRE(window->currentScreen() == library);
    REQUIRE(window->profile() == nullptr);

    for (const LibraryPage& page : LibraryPages::all()) {
        INFO(page.id.toStdString());
        library->showList();
        child<QPushButton>(library, ("libraryTile-" + page.id.toStdString()).c_str())->click();
        REQUIRE(library->isReading());
        CHECK(library->currentPageId() == page.id);
        const QString text = library->reader()->toPlainText();
        CHECK(text.startsWith(page.title));
        CHECK(text.contains(u"Where to get help now"_s));
        CHECK(text.contains(
            u"thinking about ending your life, or not sure you can keep yourself safe, call 999 or a crisis line now."_s));
        CHECK(text.contains(u"Samaritans: call 116 123"_s));
        CHECK(library->reader()->toHtml().contains(u"mooring:help-now"_s));
    }
    CHECK(window->profile() == nullptr);

    // The page's link to "I need help now", then Back: the library, then the lock screen.
    Q_EMIT library->reader()->anchorClicked(QUrl(u"mooring:help-now"_s));
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    CHECK(window->currentScreen() == crisis);
    child<QPushButton>(crisis, "crisisBack")->click();
    CHECK(window->currentScreen() == library);
    QTest::keyClick(library->reader(), Qt::Key_Escape);
    CHECK_FALSE(library->isReading());
    child<QPushButton>(library, "libraryBack")->click();
    CHECK(window->currentScreen()->objectName() == u"unlockScreen"_s);
}

TEST_CASE("Library: reached from 'I need help now', and Back returns there", "[library][gui]") {
    test::TempProfile folder;
    auto window = lockScreen(folder);
    window->showHelpNow();
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    child<QPushButton>(crisis, "crisisLibrary")->click();
    auto* library = child<LibraryScreen>(window.get(), "libraryScreen");
    CHECK(window->currentScreen() == library);
    child<QPushButton>(library, "libraryBack")->click();
    CHECK(window->currentScreen() == crisis);
}

TEST_CASE("Library: typing in the search box narrows the list to pages with those words", "[library][gui]") {
    test::TempProfile folder;
    auto window = lockScreen(folder);
    window->showLibrary();
    auto* library = child<LibraryScreen>(window.get(), "libraryScreen");
    CHECK(library->shownPageIds().size() == LibraryPages::all().size());
    QLineEdit* search = library->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"DBT"_s);
    CHECK(library->shownPageIds() == QStringList{u"therapy"_s});
    search->clear();
    QTest::keyClicks(search, u"pillow"_s);  // a word only in the text of one page
    CHECK(library->shownPageIds() == QStringList{u"coping-families"_s});
    search->clear();
    QTest::keyClicks(search, u"zebra crossing"_s);
    CHECK(library->shownPageIds().isEmpty());
    CHECK(child<QLabel>(library, "libraryNoMatch")->isVisible());
    search->clear();
    CHECK(library->shownPageIds().size() == LibraryPages::all().size());
}

TEST_CASE("Library: a page is saved as a PDF", "[library][gui]") {
    test::TempProfile folder;
    auto window = lockScreen(folder);
    window->showLibrary();
    auto* library = child<LibraryScreen>(window.get(), "libraryScreen");
    REQUIRE(library->openPage(u"family-friends"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"page.pdf"_s);
    REQUIRE(library->savePdf(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
}

TEST_CASE("Library: every page as shown passes the safe-messaging audit", "[library][gui]") {
    // Never skipped: without python3 or the script this fails and says which is missing.
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    INFO("python3: " << python.toStdString() << ", audit: " << auditScript().toStdString());
    REQUIRE_FALSE(python.isEmpty());
    REQUIRE(QFile::exists(auditScript()));
    test::TempProfile folder;
    auto window = lockScreen(folder);
    window->showLibrary();
    auto* library = child<LibraryScreen>(window.get(), "libraryScreen");
    // The audit reads .txt files under resources/: one per page, as the reader shows it.
    QTemporaryDir root;
    QDir().mkpath(root.filePath(u"resources/library"_s));
    for (const LibraryPage& page : LibraryPages::all()) {
        REQUIRE(library->openPage(page.id));
        QFile out(root.filePath(u"resources/library/"_s + page.id + u".txt"_s));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(library->reader()->toPlainText().toUtf8());
    }
    QProcess audit;
    audit.start(python, {auditScript(), root.path()});
    REQUIRE(audit.waitForFinished(60000));
    const QString output = QString::fromUtf8(audit.readAllStandardOutput());
    INFO(output.toStdString());
    CHECK(audit.exitCode() == 0);
    CHECK(output.contains(u"text-audit: 0 phrase(s) to change"_s));
}
