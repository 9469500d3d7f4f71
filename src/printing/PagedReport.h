#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace mooring {

class ReportLayout;

// Puts a document laid out with ReportLayout on paper: the same fonts and margins for every
// report, a line saying what it is at the top of each page and "Page x of y" at the bottom,
// on A4 or Letter as the locale uses. The week's PDF and the report for the next session
// both go through here, so they look like one family.
class PagedReport {
    Q_DECLARE_TR_FUNCTIONS(PagedReport)
public:
    using Build = std::function<void(ReportLayout&)>;
    static constexpr double kMarginMillimetres = 18;

    // Paints every page on a printer (or a print preview's printer). Throws Error(CannotWrite).
    static void print(QPrinter& printer, const QString& pageTop, const Build& build);
    // Writes a PDF readable only by the person (0600), atomically. Throws Error(CannotWrite).
    static void writePdf(const QString& path, const QString& title, const QString& pageTop, const Build& build);
    // Letter where it is the usual paper (the United States, Canada, Mexico, ...), else A4.
    static QPageSize::PageSizeId paperFor(const QLocale& locale = QLocale());

private:
    static int paint(QPagedPaintDevice& device, const QString& pageTop, const Build& build);
};

}  // namespace mooring
