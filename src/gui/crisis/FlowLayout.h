#pragma once

#include <QLayout>
#include <QList>

namespace mooring::crisis {

// Lays its items out left to right and starts a new line when the next one does not fit,
// so rows of large buttons still fit at 200 % text in a small window, without scrolling
// sideways. As one column it stacks them instead, all as wide as the widest.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 10);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    // One item a line, each as wide as the widest: a tidy column beside something else.
    void setOneColumn(bool on);
    bool isOneColumn() const noexcept { return m_oneColumn; }

private:
    int arrange(const QRect& rect, bool apply) const;  // returns the height used
    int widestItem() const;

    QList<QLayoutItem*> m_items;
    int m_gap;
    bool m_oneColumn = false;
};

}  // namespace mooring::crisis
