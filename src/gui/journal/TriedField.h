#pragma once

#include "domain/JournalEntry.h"
#include "gui/common/IdeaOrOwnWords.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace mooring {

// Moves `widget` in the tab chain to just before `anchor` (new widgets start at its end).
void placeBefore(QWidget* widget, QWidget* anchor);

// "What I tried": ideas from the toolbox or the person's own words, each with "how much did
// it help?" 0-10 (or not sure). Enter adds what is typed and moves to its "helped" number.
class TriedField : public QWidget {
    Q_OBJECT
public:
    explicit TriedField(QWidget* parent = nullptr);

    void setIdeas(const QList<IdeaChoice>& ideas);
    QList<TriedItem> items() const;  // anything typed but not yet added comes last
    void setItems(const QList<TriedItem>& items);
    QLineEdit* input() const noexcept { return m_line->input(); }
    QSpinBox* helpedBox(int row) const;
    int rowCount() const noexcept { return static_cast<int>(m_rows.size()); }

Q_SIGNALS:
    void changed();

private:
    struct Row {
        TriedItem item;
        QWidget* widget;
        QSpinBox* helped;
        QWidget* remove;
    };
    void addRow(const TriedItem& item);
    void removeRow(QWidget* widget);

    IdeaOrOwnWords* m_line;
    QVBoxLayout* m_rowsLayout;
    QList<Row> m_rows;
};

}  // namespace mooring
