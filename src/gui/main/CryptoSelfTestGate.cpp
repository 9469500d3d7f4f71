#include "gui/main/CryptoSelfTestGate.h"

#include "domain/Error.h"
#include "gui/common/DialogHooks.h"
#include "storage/CryptoSelfTest.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

namespace mooring {

std::optional<QString> cryptoSelfTestFailure() {
    try {
        // SQLCipher is checked as a profile is first opened: loading it now would slow the
        // lock screen and help, which need no database.
        CryptoSelfTest::run(CryptoSelfTest::Scope::BeforeAnyDatabase);
        return std::nullopt;
    } catch (const Error& error) {
        std::fprintf(stderr, "%s\n", error.message().toLocal8Bit().constData());
        return error.message();
    }
}

void showCryptoSelfTestFailure(const QString& reason) {
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        DialogHooks::inform(nullptr, QCoreApplication::translate("mooring", "Mooring"), reason);
}

}  // namespace mooring
