#include "printing/ReportLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace mooring {

ReportLayout::ReportLayout(QPaintDevice* device, double width, Fonts fonts)
    : m_device(device), m_width(width), m_fonts(std::move(fonts)) {}

double ReportLayout::lineHeight(const QFont& font) const { return QFontMetricsF(font, m_device).lineSpacing(); }

QStringList ReportLayout::wrap(const QString& text, const QFont& font, double width) const {
    QStringList lines;
    // Each paragraph the person wrote stays a paragraph; an empty one is an empty line.
    for (const QString& paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        if (paragraph.isEmpty()) lines.append(QString());
    }
    return lines;
}

void ReportLayout::addTitle(const QString& text) {
    addParagraph(text, m_fonts.title);
    addSpace(lineHeight(m_fonts.body) * 0.3);
}

void ReportLayout::addHeading(const QString& text) {
    if (!m_items.isEmpty()) addSpace(lineHeight(m_fonts.body) * 0.9);
    const QStringList lines = wrap(text, m_fonts.heading, m_width);
    const double h = lineHeight(m_fonts.heading);
    for (const QString& line : lines) {
        const QFont font = m_fonts.heading;
        m_items.append({h, true, [font, line](QPainter& p, const QRectF& r) {
                            p.setFont(font);
                            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, line);
                        }});
    }
    m_items.append({lineHeight(m_fonts.body) * 0.25, true, {}});
}

void ReportLayout::addParagraph(const QString& text, const QFont& font, double indent) {
    const QStringList lines = wrap(text, font, m_width - indent);
    const double h = lineHeight(font);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        // The first line keeps the second with it: no paragraph starts with a lone line.
        m_items.append({h, i == 0 && lines.size() > 1, [font, line, indent](QPainter& p, const QRectF& r) {
                            p.setFont(font);
                            p.drawText(r.adjusted(indent, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, line);
                        }});
    }
    addSpace(h * 0.35);
}

void ReportLayout::addRow(const QString& label, const QString& figure, const QFont& font) {
    const QFontMetricsF metrics(font, m_device);
    const double figureWidth = std::max(metrics.horizontalAdvance(figure), m_width * 0.3);
    const double gap = metrics.averageCharWidth() * 2;
    const QStringList lines = wrap(label, font, m_width - figureWidth - gap);
    const double h = metrics.lineSpacing();
    m_items.append({h * double(std::max<qsizetype>(1, lines.size())), false, [=](QPainter& p, const QRectF& r) {
                        p.setFont(font);
                        for (int i = 0; i < lines.size(); ++i)
                            p.drawText(QRectF(r.left(), r.top() + i * h, r.width() - figureWidth - gap, h),
                                       Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
                        p.drawText(QRectF(r.right() - figureWidth, r.top(), figureWidth, h),
                                   Qt::AlignRight | Qt::AlignVCenter, figure);
                    }});
}

void ReportLayout::addTable(const QList<QStringList>& rows, const QList<double>& columns, const QFont& font, bool ruled,
                            Qt::Alignment figures) {
    const QFontMetricsF metrics(font, m_device);
    const double pad = metrics.averageCharWidth() * 0.6;
    const double h = metrics.lineSpacing();
    QList<double> widths;
    for (double share : columns) widths.append(m_width * share);
    const int header = int(m_items.size());
    for (int r = 0; r < rows.size(); ++r) {
        QFont cellFont = font;
        cellFont.setBold(r == 0);
        QList<QStringList> cells;
        qsizetype lines = 1;
        for (int c = 0; c < widths.size(); ++c) {
            const QString text = rows.at(r).value(c);
            cells.append(text.isEmpty() ? QStringList() : wrap(text, cellFont, widths.at(c) - pad * 2));
            lines = std::max(lines, cells.constLast().size());
        }
        const double rowH = h * double(lines) + pad * 2;
        // A short table stays whole, and so does a ruled one (a card read across by its
        // header, as long as it fits a page); a long one keeps its header with the first
        // row and never leaves its last row alone on a new page.
        const bool whole = ruled || rows.size() <= kWholeTableRows;
        const bool keep = whole ? r < rows.size() - 1 : r == 0 || r == rows.size() - 2;
        m_items.append({rowH, keep, [=](QPainter& p, const QRectF& rect) {
                            p.setFont(cellFont);
                            double x = rect.left();
                            for (int c = 0; c < widths.size(); ++c) {
                                const QRectF cell(x, rect.top(), widths.at(c), rect.height());
                                if (ruled) {
                                    p.setPen(QPen(QColor(0x9a, 0xa5, 0xae), 0));
                                    p.setBrush(Qt::NoBrush);
                                    p.drawRect(cell);
                                }
                                p.setPen(Qt::black);
                                const Qt::Alignment align = c == 0 ? Qt::AlignLeft : figures;
                                for (int i = 0; i < cells.at(c).size(); ++i)
                                    p.drawText(
                                        QRectF(cell.left() + pad, cell.top() + pad + i * h, cell.width() - pad * 2, h),
                                        align | Qt::AlignVCenter, cells.at(c).at(i));
                                x += widths.at(c);
                            }
                        }});
        if (r > 0) m_items.last().header = header;
    }
    addSpace(h * 0.35);
}

void ReportLayout::addSpace(double height) { m_items.append({height, false, {}}); }

void ReportLayout::addBlock(double height, Painter paint, bool keepWithNext) {
    m_items.append({height, keepWithNext, std::move(paint)});
}

void ReportLayout::keepLastWithNext() {
    // Spaces at the end do not count: the last item with something to paint is kept.
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        it->keepWithNext = true;
        if (it->paint) return;
    }
}

int ReportLayout::paginate(double pageHeight) {
    m_pages.clear();
    m_pages.append(QList<Placed>());
    double y = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        // The run of items that must stay together, starting here.
        double together = 0;
        int j = i;
        while (j < m_items.size()) {
            together += m_items.at(j).height;
            if (!m_items.at(j).keepWithNext) break;
            ++j;
        }
        const bool pageHasContent = !m_pages.constLast().isEmpty();
        if (pageHasContent && y + std::min(together, pageHeight) > pageHeight) {
            m_pages.append(QList<Placed>());
            y = 0;
            // A table running on to this page shows its header again, so its columns are named.
            if (const int header = m_items.at(i).header; header >= 0) {
                m_pages.last().append(Placed{header, y});
                y += m_items.at(header).height;
            }
        }
        // A space at the top of a page is dropped: the page starts with content.
        if (!m_items.at(i).paint && m_pages.constLast().isEmpty()) continue;
        m_pages.last().append(Placed{i, y});
        y += m_items.at(i).height;
    }
    return pageCount();
}

void ReportLayout::paintPage(QPainter& painter, int page, const QPointF& origin) const {
    if (page < 0 || page >= m_pages.size()) return;
    for (const Placed& placed : m_pages.at(page)) {
        const Item& item = m_items.at(placed.item);
        if (!item.paint) continue;
        painter.save();
        item.paint(painter, QRectF(origin.x(), origin.y() + placed.top, m_width, item.height));
        painter.restore();
    }
}

}  // namespace mooring
