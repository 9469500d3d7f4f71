#pragma once

#include <QStyledItemDelegate>

namespace mooring {

// One idea as a readable row: a star for a favourite, the title in bold, the details
// below, wrapped to the list's width; where a safety-box item is kept; "hidden" if so.
class StrategyDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StrategyDelegate(QObject* parent = nullptr);

    void setShowFamily(bool show) { m_showFamily = show; }  // while searching every family

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Block {
        QString text;
        QFont font;
        bool muted = false;
    };
    QList<Block> blocksFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    static int textWidth(const QStyleOptionViewItem& option);

    bool m_showFamily = false;
};

}  // namespace mooring
