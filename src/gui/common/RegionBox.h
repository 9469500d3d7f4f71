#pragma once

#include <QComboBox>

class QLocale;
class QTimeZone;

namespace mooring {

// Where the person lives, which decides the built-in helplines: one of the countries the
// data file knows, or somewhere else. Codes as in domain/Helpline.h. Sorted by name, so
// typing a country's first letters finds it.
class RegionBox : public QComboBox {
    Q_OBJECT
public:
    explicit RegionBox(QWidget* parent = nullptr);

    QString region() const;
    // An unknown code selects "somewhere else"; an empty one selects nothing.
    void setRegion(const QString& code);
    // A first guess for setup, which the person confirms: the country of the system's
    // locale, else of its time zone, else empty (nothing is preselected).
    static QString guess();
    static QString guess(const QLocale& locale, const QTimeZone& zone);
};

}  // namespace mooring
