#include "gui/common/Appearance.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFontInfo>
#include <QLineEdit>
#include <QPainter>
#include <QPen>
#include <QProxyStyle>
#include <QPushButton>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const char* const kFontFactor = "mooringFontFactor";
const char* const kFontBold = "mooringFontBold";
const char* const kLargeTarget = "mooringLargeTarget";

// The application's font and palette as the platform gave them, before we changed them.
struct Original {
    QFont font;
    QPalette palette;
    int percent = 100;
    bool dark = false;
};

Original& original() {
    static Original o = [] {
        Original made;
        made.font = QApplication::font();
        made.palette = QApplication::palette();
        return made;
    }();
    return o;
}

void applyRelativeFont(QWidget* widget) {
    const double factor = widget->property(kFontFactor).toDouble();
    if (factor <= 0) return;
    QFont font = widget->font();
    font.setPointSizeF(QApplication::font().pointSizeF() * factor);
    font.setWeight(widget->property(kFontBold).toBool() ? QFont::DemiBold : QFont::Normal);
    widget->setFont(font);
}

void applyLargeTarget(QWidget* widget) {
    if (!widget->property(kLargeTarget).toBool()) return;
    const QFontMetrics metrics(widget->font());
    // Buttons a little taller than fields: both easy to hit, neither shouting.
    const bool isButton = qobject_cast<QPushButton*>(widget) != nullptr;
    widget->setMinimumHeight(int(metrics.height() * (isButton ? 1.9 : 1.7)) + 6);
    if (auto* button = qobject_cast<QPushButton*>(widget)) {
        // Room around the words, not only enough for them.
        const QString text = QString(button->text()).remove(u'&');
        widget->setMinimumWidth(
            qMax(metrics.averageCharWidth() * 10, metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 5));
    }
}

// Qt tells existing widgets about a new application font or palette only once exec() is
// running, and then in no particular order. The window is built before exec(), and a
// widget that derives its font from its parent's must hear after that parent: so we tell
// every widget ourselves, parents first.
void propagate(QWidget* widget) {
    QEvent fontChange(QEvent::ApplicationFontChange);
    QApplication::sendEvent(widget, &fontChange);
    QEvent paletteChange(QEvent::ApplicationPaletteChange);
    QApplication::sendEvent(widget, &paletteChange);
    applyRelativeFont(widget);
    applyLargeTarget(widget);
    for (QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) propagate(child);
}

QPalette makePalette(const QColor& window, const QColor& text, const QColor& base, const QColor& alternate,
                     const QColor& button, const QColor& highlight, const QColor& highlightedText, const QColor& link,
                     const QColor& muted, bool dark) {
    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0xff, 0xff) : QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Light, dark ? button.lighter(130) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, dark ? button.lighter(115) : button.lighter(105));
    p.setColor(QPalette::Mid, dark ? button.darker(130) : button.darker(125));
    p.setColor(QPalette::Dark, dark ? button.darker(160) : button.darker(150));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, muted);
    return p;
}

// Tick boxes and round buttons as large as the text beside them (1.1 em, never smaller than
// the style's own): styles size them in pixels, so at 200 % text they would stay tiny.
class TextSizedIndicators : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    int pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const override {
        const int base = QProxyStyle::pixelMetric(metric, option, widget);
        switch (metric) {
            case PM_IndicatorWidth:
            case PM_IndicatorHeight:
            case PM_ExclusiveIndicatorWidth:
            case PM_ExclusiveIndicatorHeight: {
                const QFont font = widget ? widget->font() : QApplication::font();
                return std::max(base, int(std::lround(QFontInfo(font).pixelSize() * 1.1)));
            }
            default:
                return base;
        }
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) return;
        // A clear edge in both palettes: the style's own outline is a shade of the window
        // colour and all but disappears on the dark one.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(option->palette.color(QPalette::PlaceholderText));
        pen.setWidthF(std::max(1.0, option->rect.height() / 16.0));
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const double inset = pen.widthF() / 2 + 0.5;
        const QRectF edge = QRectF(option->rect).adjusted(inset, inset, -inset, -inset);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(edge);
        else
            painter->drawRoundedRect(edge, 2, 2);
        painter->restore();
    }
};

void installIndicatorStyle() {
    if (dynamic_cast<TextSizedIndicators*>(QApplication::style())) return;
    // A new copy of the current style underneath: the application deletes the one it has.
    QApplication::setStyle(new TextSizedIndicators(QApplication::style()->name()));
}

}  // namespace

void Appearance::apply(const ProfileSettings& settings) { apply(settings.textScalePercent(), settings.theme()); }

