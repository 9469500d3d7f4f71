#pragma once

#include "domain/CopingIdea.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;

namespace mooring {

class FamilyList;
class MessageBanner;
class PickOneCard;
class StrategyDelegate;
class StrategyFilterModel;
class StrategyModel;
class ToolboxActions;

// The toolbox's list page: the families on the left, the search and its two choices, the
// ideas, what can be done with the chosen one, and "Pick one for me". It keeps what the
// filter shows, the heading above it and the chosen row in step; what the buttons do is
// the screen's (ToolboxScreen).
class ToolboxBrowsePage : public QWidget {
    Q_OBJECT
public:
    ToolboxBrowsePage(StrategyModel& model, StrategyFilterModel& filter, QWidget* parent = nullptr);

    void showFamily(std::optional<CopingCategory> family);
    QString currentId() const;  // the idea chosen in the list, or empty
    // Chooses the idea `id` if it is shown; otherwise keeps the row chosen, or the first.
    void selectId(const QString& id);
    void updateHeader();
    void updateEmptyNote();
    void focusSearch();
    bool clearSearch();  // false when there was nothing to clear

    FamilyList* families() const noexcept { return m_families; }
    QListView* list() const noexcept { return m_list; }
    MessageBanner* banner() const noexcept { return m_banner; }
    ToolboxActions* actions() const noexcept { return m_actions; }
    PickOneCard* pickCard() const noexcept { return m_pickCard; }

Q_SIGNALS:
    void currentChanged();  // another idea chosen, or the list around it changed
    void backRequested();   // "Back to home"

private:
    void buildWidgets();
    void placeWidgets(QWidget* heading, QWidget* back, QWidget* keys);
    void connectFilter();

    StrategyModel& m_model;
    StrategyFilterModel& m_filter;
    FamilyList* m_families = nullptr;
    QLabel* m_familyHeading = nullptr;
    QLabel* m_familyDescription = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showHidden = nullptr;
    QCheckBox* m_sortByHelps = nullptr;  // "what helps me" from the weekly review
    QListView* m_list = nullptr;
    StrategyDelegate* m_delegate = nullptr;
    QLabel* m_emptyNote = nullptr;
    ToolboxActions* m_actions = nullptr;
    PickOneCard* m_pickCard = nullptr;
};

}  // namespace mooring
