#pragma once

#include <QCoreApplication>
#include <QString>

namespace mooring {

// How hard a passphrase would be to guess, estimated with zxcvbn, told kindly: a level,
// a short label and, below "good", one hint about what would help most. Never a scolding.
class PassphraseStrength {
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
public:
    enum class Level { Empty, EasyToGuess, CouldBeStronger, Good, Strong, VeryStrong };

    struct Assessment {
        Level level = Level::Empty;
        double bits = 0;
        QString label;  // "Good"
        QString hint;   // empty when there is nothing worth suggesting
    };

    // The typed text is copied into secure memory for zxcvbn and wiped afterwards.
    static Assessment assess(const QString& passphrase);
    static Level levelForBits(double bits);
    static int meterValue(Level level);  // 0-5 for a progress bar
    static QString labelFor(Level level);

    static constexpr int kMinimumLength = 8;
};

}  // namespace mooring
