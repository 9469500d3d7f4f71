#include "printing/PagedReport.h"

#include "domain/Error.h"
#include "printing/PrivatePdf.h"
#include "printing/ReportLayout.h"

#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QFont sized(QFont font, double points, bool bold = false) {
    font.setPointSizeF(points);
    font.setBold(bold);
    // No joined letters: drawn as one glyph, "fi" came out of the PDF as U+FB01, so "first"
    // could not be found or copied, nor read well by a screen reader. Latin needs no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

}  // namespace

QPageSize::PageSizeId PagedReport::paperFor(const QLocale& locale) {
    switch (locale.territory()) {
        case QLocale::UnitedStates:
        case QLocale::Canada:
        case QLocale::Mexico:
        case QLocale::Philippines:
        case QLocale::Chile:
        case QLocale::Colombia:
        case QLocale::Venezuela:
        case QLocale::PuertoRico:
            return QPageSize::Letter;
        default:
            return QPageSize::A4;
    }
}

int PagedReport::paint(QPagedPaintDevice& device, const QString& pageTop, const Build& build) {
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(Error::Kind::CannotWrite, tr("The report could not be made. Please try again."));
    // The painter's origin is the top-left corner inside the margins.
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const QFont general = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const ReportLayout::Fonts fonts{sized(general, 17, true), sized(general, 13, true), sized(general, 10.5),
                                    sized(general, 8.5)};
    ReportLayout layout(&device, page.width(), fonts);
    build(layout);
    const double band = layout.lineHeight(fonts.small) * 2;
    const int pages = layout.paginate(page.height() - band * 2);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) device.newPage();
        painter.setPen(Qt::black);
        painter.setFont(fonts.small);
        painter.drawText(QRectF(0, 0, page.width(), band * 0.6), Qt::AlignLeft | Qt::AlignTop, pageTop);
        painter.drawText(QRectF(0, page.height() - band * 0.6, page.width(), band * 0.6),
                         Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages));
        layout.paintPage(painter, i, QPointF(0, band));
    }
    if (!painter.end()) throw Error(Error::Kind::CannotWrite, tr("The report could not be made. Please try again."));
    return pages;
}

void PagedReport::print(QPrinter& printer, const QString& pageTop, const Build& build) {
    printer.setPageMargins(QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres),
                           QPageLayout::Millimeter);
    paint(printer, pageTop, build);
}

void PagedReport::writePdf(const QString& path, const QString& title, const QString& pageTop, const Build& build) {
    const QMarginsF margins(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres);
    PrivatePdf::write(path, title,
                      QPageLayout(QPageSize(paperFor()), QPageLayout::Portrait, margins, QPageLayout::Millimeter),
                      [&](QPdfWriter& writer) { paint(writer, pageTop, build); });
}

}  // namespace mooring
