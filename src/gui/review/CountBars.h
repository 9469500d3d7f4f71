#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace mooring {

// A calm list of labelled bars (triggers, feelings, ideas tried, what helps): each row is
// the name and its figure on one line, with a bar underneath. Painted with the palette's
// colours and the widget's font, so it follows dark mode and 200 % text.
class CountBars : public QWidget {
    Q_OBJECT
public:
    struct Row {
        QString label;
        QString valueText;    // "3 times", "helped 6.5 of 10 on average"
        double fraction = 0;  // the bar's length, 0..1
    };

    explicit CountBars(QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    // The empty part of a bar (and an empty square of the week grid), from the palette.
    static QColor trackColour(const QPalette& palette);
    const QList<Row>& rows() const noexcept { return m_rows; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int rowHeight() const;

    QList<Row> m_rows;
};

}  // namespace mooring
