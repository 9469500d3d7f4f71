#include "gui/toolbox/StrategyDelegate.h"

#include "domain/CopingIdea.h"
#include "gui/toolbox/StrategyModel.h"
#include "gui/toolbox/ToolboxText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPadX = 12;
constexpr int kPadY = 8;
constexpr int kGap = 3;
constexpr int kFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

int starWidth(const QFont& font) { return QFontMetrics(font).height() * 3 / 2; }

}  // namespace

StrategyDelegate::StrategyDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QList<StrategyDelegate::Block> StrategyDelegate::blocksFor(const QStyleOptionViewItem& option,
                                                           const QModelIndex& index) const {
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    QList<Block> blocks;
    if (m_showFamily)
        blocks.append({ToolboxText::familyName(CopingCategory(index.data(StrategyModel::CategoryRole).toInt())),
                       option.font, true});
    blocks.append({index.data(StrategyModel::TitleRole).toString(), bold, false});
    const QString details = index.data(StrategyModel::DetailsRole).toString();
    if (!details.isEmpty()) blocks.append({details, option.font, false});
    const QString location = index.data(StrategyModel::LocationRole).toString();
    if (!location.isEmpty()) blocks.append({ToolboxText::locationLabel() + u": "_s + location, option.font, false});
    if (index.data(StrategyModel::HiddenRole).toBool())
        blocks.append({tr("Hidden: not shown unless you ask for hidden ideas"), option.font, true});
    return blocks;
}

int StrategyDelegate::textWidth(const QStyleOptionViewItem& option) {
    // The list's own width, so rows wrap to what the person sees rather than to one long line.
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget)) width = view->viewport()->width();
    return std::max(width - 2 * kPadX - starWidth(option.font), 80);
}

QSize StrategyDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(opt);
    int height = 2 * kPadY;
    const QList<Block> blocks = blocksFor(opt, index);
    for (const Block& block : blocks)
        height += QFontMetrics(block.font).boundingRect(QRect(0, 0, width, 100000), kFlags, block.text).height();
    height += kGap * int(blocks.size() - 1);
    return {width + 2 * kPadX + starWidth(opt.font), height};
}

void StrategyDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background, selection and focus from the style; the text is ours.
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.72f);

    painter->save();
    const int star = starWidth(opt.font);
    const QRect area = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    if (index.data(StrategyModel::FavouriteRole).toBool()) {
        QFont starFont = opt.font;
        starFont.setPointSizeF(opt.font.pointSizeF() * 1.2);
        painter->setFont(starFont);
        painter->setPen(text);
        painter->drawText(QRect(area.left(), area.top(), star, QFontMetrics(starFont).height()),
                          Qt::AlignLeft | Qt::AlignVCenter, u"\u2605"_s);
    }
    int y = area.top();
    const int width = textWidth(opt);
    for (const Block& block : blocksFor(opt, index)) {
        painter->setFont(block.font);
        painter->setPen(block.muted ? muted : text);
        const QRect bounds = QFontMetrics(block.font).boundingRect(QRect(0, 0, width, 100000), kFlags, block.text);
        painter->drawText(QRect(area.left() + star, y, width, bounds.height()), kFlags, block.text);
        y += bounds.height() + kGap;
    }
    painter->restore();
}

}  // namespace mooring
