#pragma once

#include "domain/CopingIdea.h"

#include <QRandomGenerator>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QScrollArea;
class QStackedWidget;
class QUndoStack;

namespace mooring {

class Database;
class FamilyList;
class MessageBanner;
class StrategyDelegate;
class StrategyEditor;
class StrategyFilterModel;
class StrategyModel;
class PickOneCard;
class ToolboxActions;
class StrategyStore;
struct CopingStrategy;
struct ToolboxUndoContext;

// "My coping toolbox": the families of ideas and the safety box, the favourites in the
// person's order, their own ideas beside the built-in ones, and "Pick one for me".
// Everything works from the keyboard; hide and delete can be undone (Ctrl+Z).
class ToolboxScreen : public QWidget {
    Q_OBJECT
public:
    explicit ToolboxScreen(Database& db, QWidget* parent = nullptr);
    ~ToolboxScreen() override;

    // nullopt: the favourites.
    void showFamily(std::optional<CopingCategory> family);
    std::optional<CopingCategory> shownFamily() const;
    QString currentId() const;  // the idea chosen in the list, or empty

    StrategyModel& model() const noexcept { return *m_model; }
    StrategyFilterModel& filter() const noexcept { return *m_filter; }
    QUndoStack& undoStack() const noexcept { return *m_undo; }
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }  // tests: a known "random" pick

public Q_SLOTS:
    void addIdea();
    void editIdea();
    void toggleFavourite();
    void moveUp();
    void moveDown();
    void toggleHidden();
    void deleteIdea();
    void pickOne(bool fromEveryFamily = false);

Q_SIGNALS:
    void favouritesChanged();  // order or membership: the crisis screen reads them again
    void backRequested();      // "Back to home" (Esc)

private:
    QWidget* buildBrowsePage();
    void bindKeys();
    void bindKey(const QKeySequence& key, void (ToolboxScreen::*slot)());
    std::optional<CopingStrategy> currentStrategy() const;
    void selectId(const QString& id);
    void moveFavourite(int step);
    void showPage(QWidget* page);
    void finishEditing(const QString& savedId);
    void updateHeader();
    void updateActions();
    void updateEmptyNote();
    void showProblem(const QString& message);
    void showNote(const QString& message);
    ToolboxUndoContext undoContext();

    std::unique_ptr<StrategyStore> m_store;
    StrategyModel* m_model;
    StrategyFilterModel* m_filter;
    QUndoStack* m_undo;
    QRandomGenerator m_random;

    QStackedWidget* m_pages = nullptr;
    QScrollArea* m_browsePage = nullptr;
    QWidget* m_browse = nullptr;  // inside m_browsePage; holds the list page's shortcuts
    QWidget* m_editorPage = nullptr;
    StrategyEditor* m_editor = nullptr;
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
