// The small parts under the foundation screens: the strength estimate, the recovery-code
// page, the dialog hooks.
#include "FoundationDriver.h"

#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/PassphraseStrength.h"
#include "gui/setup/RecoveryCodePage.h"
#include "printing/RecoveryCodeDocument.h"
#include "storage/RecoveryCode.h"

#include <QFile>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::foundation;

TEST_CASE("Passphrase strength: levels rise with real strength, hints stay kind", "[foundation]") {
    using Level = PassphraseStrength::Level;
    CHECK(PassphraseStrength::assess(QString()).level == Level::Empty);
    const auto weak = PassphraseStrength::assess(QStringLiteral("password"));
    CHECK(weak.level <= Level::CouldBeStronger);
    CHECK_FALSE(weak.hint.isEmpty());
    const auto keyboard = PassphraseStrength::assess(QStringLiteral("qwertyuiop"));
    CHECK(keyboard.level <= Level::CouldBeStronger);
    CHECK_FALSE(keyboard.hint.isEmpty());
    const auto strong = PassphraseStrength::assess(QStringLiteral("seven quiet gulls circling the old pier"));
    CHECK(strong.level >= Level::Strong);
    CHECK(strong.hint.isEmpty());
    CHECK(strong.bits > weak.bits);
    const auto shortOne = PassphraseStrength::assess(QStringLiteral("x7#Kq"));
    CHECK(shortOne.hint.contains(QStringLiteral("at least 8")));
    // No scolding words in anything it says.
    for (const auto& said : {weak, keyboard, strong, shortOne}) {
        for (const QString& text : {said.label, said.hint}) {
            for (const char* word : {"bad", "terrible", "weak", "wrong", "fail"})
                CHECK_FALSE(text.contains(QLatin1String(word), Qt::CaseInsensitive));
        }
    }
}

TEST_CASE("Recovery code page: Save as PDF and Print, answered through the hooks", "[foundation]") {
    const RecoveryCode code = RecoveryCode::generate();
    const QStringList groups = RecoveryCodeDocument::groupsOf(code.formatted());
    REQUIRE(groups.size() == RecoveryCode::groupCount());
    for (int i = 0; i < groups.size(); ++i) {
        const SecureBuffer group = code.group(i);
        CHECK(groups.at(i).toStdString() == std::string(group.view()));
    }

    QTemporaryDir dir;
    RecoveryCodePage page;
    page.setGroups(groups);
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    auto* note = child<MessageBanner>(&page, "recoveryNote");

    SECTION("Save as PDF writes a private PDF") {
        const QString path = dir.filePath(QStringLiteral("code.pdf"));
        DialogHooks::queueFileName(path);
        child<QPushButton>(&page, "savePdfButton")->click();
        REQUIRE(QFile::exists(path));
        CHECK(fileMode(path) == 0600);
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        CHECK(note->tone() == MessageBanner::Tone::Info);
        // Kept for a person to look at when screenshots are asked for.
        const QString shots = qEnvironmentVariable("MOORING_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QFile::remove(shots + QStringLiteral("/foundation-recovery-code-page.pdf"));
            QFile::copy(path, shots + QStringLiteral("/foundation-recovery-code-page.pdf"));
        }
    }
    SECTION("Save as PDF, cancelled: nothing written, nothing said") {
        child<QPushButton>(&page, "savePdfButton")->click();
        CHECK(dir.isValid());
        CHECK(QDir(dir.path()).isEmpty());
        CHECK_FALSE(note->isVisible());
    }
    SECTION("Save as PDF where it cannot be written: a kind note") {
        DialogHooks::queueFileName(dir.filePath(QStringLiteral("no/such/folder/code.pdf")));
        child<QPushButton>(&page, "savePdfButton")->click();
        CHECK(note->tone() == MessageBanner::Tone::Attention);
        CHECK_FALSE(note->text().isEmpty());
    }
    SECTION("Print, to a PDF printer in the test") {
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        DialogHooks::queueFileName(path);
        child<QPushButton>(&page, "printButton")->click();
        CHECK(QFile::exists(path));
    }
    DialogHooks::reset();
}

TEST_CASE("Dialog hooks: queued answers first, then defaults in test mode", "[foundation]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    DialogHooks::queueAnswer(QMessageBox::No);
    CHECK(DialogHooks::ask(nullptr, QStringLiteral("t"), QStringLiteral("first"), QMessageBox::Yes | QMessageBox::No,
                           QMessageBox::Yes) == QMessageBox::No);
    CHECK(DialogHooks::ask(nullptr, QStringLiteral("t"), QStringLiteral("second"), QMessageBox::Yes | QMessageBox::No,
                           QMessageBox::Yes) == QMessageBox::Yes);
    CHECK(DialogHooks::shownMessages() == QStringList({QStringLiteral("first"), QStringLiteral("second")}));
    CHECK(DialogHooks::saveFileName(nullptr, {}, {}, {}).isEmpty());
    DialogHooks::reset();
}
