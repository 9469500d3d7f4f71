#include "gui/plan/PresentationView.h"

#include "gui/common/AppWideKeys.h"
#include "gui/common/HelpNowButton.h"
#include "gui/common/LiveNotice.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

PresentationView::PresentationView(SafetyPlan plan, QWidget* parent) : QDialog(parent), m_plan(std::move(plan)) {
    setWindowTitle(tr("My safety plan"));
    resize(1000, 700);
    m_basePoint = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;
    m_said = new LiveNotice(this);
    m_said->setObjectName(QStringLiteral("presentationSaid"));
    m_step = new QLabel;
    m_step->setObjectName(QStringLiteral("presentationStep"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("presentationTitle"));
    m_title->setWordWrap(true);
    m_items = new QLabel;
    m_items->setObjectName(QStringLiteral("presentationItems"));
    m_items->setWordWrap(true);
    m_items->setTextFormat(Qt::RichText);
    m_items->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->addWidget(m_step);
    bodyLayout->addWidget(m_title);
    bodyLayout->addSpacing(12);
    bodyLayout->addWidget(m_items, 1);
    bodyLayout->setContentsMargins(48, 32, 48, 32);
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    // Help stays one press away on a shared screen too: the button does what F1 does
    // everywhere (this view closes, and "I need help now" opens behind it).
    auto* helpNow = new HelpNowButton;  // keeps its own object name: its colours go by it
    connect(helpNow, &QPushButton::clicked, this, [this] { AppWideKeys::request(AppWideKeys::Action::HelpNow, this); });
    m_previous = new QPushButton(tr("Previous"));
    m_next = new QPushButton(tr("Next"));
    auto* close = new QPushButton(tr("Back to editing"));
    for (QPushButton* b : std::initializer_list<QPushButton*>{helpNow, m_previous, m_next, close})
        b->setFocusPolicy(Qt::NoFocus);  // arrows stay ours
    auto* hint = new QLabel(tr("Arrow keys move between sections. Ctrl and + or - changes the size."));
    hint->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(hint, 1);
    bar->addWidget(m_next);
    bar->addWidget(close);
    auto* top = new QHBoxLayout;
    top->addWidget(helpNow);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addLayout(bar);
    connect(m_previous, &QPushButton::clicked, this, &PresentationView::previous);
    connect(m_next, &QPushButton::clicked, this, &PresentationView::next);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    applyZoom();
    showSection(0);
}

void PresentationView::next() { showSection(std::min(m_index + 1, kPlanSectionCount - 1)); }
void PresentationView::previous() { showSection(std::max(m_index - 1, 0)); }

void PresentationView::zoomBy(double factor) {
    m_zoom = std::clamp(m_zoom * factor, 0.5, 4.0);
    applyZoom();
}

QString PresentationView::shownTitle() const { return m_title->text(); }

QString PresentationView::shownText() const {
    QString plain = m_items->text();
    plain.replace(QStringLiteral("</li>"), QStringLiteral("\n"));
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return plain.trimmed();
}

void PresentationView::showSection(int index) {
    m_index = index;
    const PlanSection s = planSections::all()[index];
    m_step->setText(tr("Step %1 of %2").arg(index + 1).arg(kPlanSectionCount));
    m_title->setText(planSections::title(s));
    const QStringList& items = m_plan.items(s);
    if (items.isEmpty()) {
        m_items->setText(QStringLiteral("<p><i>%1</i></p>").arg(tr("Nothing written here yet.").toHtmlEscaped()));
    } else {
        QString h = QStringLiteral("<ul style=\"margin-left: 0;\">");
        for (const QString& item : items) h += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        m_items->setText(h + QStringLiteral("</ul>"));
    }
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < kPlanSectionCount);
    if (isVisible()) m_said->say(QStringList{m_step->text(), m_title->text(), shownText()}.join(QStringLiteral(". ")));
}

void PresentationView::applyZoom() {
    QFont f = font();
    f.setPointSizeF(m_basePoint * 2.2 * m_zoom);
    m_items->setFont(f);
    f.setPointSizeF(m_basePoint * 3.0 * m_zoom);
    f.setBold(true);
    m_title->setFont(f);
    QFont small = font();
    small.setPointSizeF(m_basePoint * 1.4 * m_zoom);
    m_step->setFont(small);
}

void PresentationView::keyPressEvent(QKeyEvent* event) {
    // Zoom keys here rather than as shortcuts: the view is the focus on a shared screen,
    // and Ctrl+= is what most keyboards give for "bigger" (no Shift needed).
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
            case Qt::Key_Equal:
            case Qt::Key_Plus:
                zoomBy(1.25);
                return;
            case Qt::Key_Minus:
                zoomBy(0.8);
                return;
            case Qt::Key_0:
                m_zoom = 1.0;
                applyZoom();
                return;
            default:
                break;
        }
    }
    switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            next();
            return;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
            previous();
            return;
        case Qt::Key_Home:
            showSection(0);
            return;
        case Qt::Key_End:
            showSection(kPlanSectionCount - 1);
            return;
        default:
            QDialog::keyPressEvent(event);
    }
}

}  // namespace mooring
