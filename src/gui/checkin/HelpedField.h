#pragma once

#include "domain/CheckIn.h"
#include "gui/common/IdeaOrOwnWords.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace mooring {

// "What I did that helped": ideas from the toolbox (offered as the person types, or all at
// once with "Show my ideas") or their own words. Enter adds what is typed; each added
// thing has its own "Remove" button.
class HelpedField : public QWidget {
    Q_OBJECT
public:
    explicit HelpedField(QWidget* parent = nullptr);

    void setIdeas(const QList<IdeaChoice>& ideas);
    QList<CheckInHelp> items() const;  // anything typed but not yet added comes last
    void setItems(const QList<CheckInHelp>& items);
    QLineEdit* input() const noexcept { return m_line->input(); }
    QPushButton* addButton() const noexcept { return m_line->addButton(); }
    int rowCount() const noexcept { return static_cast<int>(m_rows.size()); }

Q_SIGNALS:
    void changed();

private:
    struct Row {
        CheckInHelp item;
        QWidget* widget;
        QPushButton* remove;
    };
    void addRow(const CheckInHelp& item);
    void removeRow(QWidget* widget);

    IdeaOrOwnWords* m_line;
    QVBoxLayout* m_rowsLayout;
    QList<Row> m_rows;
};

}  // namespace mooring
