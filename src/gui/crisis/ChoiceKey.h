#pragma once

class QAbstractButton;

namespace mooring::crisis {

// A help-screen choice opens its panel as soon as its Alt+letter is pressed. Qt's own way
// shows the button pressed for 100 ms before it clicks: on this screen the chosen button
// is marked at once anyway, and at a hard moment the panel should not wait. When two
// buttons share a letter, Qt's way (moving between them) is kept.
void clickOnKey(QAbstractButton* choice);

}  // namespace mooring::crisis
