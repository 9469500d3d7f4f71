#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPaintDevice;
class QPainter;

namespace mooring {

// Lays a printed document out page by page with QPainter, so charts stay vectors and every
// page can carry its own header and footer. The document is a column of items, each
// measured on the device it will be painted on; an item marked "keep with next" goes to a
// new page together with the item after it, so a heading is never left alone at the
// bottom of a page. Long paragraphs are items of one line each and break anywhere.
class ReportLayout {
public:
    struct Fonts {
        QFont title;
        QFont heading;
        QFont body;
        QFont small;
        QFont bold() const {  // the body's size, in bold: a line that must stand out
            QFont font = body;
            font.setBold(true);
            return font;
        }
    };
    using Painter = std::function<void(QPainter&, const QRectF&)>;

    ReportLayout(QPaintDevice* device, double width, Fonts fonts);

    const Fonts& fonts() const { return m_fonts; }
    double width() const { return m_width; }
    double lineHeight(const QFont& font) const;

    void addTitle(const QString& text);
    void addHeading(const QString& text);
    // Wrapped to the width (less the indent); the first two lines stay together.
    void addParagraph(const QString& text, const QFont& font, double indent = 0);
    void addParagraph(const QString& text) { addParagraph(text, m_fonts.body); }
    // A label and a figure on one row, the label wrapped in the space left.
    void addRow(const QString& label, const QString& figure, const QFont& font);
    static constexpr qsizetype kWholeTableRows = 12;  // tables up to this many rows stay on one page
    // Rows of cells, the first row the header (bold, never alone at a page's end, and drawn
    // again at the top of each page a long table runs on to). columns
    // are each column's share of the width; the first column's text is to the left, the
    // others' as `figures`. Ruled draws a line round every cell, so a row can be followed
    // across the page with a finger, and keeps the table on one page when it fits one.
    // A cell's text wraps inside its column.
    void addTable(const QList<QStringList>& rows, const QList<double>& columns, const QFont& font, bool ruled,
                  Qt::Alignment figures = Qt::AlignRight);
    void addSpace(double height);
    // A picture of its own height, painted inside (0, 0, width, height); kept with the next item.
    void addBlock(double height, Painter paint, bool keepWithNext = true);
    // The last item painted so far goes to a page together with the next one (a bold line
    // that introduces what follows).
    void keepLastWithNext();

    // The items in pages of pageHeight: page -> (item, top).
    int paginate(double pageHeight);
    int pageCount() const { return int(m_pages.size()); }
    void paintPage(QPainter& painter, int page, const QPointF& origin) const;

private:
    struct Item {
        double height = 0;
        bool keepWithNext = false;
        Painter paint;
        int header = -1;  // a table's header row, drawn again above this row on a new page
    };
    struct Placed {
        int item = 0;
        double top = 0;
    };

    QStringList wrap(const QString& text, const QFont& font, double width) const;

    QPaintDevice* m_device;
    double m_width;
    Fonts m_fonts;
    QList<Item> m_items;
    QList<QList<Placed>> m_pages;
};

}  // namespace mooring
