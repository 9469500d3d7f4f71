#pragma once

#include "storage/SecureBuffer.h"

class QLineEdit;
class QString;

namespace mooring {

// Turns what was typed into secure memory and empties the field at once, so the secret
// does not linger in the widget (or in its undo history) while a key is derived.
SecureBuffer takeSecret(QLineEdit& field);

// Overwrites a string's characters before it is released (best effort: Qt may have made
// copies we cannot reach, but the ones we hold do not survive in freed memory).
void wipeString(QString& text);

}  // namespace mooring
