#pragma once

#include <QObject>

namespace mooring {

// One rule for every window: a focused button answers Enter as it answers Space. Outside
// dialogs Qt's push buttons take only Space, so a person who moved to "5 minutes" with
// Tab and pressed Enter got nothing. install() is idempotent; main() installs it.
class EnterPressesButtons : public QObject {
public:
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EnterPressesButtons();
};

}  // namespace mooring
