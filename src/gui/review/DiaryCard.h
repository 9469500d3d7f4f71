#pragma once

#include "domain/CheckInChoices.h"
#include "insights/DiaryCardTable.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace mooring {

// The week's check-ins as a diary card: days across (the locale's first day first), the
// chosen rows down, a blank cell for a day without an answer. A real table, so a screen
// reader names each cell's row and day. The card scrolls sideways inside itself when it
// must (large text), never the page it sits on. "Choose rows…" lets the person leave rows
// out; the choice is handed on with rowsChosen, to be kept by whoever owns the profile.
class DiaryCard : public QWidget {
    Q_OBJECT
public:
    explicit DiaryCard(QWidget* parent = nullptr);

    void setWeek(const WeekCheckIns& week, const DiaryRows& rows);
    DiaryRows rows() const noexcept { return m_rows; }
    const DiaryCardTable& table() const noexcept { return m_table; }
    QTableWidget* tableWidget() const noexcept { return m_grid; }
    QPushButton* chooseButton() const noexcept { return m_choose; }

Q_SIGNALS:
    void rowsChosen(const DiaryRows& rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void fitColumns();
    void chooseRows();

    WeekCheckIns m_week;
    DiaryRows m_rows;
    DiaryCardTable m_table;
    QPushButton* m_choose;
    QTableWidget* m_grid;
};

}  // namespace mooring
