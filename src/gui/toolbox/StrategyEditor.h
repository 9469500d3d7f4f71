#pragma once

#include "domain/CopingStrategy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mooring {

class MediaShelf;
class MessageBanner;
class StrategyModel;

// The form for a new idea or a change to one, shown in place of the list (no modal
// dialog, so it is all one keyboard path). Problems appear next to their field and
// nothing is saved until every field is fine.
class StrategyEditor : public QWidget {
    Q_OBJECT
public:
    explicit StrategyEditor(StrategyModel& model, QWidget* parent = nullptr);

    void startNew(CopingCategory family);
    void startEdit(const CopingStrategy& strategy);
    bool isNew() const noexcept { return m_editing.id.isEmpty(); }
    // The photos and sounds kept with a safety-box idea, below its fields (saved at once,
    // apart from the form). Shown for an idea already saved in the safety box.
    void setMediaShelf(MediaShelf* shelf);
    MediaShelf* mediaShelf() const noexcept { return m_shelf; }

    // Checks and saves; false (with messages by the fields) when something needs changing.
    bool save();

Q_SIGNALS:
    void saved(const QString& id);
    void cancelled();

private:
    CopingStrategy current() const;
    void showProblems(const QList<CopingStrategy::Problem>& problems);
    void updateLengthHints();  // "too long" as soon as it is, not only on saving
    void updateLocationVisibility();
    void updateShelf();
    QLabel* makeError(const QString& objectName);

    StrategyModel& m_model;
    CopingStrategy m_editing;
    QLabel* m_heading;
    QComboBox* m_family;
    QLineEdit* m_title;
    QLabel* m_titleError;
    QPlainTextEdit* m_details;
    QLabel* m_detailsError;
    QLabel* m_locationLabel;
    QLineEdit* m_location;
    QLabel* m_locationError;
    MessageBanner* m_banner;
    QPushButton* m_save;
    QPushButton* m_cancel;
    MediaShelf* m_shelf = nullptr;
    QLabel* m_shelfNote;  // for a new idea: photos and sounds come once it is saved
};

}  // namespace mooring
