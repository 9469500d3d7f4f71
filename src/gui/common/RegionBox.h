#pragma once

#include <QComboBox>

namespace mooring {

// Where the person lives, which decides the built-in helplines: US and Canada, UK,
// Ireland, Australia, or somewhere else. Codes as in domain/Helpline.h.
class RegionBox : public QComboBox {
    Q_OBJECT
public:
    explicit RegionBox(QWidget* parent = nullptr);

    QString region() const;
    void setRegion(const QString& code);  // an unknown code selects "somewhere else"
    // A first guess for setup, from the computer's language settings; the person confirms it.
    static QString guessFromLocale();
};

}  // namespace mooring
