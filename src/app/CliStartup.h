#pragma once

#include <QStringList>

namespace mooring {

// What mooring-cli and mooring-cli-pdf do once their Qt application object exists: name the
// program, load the translation (MOORING_LANGUAGE, otherwise the system's language), refuse
// to go on when the crypto self-test fails (exit status 3), then run the command line.
// `arguments` come without the program's name.
int runCommandLine(const QStringList& arguments);

}  // namespace mooring
