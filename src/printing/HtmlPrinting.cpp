#include "printing/HtmlPrinting.h"

#include "domain/Error.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace mooring {

void HtmlPrinting::print(const QString& html, QPrinter& printer, qreal marginMillimetres) {
    printer.setPageMargins(QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
                           QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setHtml(html);
    doc.setDocumentMargin(0);
    doc.print(&printer);
}

void HtmlPrinting::writePdf(const QString& html, const QString& path, const QString& title, qreal marginMillimetres) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setOutputFileName(path);
    printer.setDocName(title);
    print(html, printer, marginMillimetres);
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        throw Error(Error::Kind::CannotWrite,
                    tr("The PDF could not be written. Please check there is space and that the folder can be "
                       "written to, then try again."));
    }
}

}  // namespace mooring
