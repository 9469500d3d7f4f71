#pragma once

#include "exchange/PrintableReport.h"
#include "exchange/ReportPrintChoices.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QPrinter;

namespace mooring {

class ReportLayout;

// "Report for my next session": the time between two therapy sessions on paper, drawn page
// by page with QPainter (charts as vectors, each with sentences beside it), the range and
// the page number on every page, on A4 or Letter as the locale uses.
class RangeReportDocument {
    Q_DECLARE_TR_FUNCTIONS(RangeReportDocument)
public:
    RangeReportDocument(PrintableReport content, ReportPrintChoices choices, QDate madeOn = QDate::currentDate());

    QString title() const;
    // Paints every page on a printer (or a print preview's printer). Throws Error(CannotWrite).
    void print(QPrinter& printer) const;
    // Writes a PDF readable only by the person (0600), atomically. Throws Error(CannotWrite).
    void writePdf(const QString& path) const;
    // "Report 9 November – 6 December 2026.pdf" as a suggestion for the save dialog.
    QString suggestedFileName() const;
    // Letter where it is the usual paper (the United States, Canada, Mexico, ...), else A4.
    static QPageSize::PageSizeId paperFor(const QLocale& locale = QLocale());

private:
    QString pageTop() const;  // what and when, at the top of every page
    void build(ReportLayout& layout) const;
    void buildAtAGlance(ReportLayout& layout) const;
    void buildHours(ReportLayout& layout) const;
    void buildHelped(ReportLayout& layout) const;
    void buildWeekNotes(ReportLayout& layout) const;
    void buildSetbacks(ReportLayout& layout) const;
    void buildEntries(ReportLayout& layout) const;

    PrintableReport m_content;
    ReportPrintChoices m_choices;
    QDate m_madeOn;
};

}  // namespace mooring
