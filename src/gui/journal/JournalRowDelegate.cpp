#include "gui/journal/JournalRowDelegate.h"

#include "gui/journal/JournalModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace mooring {

namespace {

constexpr int kPad = 10;

bool isWeek(const QModelIndex& index) {
    return index.data(JournalModel::KindRole).toInt() == static_cast<int>(JournalModel::RowKind::Week);
}

QFont headingFont(const QFont& base) {
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont weekFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.1 : 12);
    font.setWeight(QFont::DemiBold);
    return font;
}

}  // namespace

QSize JournalRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QFont base = option.font;
    if (isWeek(index)) return {option.rect.width(), QFontMetrics(weekFont(base)).height() + 3 * kPad};
    const int lines = QFontMetrics(headingFont(base)).height() + 2 * QFontMetrics(base).height();
    return {option.rect.width(), lines + 2 * kPad + 8};
}

void JournalRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRect r = option.rect;
    if (isWeek(index)) {
        painter->setFont(weekFont(option.font));
        // Headings are not selectable (so the view draws them as disabled); keep them readable.
        painter->setPen(pal.color(QPalette::Active, QPalette::WindowText));
        const QRect text = r.adjusted(kPad, 2 * kPad, -kPad, -kPad / 2);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom, index.data(JournalModel::HeadingRole).toString());
        painter->restore();
        return;
    }

    // A soft card per entry; the selected one in the highlight colour, focus drawn as a ring.
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(r).adjusted(2.5, 3.5, -2.5, -3.5);
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    painter->setPen(
        QPen(option.state & QStyle::State_HasFocus ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
             option.state & QStyle::State_HasFocus ? 2.0 : 1.0));
    painter->drawPath(path);

    const QColor ink = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText);
    const QRect inner = card.toRect().adjusted(kPad + 4, kPad, -kPad - 4, -kPad);
    int y = inner.top();
    auto line = [&](const QString& text, const QFont& font, const QColor& colour) {
        const QFontMetrics metrics(font);
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRect(inner.left(), y, inner.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, inner.width()));
        y += metrics.height();
    };
    line(index.data(JournalModel::HeadingRole).toString(), headingFont(option.font), ink);
    line(index.data(JournalModel::WordsRole).toString(), option.font, ink);
    line(index.data(JournalModel::TagsRole).toString(), option.font, muted);
    painter->restore();
}

}  // namespace mooring
