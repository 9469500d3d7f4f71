// ReportLayout on its own: a long table that runs over several pages names its columns again
// at the top of each page it runs on to.
#include "printing/ReportLayout.h"

#include "support/PdfText.h"

#include <catch2/catch.hpp>

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

// The table's rows painted into a PDF of A4 pages; the number of pages.
int writeTable(const QString& path, const QList<QStringList>& rows) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont body(u"DejaVu Sans"_s);
    body.setPointSizeF(10);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    ReportLayout layout(&writer, page.width(), {body, body, body, body});
    layout.addTable(rows, {0.7, 0.3}, body, false);
    const int pages = layout.paginate(page.height());
    for (int p = 0; p < pages; ++p) {
        if (p > 0) writer.newPage();
        layout.paintPage(painter, p, QPointF(0, 0));
    }
    return pages;
}

}  // namespace

TEST_CASE("A long table names its columns again on every page it runs on to", "[report]") {
    QList<QStringList> rows{{u"Trigger named here"_s, u"Times counted"_s}};
    for (int r = 1; r <= 150; ++r) rows.append({u"Row number %1"_s.arg(r), QString::number(r)});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"table.pdf"_s);
    const int pages = writeTable(path, rows);
    REQUIRE(pages >= 3);
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfPageText(path, p);
        INFO("page " << p);
        CHECK(text.count(u"Trigger named here"_s) == 1);
        CHECK(text.count(u"Times counted"_s) == 1);
    }
    // Every row is there once: the header drawn again takes no row's place.
    const QString all = pdfText(path);
    for (int r = 1; r <= 150; ++r)
        CHECK(all.count(u"Row number %1\n"_s.arg(r)) + all.count(u"Row number %1 "_s.arg(r)) == 1);
}

TEST_CASE("A short table is not given a second header", "[report]") {
    QList<QStringList> rows{{u"Trigger named here"_s, u"Times counted"_s}};
    for (int r = 1; r <= 5; ++r) rows.append({u"Row number %1"_s.arg(r), QString::number(r)});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"short.pdf"_s);
    REQUIRE(writeTable(path, rows) == 1);
    CHECK(pdfText(path).count(u"Trigger named here"_s) == 1);
}
