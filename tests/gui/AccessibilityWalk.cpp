#include "AccessibilityWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace mooring::test {

namespace {

QString stripAmpersands(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// Parts of a composite control (a spin box's line edit, a tab bar's scroll buttons, an
// item view's editors) are named by the control they belong to.
bool isPartOfAnother(const QWidget* widget, const QWidget* root) {
    for (const QWidget* up = widget->parentWidget(); up && up != root->parentWidget(); up = up->parentWidget()) {
        if (qobject_cast<const QComboBox*>(up) || qobject_cast<const QAbstractSpinBox*>(up) ||
            qobject_cast<const QTabBar*>(up) || qobject_cast<const QAbstractItemView*>(up) ||
            qobject_cast<const QCalendarWidget*>(up) || qobject_cast<const QScrollBar*>(up))
            return true;
    }
    return false;
}

// Reachable: shown, or hidden only because another page of a stack is in front.
bool isReachable(const QWidget* widget, const QWidget* root) {
    for (const QWidget* w = widget; w && w != root; w = w->parentWidget()) {
        if (!w->isHidden()) continue;
        const QWidget* parent = w->parentWidget();
        const bool stackPage = parent && (qobject_cast<const QStackedWidget*>(parent) ||
                                          qobject_cast<const QStackedLayout*>(parent->layout()));
        if (!stackPage) return false;
    }
    return true;
}

QString describe(const QWidget* widget) {
    QString name = widget->objectName();
    if (name.isEmpty()) {
        // No objectName: say where it is, so it can be found.
        QStringList path;
        for (const QWidget* up = widget->parentWidget(); up && path.size() < 3; up = up->parentWidget())
            if (!up->objectName().isEmpty()) path.prepend(up->objectName());
        name = u"(unnamed in "_s + path.join(u'/') + u')';
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && !button->toolTip().isEmpty())
            name += u" tooltip \""_s + button->toolTip() + u'"';
    }
    return name + u" ("_s + QString::fromLatin1(widget->metaObject()->className()) + u')';
}

// Qt takes Tab off the unchecked buttons of an exclusive group (fixFocusPolicy): Tab
// reaches the group at its checked button and the arrow keys move between them, as on
// every desktop.
bool isUncheckedRadio(const QWidget* widget) {
    const auto* button = qobject_cast<const QAbstractButton*>(widget);
    if (!button || !button->isCheckable() || button->isChecked()) return false;
    return button->autoExclusive() || (button->group() && button->group()->exclusive());
}

}  // namespace

bool AccessibilityWalk::isInteractive(const QWidget* widget) {
    if (qobject_cast<const QScrollBar*>(widget)) return false;  // part of the view it scrolls
    if (qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
        qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
        qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QAbstractItemView*>(widget) ||
        qobject_cast<const QTabBar*>(widget))
        return true;
    // Text edits count when a person can type in them or move through them.
    if (const auto* edit = qobject_cast<const QTextEdit*>(widget))
        return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
    if (const auto* edit = qobject_cast<const QPlainTextEdit*>(widget))
        return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
    return false;
}

QString AccessibilityWalk::spokenName(const QWidget* widget) {
    if (!widget->accessibleName().trimmed().isEmpty()) return widget->accessibleName().trimmed();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        const QString text = stripAmpersands(button->text());
        if (!text.isEmpty()) return text;
    }
    if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
        // Each tab is read by its own text.
        QStringList texts;
        for (int i = 0; i < tabs->count(); ++i) {
            if (stripAmpersands(tabs->tabText(i)).isEmpty()) return {};
            texts << stripAmpersands(tabs->tabText(i));
        }
        return texts.join(u", "_s);
    }
    // Qt's accessibility looks for a label among the siblings whose buddy this is, and
    // then at a group box around it (QAccessibleWidget, "Label" relation).
    if (const QWidget* parent = widget->parentWidget()) {
        for (const QObject* sibling : parent->children()) {
            const auto* label = qobject_cast<const QLabel*>(sibling);
            if (label && label->buddy() == widget && !stripAmpersands(label->text()).isEmpty())
                return stripAmpersands(label->text());
        }
        if (const auto* group = qobject_cast<const QGroupBox*>(parent); group && !group->title().isEmpty())
            return stripAmpersands(group->title());
    }
    return {};
}

QStringList AccessibilityWalk::walk(QWidget* root, const QString& screen) {
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (const QWidget* widget : std::as_const(widgets)) {
        if (!isInteractive(widget) || !isReachable(widget, root) || isPartOfAnother(widget, root)) continue;
        if (m_seen.contains(widget)) continue;
        m_seen.insert(widget);
        ++m_checked;
        if (spokenName(widget).isEmpty()) problems << screen + u": "_s + describe(widget) + u": no accessible name"_s;
        if (!(widget->focusPolicy() & Qt::TabFocus) && !isUncheckedRadio(widget))
            problems << screen + u": "_s + describe(widget) + u": Tab never reaches it"_s;
    }
    return problems;
}

}  // namespace mooring::test
