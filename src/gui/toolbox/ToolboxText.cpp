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
            return tr("Self-soothing");
        case CopingCategory::SafetyBox:
            return tr("My safety box");
    }
    return {};
}

QString ToolboxText::familyDescription(CopingCategory family) {
    switch (family) {
        case CopingCategory::Sensory:
            return tr(
                "A strong, safe feeling that brings you back when you feel numb: cold, a sharp taste, a strong smell.");
        case CopingCategory::Distraction:
            return tr(
                "Something that holds your attention until the urge passes. Urges rise and fall, "
                "often within a quarter of an hour.");
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

}  // namespace mooring
