#include "insights/WeekCheckIns.h"

#include "insights/WeekSummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString counted(int n, const char* one, const char* many) { return n == 1 ? tr(one) : tr(many).arg(n); }

// The same list style as the week's other sentences (WeekSentences.cpp).
QString list(const QStringList& parts) {
    if (parts.isEmpty()) return {};
    QString out = parts.constFirst();
    for (qsizetype i = 1; i < parts.size(); ++i)
        out = (i == parts.size() - 1 ? tr("%1 and %2") : tr("%1, %2")).arg(out, parts.at(i));
    return out;
}

// Groups ticks by a key, keeping each group's place in `rows`.
class Ticks {
public:
    TickedDays& at(const QString& key) {
        const auto found = m_index.constFind(key);
        if (found != m_index.constEnd()) return m_rows[*found];
        m_index.insert(key, m_rows.size());
        return m_rows.emplace_back();
    }
    // Most days first, then by label as a person reads it.
    QList<TickedDays> sorted() && {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const TickedDays& a, const TickedDays& b) {
            if (a.count() != b.count()) return a.count() > b.count();
            return QString::localeAwareCompare(a.label(), b.label()) < 0;
        });
        return std::move(m_rows);
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<TickedDays> m_rows;
};

}  // namespace

int TickedDays::count() const { return int(std::count(days.begin(), days.end(), true)); }

std::optional<int> WeekCheckIns::overall(int day) const {
    const auto& c = days.at(std::size_t(day));
    return c ? c->overall : std::nullopt;
}

std::optional<int> WeekCheckIns::urge(int day) const {
    const auto& c = days.at(std::size_t(day));
    return c ? c->urge : std::nullopt;
}

SelfCare WeekCheckIns::selfCare(int day) const {
    const auto& c = days.at(std::size_t(day));
    return c ? c->selfCare : SelfCare{};
}

WeekCheckIns weekCheckIns(const Week& week, const QList<CheckIn>& checkIns, const QHash<QString, QString>& titles) {
    WeekCheckIns out;
    out.week = week;
    for (const CheckIn& c : checkIns) {
        const int i = week.dayIndex(c.day);
        if (i < 0 || out.days.at(std::size_t(i))) continue;
        out.days.at(std::size_t(i)) = c;
        ++out.daysCheckedIn;
    }
    // Day by day, first day first: "the latest spelling" of a feeling is the last day's,
    // "the first spelling" of own words the first day's.
    Ticks feelings;
    Ticks helped;
    for (std::size_t i = 0; i < out.days.size(); ++i) {
        if (!out.days.at(i)) continue;
        for (const QString& feeling : out.days.at(i)->feelings) {
            const QString key = tagKey(feeling);
            if (key.isEmpty()) continue;
            TickedDays& row = feelings.at(key);
            row.text = feeling.simplified();
            row.days.at(i) = true;
        }
        for (const CheckInHelp& help : out.days.at(i)->helped) {
            const QString key = triedKey(help.strategyId, help.text);
            if (key.isEmpty()) continue;
            TickedDays& row = helped.at(key);
            if (row.count() == 0) {
                row.strategyId = help.strategyId.trimmed();
                row.text = row.strategyId.isEmpty() ? help.text.trimmed() : QString();
                row.title = titles.value(row.strategyId);
            }
            row.days.at(i) = true;
        }
    }
    out.feelings = std::move(feelings).sorted();
    out.helped = std::move(helped).sorted();
    return out;
}

QStringList CheckInSentences::all() const {
    QStringList out;
    for (const QString& s : {days, helped})
        if (!s.isEmpty()) out.append(s);
    return out;
}

CheckInSentences describeCheckIns(const WeekCheckIns& week) {
    CheckInSentences s;
    if (week.isEmpty()) {
        s.days = tr("There are no check-ins for this week.");
        return s;
    }
    s.days = counted(week.daysCheckedIn, QT_TRANSLATE_NOOP("mooring", "You checked in on one day this week."),
                     QT_TRANSLATE_NOOP("mooring", "You checked in on %1 days this week."));
    QStringList parts;
    for (const TickedDays& idea : week.helped) {
        const QString label = idea.label().isEmpty() ? tr("An idea no longer in your toolbox") : idea.label();
        parts.append(tr("%1 (%2)").arg(label, counted(idea.count(), QT_TRANSLATE_NOOP("mooring", "one day"),
                                                      QT_TRANSLATE_NOOP("mooring", "%1 days"))));
    }
    if (!parts.isEmpty()) s.helped = tr("On the days you noted it, what helped: %1.").arg(list(parts));
    return s;
}

}  // namespace mooring
