#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLineEdit;
class QSpacerItem;

namespace mooring {

class FocusLeaveWatch;

// "What I felt": a short list of feelings to tick, the person's own earlier ones beside
// them, and a line to add another (Enter adds it, ticked).
class FeelingsField : public QWidget {
    Q_OBJECT
public:
    explicit FeelingsField(QWidget* parent = nullptr);

    // The suggested words plus the person's own earlier ones (most used first).
    void setChoices(const QStringList& suggested, const QStringList& earlier);
    QStringList feelings() const;  // ticked ones in the order shown, then anything typed
    void setFeelings(const QStringList& feelings);
    QLineEdit* input() const noexcept { return m_input; }
    QList<QCheckBox*> boxes() const noexcept { return m_boxes; }

Q_SIGNALS:
    void changed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QCheckBox* addBox(const QString& feeling);
    QCheckBox* boxFor(const QString& feeling) const;
    void addTyped();
    void fixTabOrder();
    int usedRows() const;
    void reserveRow();
    void fitRoom();

    QGridLayout* m_grid;
    QLineEdit* m_input;
    // Keeps one free row below the feelings, so the first ones the person adds fill it instead
    // of pushing the rest of the form down. Owned by the layout.
    QSpacerItem* m_room;
    int m_reservedRows = 1;  // rows of feelings the grid and the room below it make space for
    FocusLeaveWatch* m_focus;
    QList<QCheckBox*> m_boxes;
};

}  // namespace mooring
