#pragma once

#include "storage/JournalStore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace mooring {

// Search across everything written, and (behind "Filters") narrowing by trigger, feeling,
// urge strength and dates. Typing searches after a short pause; Enter searches at once.
class JournalFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit JournalFilterBar(QWidget* parent = nullptr);

    JournalFilter filter() const;
    // Triggers and feelings used so far: asked for (choicesWanted) when filters first open.
    void setChoices(const QStringList& triggers, const QStringList& feelings);
    void clearFilters();
    bool isFiltering() const;
    QLineEdit* searchField() const noexcept { return m_search; }

Q_SIGNALS:
    void filterChanged();
    void choicesWanted();

private:
    void changedSoon();
    void changedNow();
    static QDate anyDate();

    QLineEdit* m_search;
    QPushButton* m_toggle;
    QWidget* m_panel;
    QComboBox* m_trigger;
    QComboBox* m_feeling;
    QSpinBox* m_urgeMin;
    QSpinBox* m_urgeMax;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTimer* m_pause;
    JournalFilter m_applied;
    bool m_choicesLoaded = false;
};

}  // namespace mooring
