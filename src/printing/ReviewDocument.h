#pragma once

#include "exchange/ReviewContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace mooring {

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

// The weekly review on paper, to bring to the next therapy session: plain sentences and
// small tables, one or two A4 pages.
class ReviewDocument {
    Q_DECLARE_TR_FUNCTIONS(ReviewDocument)
public:
    ReviewDocument(ReviewContent content, ReviewPrintChoices choices, QDate madeOn = QDate::currentDate());

    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    void print(QPrinter& printer) const;
    // Writes a PDF to path; throws Error(CannotWrite) when the file cannot be written.
    void writePdf(const QString& path) const;
    // "My week, 16–22 November 2026.pdf" as a suggestion for the save dialog.
    QString suggestedFileName() const;
    static QString suggestedFileName(const Week& week);

private:
    QString figuresHtml() const;
    QString namesHtml() const;
    QString ideasHtml() const;
    QString diaryCardHtml() const;
    QString entriesHtml() const;
    QString setbackReflectionsHtml() const;

    ReviewContent m_content;
    ReviewPrintChoices m_choices;
    QDate m_madeOn;
};

}  // namespace mooring
