#include "gui/review/DiaryCard.h"

#include "gui/common/Appearance.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// A table as tall as its rows: the page scrolls up and down, never the card. Sideways the
// card scrolls itself when the days do not fit (large text), so the page never does.
class WholeHeightTable : public QTableWidget {
public:
    using QTableWidget::QTableWidget;

    // As wide as the names and the seven days, no wider: the card does not stretch empty.
    QSize sizeHint() const override {
        return {verticalHeader()->sizeHint().width() + horizontalHeader()->length() + 2 * frameWidth(), wholeHeight()};
    }
    QSize minimumSizeHint() const override { return {fontMetrics().averageCharWidth() * 12, wholeHeight()}; }

    void fitHeight() {
        if (height() != wholeHeight() || minimumHeight() != wholeHeight()) setFixedHeight(wholeHeight());
    }

protected:
    // The scroll range is known here, after every change of size or contents: the sideways
    // bar, when needed, gets room of its own below the last row.
    void updateGeometries() override {
        QTableWidget::updateGeometries();
        fitHeight();
    }

private:
    int wholeHeight() const {
        const int header = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
        const int bar = horizontalScrollBar()->maximum() > 0 ? horizontalScrollBar()->sizeHint().height() : 0;
        return header + verticalHeader()->length() + 2 * frameWidth() + bar;
    }
};

// The rows' names, wrapped onto more lines when long ("Helped: Walk to the canal and count
// the boats"), so the names take a steady share of the width and the days keep theirs.
class WrappingRowNames : public QHeaderView {
public:
    explicit WrappingRowNames(QWidget* parent) : QHeaderView(Qt::Vertical, parent) {
        setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter | Qt::Alignment(Qt::TextWordWrap));
        setSectionResizeMode(QHeaderView::ResizeToContents);
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override {
        const QSize whole = QHeaderView::sectionSizeFromContents(logicalIndex);
        const int most = fontMetrics().averageCharWidth() * kNameChars;
        if (whole.width() <= most) return whole;
        const QString name = model()->headerData(logicalIndex, orientation()).toString();
        const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + 2;
        const QRect wrapped = fontMetrics().boundingRect(QRect(0, 0, most - margin, 0), Qt::TextWordWrap, name);
        return {most, wrapped.height() + whole.height() - fontMetrics().height()};
    }

private:
    static constexpr int kNameChars = 22;
};

}  // namespace

DiaryCard::DiaryCard(QWidget* parent)
    : QWidget(parent), m_choose(new QPushButton(tr("&Choose rows\u2026"), this)), m_grid(new WholeHeightTable(this)) {
    setObjectName(u"diaryCard"_s);
    m_choose->setObjectName(u"diaryCardChoose"_s);
    m_choose->setAccessibleName(tr("Choose the rows of the diary card"));
    m_choose->setAutoDefault(true);
    Appearance::makeLargeTarget(m_choose);
    connect(m_choose, &QPushButton::clicked, this, &DiaryCard::chooseRows);

    m_grid->setObjectName(u"diaryCardTable"_s);
    m_grid->setAccessibleName(tr("Diary card"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setTabKeyNavigation(false);  // Tab leaves the card; the arrows move in it
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_grid->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The days share one width, as narrow as the longest word: "not today" takes two lines
    // rather than pushing Sunday out of sight (fitColumns).
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->setVerticalHeader(new WrappingRowNames(m_grid));
    m_grid->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_choose);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    column->addLayout(top);
    column->addWidget(m_grid);
}

void DiaryCard::setWeek(const WeekCheckIns& week, const DiaryRows& rows) {
    m_week = week;
    m_rows = rows;
    fill();
}

void DiaryCard::fill() {
    m_table = diaryCardTable(m_week, m_rows);
    m_grid->clear();
    m_grid->setColumnCount(7);
    m_grid->setRowCount(int(m_table.rows.size()));
    for (int d = 0; d < 7; ++d) {
        auto* header = new QTableWidgetItem(m_table.dayNames.value(d));
        header->setToolTip(m_table.longDayNames.value(d));
        m_grid->setHorizontalHeaderItem(d, header);
    }
    for (int r = 0; r < m_table.rows.size(); ++r) {
        const DiaryCardRow& row = m_table.rows.at(r);
        m_grid->setVerticalHeaderItem(r, new QTableWidgetItem(row.name));
        for (int d = 0; d < 7; ++d) {
            // A day without an answer stays an empty cell: no zero, no colour, no mark.
            auto* cell = new QTableWidgetItem(row.cells.at(std::size_t(d)));
            cell->setTextAlignment(Qt::AlignCenter);
            if (!row.spoken.at(std::size_t(d)).isEmpty())
                cell->setData(Qt::AccessibleTextRole, row.spoken.at(std::size_t(d)));
            m_grid->setItem(r, d, cell);
        }
    }
    // Without a check-in there is nothing to choose from; with rows all turned off, the
    // button stays, so they can be turned on again.
    m_choose->setVisible(!m_week.isEmpty());
    m_grid->setVisible(!m_table.isEmpty());
    fitColumns();
    m_grid->resizeRowsToContents();
    static_cast<WholeHeightTable*>(m_grid)->fitHeight();
}

void DiaryCard::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) fill();  // the text size changed: measure again
}

void DiaryCard::fitColumns() {
    const QFontMetrics metrics = m_grid->fontMetrics();
    int widest = metrics.horizontalAdvance(u"00"_s);
    const auto measure = [&](const QString& text) {
        for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    };
    for (const QString& day : m_table.dayNames) measure(day);
    for (const DiaryCardRow& row : m_table.rows)
        for (const QString& cell : row.cells) measure(cell);
    const int width = widest + metrics.averageCharWidth() * 2 + 2 * m_grid->showGrid();
    for (int d = 0; d < m_grid->columnCount(); ++d) m_grid->setColumnWidth(d, width);
}

void DiaryCard::chooseRows() {
    auto* menu = new QMenu(this);
    menu->setObjectName(u"diaryCardRows"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    struct Choice {
        QString text;
        bool DiaryRows::*row;
    };
    const Choice choices[] = {
        {tr("How today was"), &DiaryRows::overall},
        {tr("Urges"), &DiaryRows::urge},
        {tr("Feelings"), &DiaryRows::feelings},
        {tr("What helped"), &DiaryRows::helped},
        {tr("Hours of sleep"), &DiaryRows::sleep},
        {tr("Ate regularly"), &DiaryRows::ate},
        {tr("Medication as prescribed"), &DiaryRows::medication},
        {tr("Moved my body"), &DiaryRows::moved},
    };
    for (const Choice& c : choices) {
        QAction* action = menu->addAction(c.text);
        action->setCheckable(true);
        action->setChecked(m_rows.*(c.row));
        connect(action, &QAction::toggled, this, [this, row = c.row](bool on) {
            m_rows.*row = on;
            fill();
            Q_EMIT rowsChosen(m_rows);
        });
    }
    menu->popup(m_choose->mapToGlobal(QPoint(0, m_choose->height())));
}

}  // namespace mooring
