#pragma once

#include "domain/CopingIdea.h"

#include <QRandomGenerator>
#include <QWidget>

#include <optional>

class QScrollArea;
class QStackedWidget;
class QUndoStack;

namespace mooring {

class ProfileSession;
class StrategyEditor;
class StrategyFilterModel;
class StrategyModel;
class ToolboxBrowsePage;
struct CopingStrategy;
struct ToolboxUndoContext;

// "My coping toolbox": the families of ideas and the safety box, the favourites in the
// person's order, their own ideas beside the built-in ones, and "Pick one for me".
// Everything works from the keyboard; hide and delete can be undone (Ctrl+Z). Changes made
// elsewhere (the crisis screen, an import) show as soon as the session tells of them.
class ToolboxScreen : public QWidget {
    Q_OBJECT
public:
    explicit ToolboxScreen(ProfileSession& session, QWidget* parent = nullptr);
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
    void backRequested();  // "Back to home" (Esc)

private:
    void bindKeys();
    void bindKey(const QKeySequence& key, void (ToolboxScreen::*slot)());
    std::optional<CopingStrategy> currentStrategy() const;
    void selectId(const QString& id);
    void moveFavourite(int step);
    void showPage(QWidget* page);
    void finishEditing(const QString& savedId);
    void updateActions();
    void catchUp();  // with what the session says changed
    void showProblem(const QString& message);
    void showNote(const QString& message);
    ToolboxUndoContext undoContext();

    StrategyModel* m_model;
    StrategyFilterModel* m_filter;
    QUndoStack* m_undo;
    QRandomGenerator m_random;

    QStackedWidget* m_pages = nullptr;
    QScrollArea* m_browsePage = nullptr;
    ToolboxBrowsePage* m_browse = nullptr;  // inside m_browsePage; holds the list page's shortcuts
    QWidget* m_editorPage = nullptr;
    StrategyEditor* m_editor = nullptr;
};

}  // namespace mooring
