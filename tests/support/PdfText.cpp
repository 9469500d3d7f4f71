#include "support/PdfText.h"

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace mooring::test {

using namespace Qt::StringLiterals;

namespace {

QString run(const QString& program, const QStringList& arguments) {
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

QString pdfText(const QString& path) { return run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}); }

QString pdfPageText(const QString& path, int page) {
    const QString n = QString::number(page);
    return run(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, path, u"-"_s});
}

int pdfImageCount(const QString& path) {
    // Two header lines, then one line an image.
    const QStringList lines = run(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    return int(lines.size()) - 2;
}

QStringList pdfPageEndings(const QString& path) {
    QStringList endings;
    for (const QString& page : pdfText(path).split(u'\f', Qt::SkipEmptyParts)) {
        QString last;
        for (const QString& line : page.split(u'\n'))
            if (!line.trimmed().isEmpty() && !line.contains(QRegularExpression(u"Page \\d+ of \\d+"_s)))
                last = line.trimmed();
        if (!last.isEmpty()) endings.append(last);
    }
    return endings;
}

QString squashed(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

}  // namespace mooring::test
