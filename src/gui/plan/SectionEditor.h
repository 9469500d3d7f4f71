#pragma once

#include "domain/SafetyPlan.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mooring {

class MediaShelf;
class MessageBanner;

// One section of the plan: its title, a short prompt, an example or two, and the items.
// Keyboard: Enter adds what is typed; F2 edits the chosen item; Delete removes it;
// Ctrl+Up / Ctrl+Down move it.
class SectionEditor : public QWidget {
    Q_OBJECT
public:
    // pickContact: asks the person for a contact (or a new one); empty when cancelled.
    using ContactPicker = std::function<std::optional<QString>()>;

    explicit SectionEditor(QWidget* parent = nullptr);

    void setSection(PlanSection section, const QStringList& items);
    PlanSection section() const noexcept { return m_section; }
    QStringList items() const;
    void setContactPicker(ContactPicker picker) { m_picker = std::move(picker); }
    // Photos and sounds of what matters to the person, below "reasons for living" only.
    // They are kept as they are added, apart from the plan's versions.
    void setMediaShelf(MediaShelf* shelf);
    MediaShelf* mediaShelf() const noexcept { return m_shelf; }

    // Actions, also used by tests.
    bool addItem(const QString& text);  // false (with a message) when it is too long
    void removeCurrent();
    void moveCurrent(int step);
    QLineEdit* newItemField() const noexcept { return m_newItem; }
    QListWidget* list() const noexcept { return m_list; }
    QString message() const;

Q_SIGNALS:
    void itemsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void itemEdited(QListWidgetItem* item);
    void addFromContacts();
    void updateButtons();

    PlanSection m_section = PlanSection::WarningSigns;
    ContactPicker m_picker;
    QLabel* m_title;
    QLabel* m_prompt;
    QLabel* m_examples;
    QListWidget* m_list;
    QLineEdit* m_newItem;
    QPushButton* m_add;
    QPushButton* m_fromContacts;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    MessageBanner* m_banner;
    bool m_loading = false;
    MediaShelf* m_shelf = nullptr;
};

}  // namespace mooring
