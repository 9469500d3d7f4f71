#pragma once

#include "exchange/PrintableReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mooring {

// The report's sentences: what each part says and each picture's text alternative. They
// describe and never judge or compare the person (docs/safe-messaging.md).
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    // "9 November – 6 December 2026"
    static QString range(const ReportRange& range);
    static QString entries(const RangeReport& report);
    static QString urges(const RangeReport& report);
    static QString outcomes(const RangeReport& report);
    static QString triggers(const RangeReport& report);
    static QString feelings(const RangeReport& report);
    // The weeks' chart in words, one line a week.
    static QStringList weeks(const RangeReport& report);
    // The grid in words: entries by part of the day and by day of the week.
    static QStringList hours(const RangeReport& report);
    static QString helpedMost(const RangeReport& report);
    // "Tried 4 times, helped 7.5 out of 10 on average" for one idea.
    static QString triedFigure(const TriedIdea& idea);
    static QString ideaLabel(const TriedIdea& idea);
    static QString planVersions(const RangeReport& report);
    static QString setbacks(const PrintableReport& content);
    static QString decimal(double value);
};

}  // namespace mooring
