#pragma once

#include <QString>
#include <QStringList>

namespace mooring::test {

// A PDF read back as the person meets it: its words (pdftotext), page by page, and whether
// anything in it is a picture rather than drawn lines and text. Each REQUIREs the tool ran.

// The whole text, laid out as on the page (columns stay on one line).
QString pdfText(const QString& path);
// The text of one page (1 is the first), in reading order.
QString pdfPageText(const QString& path, int page);
// Images inside the PDF (pdfimages -list): 0 when every chart is vectors and text.
int pdfImageCount(const QString& path);
// The last line with words on each page, "Page x of y" left aside: a heading found here is
// a heading left alone at the bottom of a page.
QStringList pdfPageEndings(const QString& path);
// Without white space: a sentence compares equal however the page wrapped it.
QString squashed(QString text);

}  // namespace mooring::test
