#include "gui/toolbox/ToolboxText.h"

namespace mooring {

QList<CopingCategory> ToolboxText::families() {
    return {CopingCategory::Sensory, CopingCategory::Distraction, CopingCategory::EmotionalRelease,
            CopingCategory::SelfSoothing, CopingCategory::SafetyBox};
}

QString ToolboxText::familyName(CopingCategory family) {
    switch (family) {
        case CopingCategory::Sensory:
            return tr("Sensory");
        case CopingCategory::Distraction:
            return tr("Distraction");
        case CopingCategory::EmotionalRelease:
            return tr("Emotional release");
        case CopingCategory::SelfSoothing:
            return tr("Comforting yourself");
        case CopingCategory::SafetyBox:
            return tr("My safety box");
    }
    return {};
}

QString ToolboxText::familyDescription(CopingCategory family) {
    switch (family) {
        case CopingCategory::Sensory:
            return tr(
                "A strong, safe feeling that brings you back when you feel numb: cool water, a sour taste, a strong "
                "smell.");
        case CopingCategory::Distraction:
            return tr(
                "Something that holds your attention until the urge eases. Urges rise and fall, "
                "and often ease within minutes.");
        case CopingCategory::EmotionalRelease:
            return tr("A safe way to let anger or sadness out: words, colour, sound, movement.");
        case CopingCategory::SelfSoothing:
            return tr("Comfort and calm, the kind of care you would give a friend.");
        case CopingCategory::SafetyBox:
            return tr("The real things you keep ready, and where they are, so you can find them quickly.");
    }
    return {};
}

QString ToolboxText::favouritesName() { return tr("Favourites"); }

QString ToolboxText::favouritesDescription() {
    return tr(
        "The ideas that help you most, in your order. After you unlock, they are also on "
        "\u201cI need help now\u201d.");
}

QString ToolboxText::locationLabel() { return tr("Where it is kept"); }

QString ToolboxText::keysHint() {
    return tr(
        "Keys: Ctrl+N add \u00b7 Enter edit \u00b7 Ctrl+D favourite \u00b7 Ctrl+\u2191\u2193 order \u00b7 Ctrl+H "
        "hide \u00b7 Del delete \u00b7 Ctrl+Z undo \u00b7 Ctrl+F search \u00b7 Ctrl+1\u2013"
        "6 lists \u00b7 Esc back");
}

QString ToolboxText::listHeading(std::optional<CopingCategory> family, const QString& search) {
    if (!search.isEmpty()) return tr("Search results");
    return family ? familyName(*family) : favouritesName();
}

QString ToolboxText::listDescription(std::optional<CopingCategory> family, const QString& search) {
    if (!search.isEmpty()) return tr("Ideas from every family that mention \u201c%1\u201d.").arg(search);
    return family ? familyDescription(*family) : favouritesDescription();
}

QString ToolboxText::emptyList(std::optional<CopingCategory> family, const QString& search) {
    if (!search.isEmpty()) return tr("Nothing matches \u201c%1\u201d yet.").arg(search);
    if (!family)
        return tr(
            "No favourites yet. Choose an idea in any family and press Ctrl+D (or \u201c"
            "Favourite\u201d) to "
            "keep it here.");
    if (*family == CopingCategory::SafetyBox)
        return tr(
            "Nothing here yet. Think of real things that comfort you, like a soft blanket, photos, a letter "
            "to yourself or a favourite scent. Ctrl+N adds one, with where it is kept.");
    return tr("Nothing here yet. Ctrl+N adds an idea of your own.");
}

}  // namespace mooring
