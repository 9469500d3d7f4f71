#pragma once

#include <QPushButton>

class QLabel;

namespace mooring {

// A large button with a title and one line saying where it leads.
class HomeTile : public QPushButton {
    Q_OBJECT
public:
    HomeTile(const QString& title, const QString& description, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QLabel* m_title;
    QLabel* m_description;
};

}  // namespace mooring
