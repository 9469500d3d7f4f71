#include "domain/SetbackReflection.h"

#include <QCoreApplication>

namespace mooring {

using namespace Qt::StringLiterals;

SetbackReflection SetbackReflection::trimmed() const {
    SetbackReflection out = *this;
    for (QString* text : {&out.before, &out.warningSigns, &out.tried, &out.nextTime, &out.forPlan})
        *text = text->trimmed();
    out.entryId = entryId.trimmed();
    return out;
}

bool SetbackReflection::isBlank() const {
    const SetbackReflection t = trimmed();
    return t.before.isEmpty() && t.warningSigns.isEmpty() && t.tried.isEmpty() && t.nextTime.isEmpty() &&
           t.forPlan.isEmpty();
}

QString SetbackReflection::problem() const {
    const SetbackReflection t = trimmed();
    for (const QString* text : {&t.before, &t.warningSigns, &t.tried, &t.nextTime, &t.forPlan})
        if (text->size() > kMaxText)
            return QCoreApplication::translate("mooring",
                                               "One of the answers is very long. Could you make it a "
                                               "little shorter, or keep the rest in your journal?");
    return {};
}

QStringList SetbackReflection::linesOf(const QString& text) {
    QStringList out;
    for (QString line : text.split(u'\n')) {
        line = line.trimmed();
        while (!line.isEmpty() && (line.front() == u'-' || line.front() == u'*' || line.front() == u'\u2022'))
            line = line.mid(1).trimmed();
        if (line.isEmpty()) continue;
        bool seen = false;
        for (const QString& have : std::as_const(out)) seen = seen || have.compare(line, Qt::CaseInsensitive) == 0;
        if (!seen) out.append(line);
    }
    return out;
}

QStringList SetbackReflection::suggestedWarningSigns() const { return linesOf(warningSigns); }

QStringList SetbackReflection::suggestedCoping() const {
    QStringList out = linesOf(nextTime);
    for (const QString& line : linesOf(forPlan))
        if (!out.contains(line, Qt::CaseInsensitive)) out.append(line);
    return out;
}

QString RecoveryPlaceNote::placeKey(RecoveryPlace place) {
    switch (place) {
        case RecoveryPlace::Noticing:
            return u"noticing"_s;
        case RecoveryPlace::Learning:
            return u"learning"_s;
        case RecoveryPlace::KeepingGoing:
            return u"keeping"_s;
    }
    return {};
}

std::optional<RecoveryPlace> RecoveryPlaceNote::placeFromKey(const QString& key) {
    for (RecoveryPlace p : {RecoveryPlace::Noticing, RecoveryPlace::Learning, RecoveryPlace::KeepingGoing})
        if (placeKey(p) == key) return p;
    return std::nullopt;
}

}  // namespace mooring
