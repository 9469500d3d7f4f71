#include "speech/Script.h"

#include "speech/SpokenMarkdown.h"

#include <QFile>
#include <QRegularExpression>

namespace mooring::speech {

using namespace Qt::StringLiterals;

Script& Script::add(const HelpText& line) {
    append(line.text());
    return *this;
}

Script& Script::add(std::initializer_list<HelpText> lines) {
    for (const HelpText& line : lines) add(line);
    return *this;
}

Script& Script::addPlanSection(const SafetyPlan& plan, PlanSection section) {
    append(planSections::title(section));
    for (const QString& item : plan.items(section)) append(item);
    return *this;
}

Script& Script::addPlanItem(const SafetyPlan& plan, PlanSection section, int index) {
    const QStringList& items = plan.items(section);
    if (index >= 0 && index < items.size()) append(items.at(index));
    return *this;
}

bool Script::addLibraryPage(const QString& pageId) {
    // The id becomes part of a resource path: nothing that could climb out of :/library/.
    static const QRegularExpression kPageId(u"^[a-z0-9-]+$"_s);
    if (!kPageId.match(pageId).hasMatch()) return false;
    QFile page(u":/library/"_s + pageId + u".md"_s);
    if (!page.open(QIODevice::ReadOnly)) return false;
    for (const QString& paragraph : spokenParagraphs(QString::fromUtf8(page.readAll()))) append(paragraph);
    return true;
}

void Script::append(const QString& utterance) {
    const QString spoken = utterance.simplified();
    if (!spoken.isEmpty()) m_utterances.append(spoken);
}

}  // namespace mooring::speech