void Appearance::apply(int textScalePercent, ProfileSettings::Theme theme) {
    Original& o = original();
    o.percent = std::clamp(textScalePercent, 100, 200);
    installIndicatorStyle();  // before the palette: changing the style may reset it

    QFont font = o.font;
    if (o.font.pointSizeF() > 0)
        font.setPointSizeF(o.font.pointSizeF() * o.percent / 100.0);
    else
        font.setPixelSize(o.font.pixelSize() * o.percent / 100);
    QApplication::setFont(font);

    QPalette palette;
    if (theme == ProfileSettings::Theme::Dark) {
        palette = darkPalette();
        o.dark = true;
    } else if (theme == ProfileSettings::Theme::Light) {
        palette = lightPalette();
        o.dark = false;
    } else if (theme == ProfileSettings::Theme::HighContrast) {
        palette = highContrastPalette();
        o.dark = true;
    } else {
        palette = o.palette;
        o.dark = o.palette.color(QPalette::Window).lightness() < 128;
    }
    QApplication::setPalette(palette);

    for (QWidget* top : QApplication::topLevelWidgets()) propagate(top);
}

void Appearance::setRelativeFontSize(QWidget* widget, double factor, bool bold) {
    original();  // remember the platform's font before anything is scaled
    widget->setProperty(kFontFactor, factor);
    widget->setProperty(kFontBold, bold);
    applyRelativeFont(widget);
}

void Appearance::makeHeading(QWidget* widget, int level) {
    setRelativeFontSize(widget, level <= 1 ? 1.6 : 1.25, true);
    widget->setAccessibleDescription(level <= 1 ? QApplication::translate("mooring", "Heading")
                                                : QApplication::translate("mooring", "Subheading"));
}

void Appearance::makeLargeTarget(QWidget* widget) {
    widget->setProperty(kLargeTarget, true);
    applyLargeTarget(widget);
}

void Appearance::makeLargeTargets(QWidget* root) {
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        // The line inside a spin box, date box or editable combo box is not a target of its
        // own: made taller than its box, its text would sit low and be cut off.
        const QWidget* parent = widget->parentWidget();
        const bool insideBox = qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent);
        if (qobject_cast<QPushButton*>(widget) || (qobject_cast<QLineEdit*>(widget) && !insideBox) ||
            qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget))
            makeLargeTarget(widget);
    }
}

int Appearance::textScalePercent() { return original().percent; }
bool Appearance::isDark() { return original().dark; }

QPalette Appearance::lightPalette() {
    // Warm off-white and soft ink: calm, but with text contrast well above WCAG AA.
    return makePalette(QColor(0xf6, 0xf4, 0xef), QColor(0x1f, 0x25, 0x2b), QColor(0xff, 0xff, 0xff),
                       QColor(0xf0, 0xee, 0xe8), QColor(0xe9, 0xe6, 0xdf), QColor(0x2f, 0x6b, 0x8a),
                       QColor(0xff, 0xff, 0xff), QColor(0x25, 0x5f, 0x80), QColor(0x6a, 0x6f, 0x75), false);
}

QPalette Appearance::darkPalette() {
    // Fields a clear step lighter than the window: Fusion's frame lines are faint on dark.
    return makePalette(QColor(0x1e, 0x22, 0x26), QColor(0xe7, 0xe9, 0xeb), QColor(0x2e, 0x34, 0x3a),
                       QColor(0x35, 0x3c, 0x43), QColor(0x3a, 0x41, 0x49), QColor(0x5d, 0x9c, 0xc0),
                       QColor(0x10, 0x14, 0x18), QColor(0x8e, 0xc6, 0xe6), QColor(0x98, 0x9e, 0xa5), true);
}

QPalette Appearance::highContrastPalette() {
    // For low vision: white on black, yellow selection with black text, bright edges so
    // fields and buttons stand out from the window (contrast at least 7:1 everywhere).
    // Fields a step lighter than the window: the style draws their edges from the window colour.
    QPalette p = makePalette(QColor(0, 0, 0), QColor(0xff, 0xff, 0xff), QColor(0x1c, 0x1c, 0x1c),
                             QColor(0x2a, 0x2a, 0x2a), QColor(0x26, 0x26, 0x26), QColor(0xff, 0xd7, 0x00),
                             QColor(0, 0, 0), QColor(0x7f, 0xdb, 0xff), QColor(0xc8, 0xc8, 0xc8), true);
    for (QPalette::ColorRole role : {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        p.setColor(role, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

}  // namespace mooring
