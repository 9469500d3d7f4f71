#include "gui/crisis/NumberActions.h"

#include "gui/common/FocusLanding.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/FlowLayout.h"
#include "gui/crisis/QrCodeWidget.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

constexpr int kCopiedShownMs = 4000;

// A button that says one of two things ("Copy number" / "Copied") and is always as wide as
// the longer: when its words change, nothing beside it moves.
class SteadyButton : public QPushButton {
public:
    SteadyButton(const QString& text, const QString& other, QWidget* parent)
        : QPushButton(text, parent), m_texts{text, other} {}

    void setTexts(const QString& shown, const QString& other) {
        m_texts = {shown, other};
        setText(shown);
        updateGeometry();
    }

    QSize sizeHint() const override {
        QSize hint = QPushButton::sizeHint();
        for (const QString& t : m_texts) hint.rwidth() = std::max(hint.width(), widthFor(t));
        return hint;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    // As QPushButton works out its own width, for words it may show later.
    int widthFor(const QString& words) const {
        QStyleOptionButton option;
        initStyleOption(&option);
        option.text = words;
        const QSize text = fontMetrics().size(Qt::TextShowMnemonic, words);
        return style()->sizeFromContents(QStyle::CT_PushButton, &option, text, this).width();
    }

    QStringList m_texts;
};

QScrollArea* scrollAreaAround(QWidget* widget) {
    for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(w)) return area;
    return nullptr;
}

}  // namespace

// Holds the lead. Beside the buttons it asks for little room, so a long line at large text
// never makes the panel wider than the window; NumberActions moves it above the buttons,
// wrapping, when it does not fit beside them.
class NumberActions::LeadBox : public QWidget {
public:
    LeadBox(QWidget* content, QWidget* parent) : QWidget(parent) {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 12, 0);
        content->setParent(this);
        layout->addWidget(content, 0, Qt::AlignVCenter);
    }
    bool inRow = true;

    // As wide as its longest line, unwrapped.
    int naturalWidth() const {
        int widest = 0;
        for (const QLabel* label : findChildren<QLabel*>())
            widest = std::max(widest, label->fontMetrics().horizontalAdvance(label->text()) +
                                          label->contentsMargins().left() + label->contentsMargins().right());
        const QMargins m = layout()->contentsMargins();
        return widest + m.left() + m.right() + 2;
    }
    void setWrapping(bool on) {
        for (QLabel* label : findChildren<QLabel*>()) label->setWordWrap(on);
    }
    QSize minimumSizeHint() const override {
        QSize hint = QWidget::minimumSizeHint();
        if (inRow) {
            hint.setWidth(std::min(hint.width(), crisis::kMinTarget));
            hint.setHeight(std::max(hint.height(), crisis::kMinTarget));  // level with the buttons
        }
        return hint;
    }
};

NumberActions::NumberActions(const QString& copyText, const QString& whose, QWidget* parent)
    : QWidget(parent), m_copyText(copyText) {
    setObjectName(u"numberActions"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_row = new crisis::FlowLayout;
    layout->addLayout(m_row);

    m_copy = new SteadyButton(tr("Copy number"), tr("Copied"), this);
    m_copy->setObjectName(u"numberCopy"_s);
    // The number itself in the name: a screen reader says it as the focus lands here, while the
    // large number beside the button is only a label it would not reach.
    crisis::makeLarge(m_copy, copyText.trimmed().isEmpty() ? tr("Copy the number of %1").arg(whose)
                                                           : tr("Copy the number of %1, %2").arg(whose, copyText));
    m_copy->setToolTip(tr("Puts the number on the clipboard, so you can paste it on your phone."));
    connect(m_copy, &QPushButton::clicked, this, &NumberActions::copy);
    m_row->addWidget(m_copy);
    // Without its buttons (a list being changed) this holds nothing to focus.
    FocusLanding::install(this, [this] { return m_copy; });

    m_codeButton = new SteadyButton(tr("Code for your phone"), tr("Hide the code"), this);
    m_codeButton->setObjectName(u"numberShowCode"_s);
    crisis::makeLarge(m_codeButton, tr("Show a code your phone can scan for %1").arg(whose));
    connect(m_codeButton, &QPushButton::clicked, this, [this] { setCodesVisible(!codesVisible()); });
    m_row->addWidget(m_codeButton);

    m_codes = new QWidget(this);
    m_codes->setObjectName(u"numberCodes"_s);
    auto* codes = new QHBoxLayout(m_codes);
    codes->setContentsMargins(0, 0, 0, 0);
    codes->setSpacing(24);
    codes->addStretch(1);
    m_codes->hide();
    layout->addWidget(m_codes);
    updateEnabled();
}

void NumberActions::setSpokenDetails(const QString& details) {
    m_details = details;
    m_copy->setAccessibleDescription(details);
}

void NumberActions::setLead(QWidget* lead) {
    m_lead = new LeadBox(lead, this);
    // The flow has no "insert": take the buttons out and put them back after the lead.
    QLayoutItem* copy = m_row->takeAt(0);
    QLayoutItem* code = m_row->takeAt(0);
    m_row->addWidget(m_lead);
    m_row->addItem(copy);
    m_row->addItem(code);
    placeLead();
}

void NumberActions::placeLead() {
    if (!m_lead) return;
    const bool fits = m_lead->naturalWidth() <= width();
    if (fits == m_lead->inRow) return;
    auto* column = static_cast<QVBoxLayout*>(layout());
    if (fits) {
        column->removeWidget(m_lead);
        QLayoutItem* copy = m_row->takeAt(0);
        QLayoutItem* code = m_row->takeAt(0);
        m_row->addWidget(m_lead);
        m_row->addItem(copy);
        m_row->addItem(code);
    } else {
        m_row->removeWidget(m_lead);
        column->insertWidget(0, m_lead);
    }
    m_lead->inRow = fits;
    m_lead->setWrapping(!fits);
    m_lead->updateGeometry();
}

void NumberActions::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeLead();
}

