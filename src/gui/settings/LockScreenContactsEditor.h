#pragma once

#include "storage/HelplineSettings.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mooring {

// The people the person chooses to show on "I need help now" before unlocking. The
// warning stays in view: these are kept unencrypted in settings.ini and anyone at this
// computer can read them. Emits changed() with the new list; the screen stores it.
class LockScreenContactsEditor : public QWidget {
    Q_OBJECT
public:
    explicit LockScreenContactsEditor(QList<LockScreenContact> contacts, QWidget* parent = nullptr);

    const QList<LockScreenContact>& contacts() const noexcept { return m_contacts; }
    QList<QWidget*> tabOrder() const;  // the fields in the order a person goes through them

Q_SIGNALS:
    void changed(const QList<LockScreenContact>& contacts);

private:
    void add();
    void removeSelected();
    void refresh();

    QList<LockScreenContact> m_contacts;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QPushButton* m_add;
    QListWidget* m_list;
    QPushButton* m_remove;
    QLabel* m_problem;
};

}  // namespace mooring
