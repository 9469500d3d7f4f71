#include "gui/crisis/CrisisStyle.h"

#include "gui/common/WrappedLabel.h"

#include <QAbstractButton>
#include <QFont>
#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace mooring::crisis {

namespace {
constexpr const char* kScaleProperty = "mooringFontScale";
constexpr const char* kBoldProperty = "mooringCrisisBold";
}  // namespace

void setFontScale(QWidget* widget, double factor, bool bold) {
    widget->setProperty(kScaleProperty, factor);
    widget->setProperty(kBoldProperty, bold);
}

void applyFonts(QWidget* root, const QFont& base) {
    // Every descendant gets its font set outright, not only the marked ones: under a style
    // sheet, Qt does not pass a parent's new font size down to children polished before.
    const auto children = root->findChildren<QWidget*>();
    for (QWidget* w : children) {
        const QVariant scale = w->property(kScaleProperty);
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * (scale.isValid() ? scale.toDouble() : 1.0));
        f.setBold(w->property(kBoldProperty).toBool());
        if (!w->testAttribute(Qt::WA_SetFont) || w->font() != f) w->setFont(f);
    }
}

namespace {
QColor mix(const QColor& a, const QColor& b, double amount) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}
}  // namespace

QString styleSheet(const QPalette& palette) {
    // Colours are worked out from the palette, so light and dark themes both read well:
    // a soft border half-way between background and text works in either.
    const QString border = mix(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.3).name();
    const QString base = palette.color(QPalette::Base).name();
    const QString text = palette.color(QPalette::Text).name();
    const QString highlight = palette.color(QPalette::Highlight).name();
    const QString onHighlight = palette.color(QPalette::HighlightedText).name();
    const QString muted = palette.color(QPalette::Disabled, QPalette::ButtonText).name();
    return QStringLiteral(
               "QPushButton { background-color: %1; color: %2; border: 1px solid %3; border-radius: 10px;"
               " padding: 8px 18px; }"
               "QPushButton:hover { border-color: %4; }"
               // The thicker focus ring takes its room from the padding: a button keeps its
               // size when it gets the focus, and nothing beside it moves.
               "QPushButton:focus { border: 3px solid %4; padding: 6px 16px; }"
               "QPushButton:disabled { color: %6; }"
               // The plan's and the hope box's choices have names of their own (they come and go) but
               // look like the rest.
               "QPushButton#crisisChoice, QPushButton#crisisChoicePlan, QPushButton#crisisChoiceKeeps {"
               " text-align: left; padding: 10px 18px; }"
               "QPushButton#crisisChoice:focus, QPushButton#crisisChoicePlan:focus, "
               "QPushButton#crisisChoiceKeeps:focus {"
               " padding: 8px 16px; }"
               "QPushButton#crisisChoice[compact=\"true\"], QPushButton#crisisChoicePlan[compact=\"true\"],"
               " QPushButton#crisisChoiceKeeps[compact=\"true\"] {"
               " padding: 4px 12px; }"
               "QPushButton#crisisChoice[compact=\"true\"]:focus, QPushButton#crisisChoicePlan[compact=\"true\"]:focus,"
               " QPushButton#crisisChoiceKeeps[compact=\"true\"]:focus {"
               " padding: 2px 10px; }"
               "QPushButton#crisisChoice:checked, QPushButton#crisisChoicePlan:checked, "
               "QPushButton#crisisChoiceKeeps:checked {"
               " background-color: %4; color: %5; border-color: %4; }"
               "QPushButton#crisisChoice:checked:focus, QPushButton#crisisChoicePlan:checked:focus,"
               " QPushButton#crisisChoiceKeeps:checked:focus {"
               " border: 3px solid %2; }"
               "QFrame#helplineCard, QFrame#contactCard, QFrame#ideaCard, QFrame#urgeCheckIn, QFrame#keepsSoundTile {"
               " background-color: %1; border: 1px solid %3; border-radius: 12px; }"
               "QScrollArea#helplinesScroll, QScrollArea#crisisScroll, QWidget#helplinesCards, QWidget#crisisStack,"
               " QWidget#qt_scrollarea_viewport {"
               " background: transparent; }")
        .arg(base, text, border, highlight, onHighlight, muted);
}

QColor calmTint(const QPalette& palette, double amount) {
    return mix(palette.color(QPalette::Window), palette.color(QPalette::Highlight), amount);
}

void makeLarge(QAbstractButton* button, const QString& accessibleName) {
    button->setMinimumHeight(kMinTarget);
    // No minimum width of our own: a widget's own minimum width outranks the width its words
    // need, so layouts would squeeze it down to that and cut the words off. Its words and
    // padding make it wide enough anyway.
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::StrongFocus);
}

QLabel* wrappedLabel(const QString& text, QWidget* parent, const QString& objectName) {
    auto* label = new WrappedLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty()) label->setObjectName(objectName);
    return label;
}

}  // namespace mooring::crisis
