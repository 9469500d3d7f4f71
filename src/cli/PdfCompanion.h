#pragma once

#include <QCoreApplication>
#include <QString>

namespace mooring::cli {

// mooring-cli-pdf, installed beside mooring-cli: the same commands with a PDF writer, on
// Qt's painting modules, which mooring-cli itself never loads (docs/cli.md, "report").
class PdfCompanion {
    Q_DECLARE_TR_FUNCTIONS(mooring)

public:
    static QString fileName() { return QStringLiteral("mooring-cli-pdf"); }
    // Where it is looked for: the folder this program was started from.
    static QString path();

    // Replaces this process with the companion, given this program's own arguments, so it
    // asks for the passphrase (on the terminal or standard input) as this one would have.
    // Call it before anything is read from standard input or the profile is opened. Returns
    // only by throwing Error(CannotWrite) when the companion is missing or cannot start.
    [[noreturn]] static void replaceThisProcess();
};

}  // namespace mooring::cli
