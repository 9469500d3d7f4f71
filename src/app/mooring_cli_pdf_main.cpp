// mooring-cli-pdf: mooring-cli with a PDF writer. `mooring-cli report --pdf` hands over to it
// (cli/PdfCompanion), because drawing text needs a QGuiApplication and mooring-cli loads Qt
// Core only (docs/cli.md). It runs the same commands; no window is ever shown.
#include "app/CliStartup.h"
#include "cli/ReportPdfWriter.h"
#include "printing/RangeReportDocument.h"
#include "storage/ProcessHardening.h"

#include <QGuiApplication>
#include <QStringList>

int main(int argc, char* argv[]) {
    mooring::hardenProcess();
    // Painting needs a platform but never a display: a terminal or a script may have none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication takes options such as -reverse or -platform out of the arguments it
    // is given; it gets only the program's name, so a file name is never mistaken for one.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) arguments.append(QString::fromLocal8Bit(argv[i]));
    int qtArgc = 1;
    char* qtArgv[] = {argv[0], nullptr};
    QGuiApplication app(qtArgc, qtArgv);
    mooring::cli::registerReportPdfWriter(
        [](const mooring::PrintableReport& content, const mooring::ReportPrintChoices& choices, const QDate& madeOn,
           const QString& path) { mooring::RangeReportDocument(content, choices, madeOn).writePdf(path); });
    return mooring::runCommandLine(arguments);
}
