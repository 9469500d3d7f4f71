#include "domain/SafetyPlan.h"
#include "domain/TextLength.h"

#include <QCoreApplication>

namespace mooring {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }
}  // namespace

namespace planSections {

QList<PlanSection> all() {
    return {PlanSection::WarningSigns,    PlanSection::InternalCoping, PlanSection::SocialDistraction,
            PlanSection::PeopleToAsk,     PlanSection::Professionals,  PlanSection::SafeEnvironment,
            PlanSection::ReasonsForLiving};
}

QString key(PlanSection section) {
    switch (section) {
        case PlanSection::WarningSigns:
            return QStringLiteral("warning_signs");
        case PlanSection::InternalCoping:
            return QStringLiteral("internal_coping");
        case PlanSection::SocialDistraction:
            return QStringLiteral("social_distraction");
        case PlanSection::PeopleToAsk:
            return QStringLiteral("people_to_ask");
        case PlanSection::Professionals:
            return QStringLiteral("professionals");
        case PlanSection::SafeEnvironment:
            return QStringLiteral("safe_environment");
        case PlanSection::ReasonsForLiving:
            return QStringLiteral("reasons_for_living");
    }
    return {};
}

bool fromKey(const QString& k, PlanSection* section) {
    for (PlanSection s : all()) {
        if (key(s) == k) {
            *section = s;
            return true;
        }
    }
    return false;
}

QString title(PlanSection section) {
    switch (section) {
        case PlanSection::WarningSigns:
            return tr("Warning signs");
        case PlanSection::InternalCoping:
            return tr("Things I can do on my own");
        case PlanSection::SocialDistraction:
            return tr("People and places that take my mind off things");
        case PlanSection::PeopleToAsk:
            return tr("People I can ask for help");
        case PlanSection::Professionals:
            return tr("Professionals and services");
        case PlanSection::SafeEnvironment:
            return tr("Making my surroundings safer");
        case PlanSection::ReasonsForLiving:
            return tr("What matters to me and is worth living for");
    }
    return {};
}

QString prompt(PlanSection section) {
    switch (section) {
        case PlanSection::WarningSigns:
            return tr(
                "What tells you a hard time is starting? Think of thoughts, feelings, "
                "places or moments that come before it.");
        case PlanSection::InternalCoping:
            return tr(
                "What can you do by yourself to feel a little calmer or to get through "
                "the next few minutes?");
        case PlanSection::SocialDistraction:
            return tr(
                "Who can you be around, or where can you go, that helps you think about "
                "something else for a while? You don't have to talk about how you feel.");
        case PlanSection::PeopleToAsk:
            return tr(
                "Who could you tell that you're having a hard time? Add their number so "
                "it's ready when you need it.");
        case PlanSection::Professionals:
            return tr(
                "Which professionals or services can you contact? Your doctor, your "
                "therapist, a helpline, an out-of-hours service, and in an emergency your "
                "emergency number or the nearest emergency department.");
        case PlanSection::SafeEnvironment:
            // Putting things out of easy reach is the heart of this step; no means are named.
            return tr(
                "What could you put out of easy reach, or ask someone to keep for you, "
                "during a hard time? Where could you go to be safer? Small steps count.");
        case PlanSection::ReasonsForLiving:
            return tr(
                "What matters to you? People, pets, plans, places or things you care about "
                "and look forward to.");
    }
    return {};
}

QStringList examples(PlanSection section) {
    switch (section) {
        case PlanSection::WarningSigns:
            return {tr("I stop answering messages"), tr("I tell myself nobody would notice")};
        case PlanSection::InternalCoping:
            return {tr("Cool my hands under running water and breathe slowly"), tr("Play my calm playlist loud")};
        case PlanSection::SocialDistraction:
            return {tr("Sit in the café on the corner"), tr("Call my cousin about football")};
        case PlanSection::PeopleToAsk:
            return {tr("Sam, my sister"), tr("Alex from work")};
        case PlanSection::Professionals:
            return {tr("My GP's surgery, ask at reception"), tr("The night helpline"), tr("The emergency number"),
                    tr("The emergency department at the nearest hospital")};
        case PlanSection::SafeEnvironment:
            return {tr("Put some things out of easy reach"), tr("Ask someone to keep things for me for a while"),
                    tr("Go to a room where other people are")};
        case PlanSection::ReasonsForLiving:
            return {tr("My dog, Biscuit"), tr("Seeing the sea again next summer")};
    }
    return {};
}

bool picksContacts(PlanSection section) {
    return section == PlanSection::PeopleToAsk || section == PlanSection::Professionals;
}

}  // namespace planSections

bool SafetyPlan::isEmpty() const { return itemCount() == 0; }

int SafetyPlan::itemCount() const {
    int n = 0;
    for (const QStringList& list : sections) n += static_cast<int>(list.size());
    return n;
}

SafetyPlan SafetyPlan::normalized() const {
    SafetyPlan out;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        for (const QString& item : sections[i]) {
            const QString trimmed = item.trimmed();
            if (!trimmed.isEmpty()) out.sections[i].append(trimmed);
        }
    }
    return out;
}

QString SafetyPlan::itemProblem(const QString& item) {
    if (characterCount(item.trimmed()) > kMaxPlanItemLength) {
        return QCoreApplication::translate("mooring",
                                           "This item is %1 characters long; the limit is %2. "
                                           "Could you make it shorter, or split it into two items?")
            .arg(item.trimmed().size())
            .arg(kMaxPlanItemLength);
    }
    return {};
}

QString SafetyPlan::noteProblem(const QString& note) {
    if (characterCount(note.trimmed()) > kMaxPlanNoteLength) {
        return QCoreApplication::translate("mooring", "The note can be up to %1 characters long.")
            .arg(kMaxPlanNoteLength);
    }
    return {};
}

QList<SafetyPlan::Problem> SafetyPlan::problems() const {
    QList<Problem> out;
    for (PlanSection s : planSections::all()) {
        const QStringList& list = items(s);
        if (list.size() > kMaxPlanItems) {
            out.append(
                {s, -1,
                 QCoreApplication::translate("mooring", "A section can hold up to %1 items.").arg(kMaxPlanItems)});
        }
        for (int i = 0; i < list.size(); ++i) {
            const QString message = itemProblem(list[i]);
            if (!message.isEmpty()) out.append({s, i, message});
        }
    }
    return out;
}

}  // namespace mooring
