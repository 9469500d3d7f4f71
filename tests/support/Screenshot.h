#pragma once

#include <QString>

class QWidget;

namespace mooring::test {

// Saves a PNG of the widget as it is drawn now, into $MOORING_SCREENSHOTS/NAME.png, when
// that variable is set (scripts/screenshots sets it); does nothing otherwise, so the
// suite stays fast. Returns the path written, or an empty string.
QString saveScreenshot(QWidget* widget, const QString& name);

}  // namespace mooring::test
