#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;

namespace mooring {

// Asks for the few words that go with a photo or a sound. Opened with open() (never a
// nested event loop), so locking can close it like any other window.
class CaptionDialog : public QDialog {
    Q_OBJECT
public:
    // justAdded: the medium is already kept; leaving without words keeps it uncaptioned.
    CaptionDialog(const QString& caption, bool justAdded, QWidget* parent = nullptr);

    QString caption() const;
    QLineEdit* field() const noexcept { return m_field; }

private:
    QLineEdit* m_field;
};

}  // namespace mooring
