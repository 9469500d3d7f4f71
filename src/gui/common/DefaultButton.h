#pragma once

#include <QObject>
#include <QPointer>

class QPushButton;
class QWidget;

namespace mooring {

// Enter anywhere on a page (a field, a box, a check box) presses the page's main button,
// as in a dialog; outside dialogs QPushButton::setDefault() does nothing. A focused
// button still takes Enter for itself (its autoDefault is switched on here too).
class DefaultButton : public QObject {
    Q_OBJECT
public:
    static void install(QWidget* page, QPushButton* button);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DefaultButton(QWidget* page, QPushButton* button);
    QPointer<QPushButton> m_button;
};

}  // namespace mooring