void NumberActions::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // The lead's own fonts change just after this one's: look again once they have.
    if (event->type() == QEvent::FontChange) QTimer::singleShot(0, this, &NumberActions::placeLead);
}

void NumberActions::addCode(const QString& uri, const QString& caption, const QString& spoken) {
    if (uri.isEmpty()) return;
    auto* box = new QWidget(m_codes);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* code = new QrCodeWidget(box);
    code->setObjectName(u"numberCode"_s);
    code->setUri(uri, spoken);
    layout->addWidget(code, 0, Qt::AlignHCenter);
    auto* label = new QLabel(caption, box);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    auto* codes = static_cast<QHBoxLayout*>(m_codes->layout());
    codes->insertWidget(codes->count() - 1, box);
    ++m_codeCount;
    updateEnabled();
}

void NumberActions::updateEnabled() {
    m_copy->setEnabled(!m_copyText.trimmed().isEmpty() && m_codeCount > 0);
    m_codeButton->setEnabled(m_codeCount > 0);
}

void NumberActions::copy() {
    QGuiApplication::clipboard()->setText(m_copyText);
    // Said on the button itself: a message elsewhere would push the list about.
    auto* button = static_cast<SteadyButton*>(m_copy);
    button->setTexts(tr("Copied"), tr("Copy number"));
    m_copy->setAccessibleDescription(tr("Copied %1. You can paste it on your phone.").arg(m_copyText));
    QTimer::singleShot(kCopiedShownMs, button, [this, button] {
        button->setTexts(tr("Copy number"), tr("Copied"));
        button->setAccessibleDescription(m_details);
    });
    Q_EMIT copied(m_copyText);
}

void NumberActions::setCodesVisible(bool on) {
    if (on == codesVisible()) return;
    if (on) {
        // A code closing higher up would pull this button away from under the pointer: the
        // list scrolls back by as much as that code took.
        QScrollArea* area = scrollAreaAround(this);
        const int here = mapTo(window(), QPoint()).y();
        int lost = 0;
        for (NumberActions* other : window()->findChildren<NumberActions*>()) {
            if (other == this || !other->codesVisible()) continue;
            if (area && other->isVisible() && other->mapTo(window(), QPoint()).y() < here)
                lost += other->m_codes->height() + other->layout()->spacing();
            other->setCodesVisible(false);
        }
        if (lost > 0) area->verticalScrollBar()->setValue(area->verticalScrollBar()->value() - lost);
        // Then, once laid out, the new code is brought into sight.
        if (area)
            QTimer::singleShot(0, this, [this, area = QPointer<QScrollArea>(area)] {
                if (area && codesVisible()) area->ensureWidgetVisible(m_codes, 0, 0);
            });
    }
    m_codes->setVisible(on);
    static_cast<SteadyButton*>(m_codeButton)
        ->setTexts(on ? tr("Hide the code") : tr("Code for your phone"),
                   on ? tr("Code for your phone") : tr("Hide the code"));
}

bool NumberActions::codesVisible() const { return !m_codes->isHidden(); }

void NumberActions::setButtonsShown(bool on) {
    if (!on) setCodesVisible(false);
    m_copy->setVisible(on);
    m_codeButton->setVisible(on);
}

}  // namespace mooring
