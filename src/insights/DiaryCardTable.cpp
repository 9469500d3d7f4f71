#include "insights/DiaryCardTable.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

const QString kTick = u"\u2713"_s;

DiaryCardRow figureRow(DiaryCardRow::Kind kind, const QString& name,
                       const std::function<std::optional<int>(int)>& value) {
    DiaryCardRow row{kind, name, {}, {}};
    for (int d = 0; d < 7; ++d) {
        if (const auto v = value(d)) {
            row.cells.at(std::size_t(d)) = QLocale().toString(*v);
            row.spoken.at(std::size_t(d)) = tr("%1 out of 10").arg(QLocale().toString(*v));
        }
    }
    return row;
}

DiaryCardRow tickRow(DiaryCardRow::Kind kind, const QString& name, const TickedDays& ticks) {
    DiaryCardRow row{kind, name, {}, {}};
    for (std::size_t d = 0; d < 7; ++d) {
        if (!ticks.days.at(d)) continue;
        row.cells.at(d) = kTick;
        row.spoken.at(d) = tr("yes");
    }
    return row;
}

DiaryCardRow yesNoRow(DiaryCardRow::Kind kind, const QString& name, const WeekCheckIns& week,
                      std::optional<bool> SelfCare::*answer) {
    DiaryCardRow row{kind, name, {}, {}};
    for (int d = 0; d < 7; ++d) {
        const std::optional<bool> a = week.selfCare(d).*answer;
        if (!a) continue;
        // The check-in page's own words: "yes" and "not today".
        row.cells.at(std::size_t(d)) = row.spoken.at(std::size_t(d)) = *a ? tr("yes") : tr("not today");
    }
    return row;
}

}  // namespace

DiaryCardTable diaryCardTable(const WeekCheckIns& week, const DiaryRows& chosen) {
    using K = DiaryCardRow::Kind;
    DiaryCardTable table;
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        const QDate day = week.week.start().addDays(d);
        table.dayNames << locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
        table.longDayNames << locale.toString(day, u"dddd d MMMM"_s);
    }
    if (week.isEmpty()) return table;

    if (chosen.overall)
        table.rows << figureRow(K::Overall, tr("How today was"), [&](int d) { return week.overall(d); });
    if (chosen.urge) table.rows << figureRow(K::Urge, tr("Urges"), [&](int d) { return week.urge(d); });
    if (chosen.feelings) {
        for (const TickedDays& f : week.feelings.mid(0, DiaryCardTable::kMaxFeelings))
            table.rows << tickRow(K::Feeling, tr("Feeling: %1").arg(f.label()), f);
    }
    if (chosen.helped) {
        for (const TickedDays& h : week.helped.mid(0, DiaryCardTable::kMaxHelped)) {
            const QString label = h.label().isEmpty() ? tr("An idea no longer in your toolbox") : h.label();
            table.rows << tickRow(K::Helped, tr("Helped: %1").arg(label), h);
        }
    }
    if (chosen.sleep) {
        DiaryCardRow row{K::Sleep, tr("Hours of sleep"), {}, {}};
        for (int d = 0; d < 7; ++d) {
            if (const auto hours = week.selfCare(d).sleepHours) {
                row.cells.at(std::size_t(d)) = locale.toString(*hours, 'g', 3);
                row.spoken.at(std::size_t(d)) = tr("%1 hours").arg(row.cells.at(std::size_t(d)));
            }
        }
        table.rows << row;
    }
    if (chosen.ate) table.rows << yesNoRow(K::Ate, tr("Ate regularly"), week, &SelfCare::ate);
    if (chosen.medication)
        table.rows << yesNoRow(K::Medication, tr("Medication as prescribed"), week, &SelfCare::medication);
    if (chosen.moved) table.rows << yesNoRow(K::Moved, tr("Moved my body"), week, &SelfCare::moved);
    return table;
}

}  // namespace mooring
