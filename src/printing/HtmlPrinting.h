#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace mooring {

// Prints the documents Mooring makes as HTML (the safety plan): laid out by
// QTextDocument, on a printer or into an A4 PDF, with the margins each one asks for.
class HtmlPrinting {
    Q_DECLARE_TR_FUNCTIONS(HtmlPrinting)
public:
    static void print(const QString& html, QPrinter& printer, qreal marginMillimetres);
    // Throws Error(CannotWrite) when the file cannot be written.
    static void writePdf(const QString& html, const QString& path, const QString& title, qreal marginMillimetres);
};

}  // namespace mooring
