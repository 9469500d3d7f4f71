#pragma once

#include <QStyledItemDelegate>

namespace mooring {

// Draws a journal row as three calm lines (when and how strong; the first words; feelings
// and triggers) and a week heading as a small title, all sized from the current font so
// 200 % text stays readable.
class JournalRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace mooring
