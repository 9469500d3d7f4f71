#pragma once

#include "domain/Helpline.h"

#include <QList>
#include <QString>

namespace mooring {

// One built-in helpline as shipped, with where its number was confirmed and when.
struct HelplineRecord {
    Helpline line;   // with the English texts
    QString nameDe;  // the German texts, shown with the German interface
    QString hoursDe;
    QString noteDe;
    bool medical = false;  // medical help that is not an emergency (NHS 111, healthdirect)
    QString source;        // the page the number was confirmed on, kept as plain text
    QString checked;       // the day it was confirmed, YYYY-MM-DD

    // The line in the language Mooring speaks now (German texts where the interface is
    // German and the record has them).
    Helpline localized() const;
};

// A region the catalogue knows: its code and its name in English and German.
struct RegionRecord {
    QString code;
    QString name;
    QString nameDe;
};

// The built-in helplines and regions, read once from the data files compiled into the
// program (resources/helplines/*.jsonl, one JSON object a line). The numbers live in data,
// not in code, so each one carries the page it was confirmed on and the date.
class HelplineCatalogue {
public:
    static const HelplineCatalogue& instance();

    // Parses the two files' text; a line that is not a well-formed record is skipped and
    // counted, so a test can insist on none.
    HelplineCatalogue(const QByteArray& helplinesJsonl, const QByteArray& regionsJsonl);

    QList<HelplineRecord> records(const QString& region) const;  // in the file's order
    const QList<HelplineRecord>& all() const { return m_records; }
    const QList<RegionRecord>& regions() const { return m_regions; }
    int skippedLines() const { return m_skipped; }

private:
    QList<HelplineRecord> m_records;
    QList<RegionRecord> m_regions;
    int m_skipped = 0;
};

}  // namespace mooring
