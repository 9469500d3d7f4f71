#pragma once

#include "exchange/ReviewContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QPrinter;

namespace mooring {

class ReportLayout;

// The person chooses what goes on paper; their own words about each moment stay out
// unless they choose them.
struct ReviewPrintChoices {
    bool figures = true;  // how many, how strong, how they ended, when, compared, since starting
    bool triggersAndFeelings = true;
    bool ideas = true;  // ideas tried this week and "what helps me"
    bool reflection = true;
    bool diaryCard = true;            // the check-ins as a diary card, with the rows chosen on screen
    bool entryTexts = false;          // situations and notes of the week's entries
    bool setbackReflections = false;  // only when the person chooses to share them

    bool operator==(const ReviewPrintChoices&) const = default;
};

// The weekly review on paper, to bring to the next therapy session: plain sentences, the
// week's charts drawn as vectors each with its sentence beside it, and small tables, laid
// out page by page like the report for the next session (ReportLayout, PagedReport), the
// week and the page number on every page.
class ReviewDocument {
    Q_DECLARE_TR_FUNCTIONS(ReviewDocument)
public:
    ReviewDocument(ReviewContent content, ReviewPrintChoices choices, QDate madeOn = QDate::currentDate());

    // "My week: 16–22 November 2026"
    QString title() const;
    // Paints every page on a printer (or a print preview's printer). Throws Error(CannotWrite).
    void print(QPrinter& printer) const;
    // Writes a PDF readable only by the person (0600), atomically. Throws Error(CannotWrite).
    void writePdf(const QString& path) const;
    // "My week, 16–22 November 2026.pdf" as a suggestion for the save dialog.
    QString suggestedFileName() const;
    static QString suggestedFileName(const Week& week);

private:
    QString pageTop() const;  // what and when, at the top of every page
    void build(ReportLayout& layout) const;
    void buildFigures(ReportLayout& layout) const;
    void buildCharts(ReportLayout& layout) const;
    void buildNames(ReportLayout& layout) const;
    void buildIdeas(ReportLayout& layout) const;
    void buildDiaryCard(ReportLayout& layout) const;
    void buildEntries(ReportLayout& layout) const;
    void buildSetbackReflections(ReportLayout& layout) const;

    ReviewContent m_content;
    ReviewPrintChoices m_choices;
    QDate m_madeOn;
};

}  // namespace mooring
