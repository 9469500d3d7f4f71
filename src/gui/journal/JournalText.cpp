#include "gui/journal/JournalText.h"

#include "storage/JournalStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace mooring::journaltext {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString firstLine(const QString& text) {
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.isEmpty() ? text.simplified() : line;
}

}  // namespace

QString outcomeLabel(JournalOutcome outcome) {
    switch (outcome) {
        case JournalOutcome::Passed:
            return tr("The urge passed");
        case JournalOutcome::Coped:
            return tr("I got through it another way");
        case JournalOutcome::Acted:
            return tr("I acted on it");
    }
    return {};
}

QString urgeLabel(int urge) { return tr("Urge %1 of 10").arg(urge); }

QDate weekStart(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }

QString weekTitle(const QDate& start, const QDate& today) {
    const QDate thisWeek = weekStart(today);
    if (start == thisWeek) return tr("This week");
    if (start == thisWeek.addDays(-7)) return tr("Last week");
    return tr("Week of %1").arg(QLocale().toString(start, tr("d MMMM yyyy")));
}

QString timeLabel(const QTime& time) {
    // Hours and minutes in the locale's clock (12 or 24 hours); seconds mean nothing here.
    const QLocale locale;
    const bool twelveHours = locale.timeFormat(QLocale::ShortFormat).contains(u"ap"_s, Qt::CaseInsensitive);
    return locale.toString(time, twelveHours ? u"h:mm ap"_s : u"HH:mm"_s);
}

QString whenLabel(const QDateTime& occurredAt) {
    return tr("%1, %2").arg(QLocale().toString(occurredAt.date(), tr("ddd d MMM")), timeLabel(occurredAt.time()));
}

RowText rowText(const JournalSummary& s) {
    RowText row;
    QStringList heading{whenLabel(s.occurredAt), urgeLabel(s.urge)};
    if (s.outcome) heading.append(outcomeLabel(*s.outcome));
    row.heading = heading.join(u"  \u00b7  "_s);

    for (const QString* text : {&s.situation, &s.thoughts, &s.notes}) {
        if (!text->trimmed().isEmpty()) {
            row.words = firstLine(*text);
            break;
        }
    }
    if (row.words.isEmpty()) row.words = tr("Only the urge noted");

    QStringList tags;
    if (!s.feelings.isEmpty()) tags.append(tr("Felt: %1").arg(QLocale().createSeparatedList(s.feelings)));
    if (!s.triggers.isEmpty()) tags.append(tr("Set off by: %1").arg(QLocale().createSeparatedList(s.triggers)));
    if (s.triedCount > 0)
        tags.append(s.triedCount == 1 ? tr("Tried 1 thing") : tr("Tried %1 things").arg(s.triedCount));
    row.tags = tags.join(u"  \u00b7  "_s);
    return row;
}

QString accessibleRow(const JournalSummary& s) {
    const RowText row = rowText(s);
    QStringList parts{row.heading, row.words};
    if (!row.tags.isEmpty()) parts.append(row.tags);
    return parts.join(u". "_s);
}

}  // namespace mooring::journaltext
