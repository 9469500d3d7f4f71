#include "gui/crisis/BreathingPacer.h"

#include "gui/common/FocusLanding.h"
#include "gui/common/ReadAloudButton.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/FlowLayout.h"
#include "speech/Script.h"

#include <QAbstractScrollArea>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <numbers>
#include <utility>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// The painted circle; its size follows the breath, eased so it never jerks.
class PacerCircle : public QWidget {
public:
    explicit PacerCircle(QWidget* parent) : QWidget(parent) {
        setObjectName(u"breathingCircle"_s);
        setMinimumSize(72, 72);  // it gives way before the words and controls below it do
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    void setFill(double fill) {
        m_fill = fill;
        QWidget::update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const double side = std::min(width(), height()) - 8.0;
        const double radius = side / 2.0 * (0.35 + 0.65 * m_fill);
        const QPointF centre = QRectF(rect()).center();
        QColor ring = palette().color(QPalette::Highlight);
        p.setPen(QPen(ring, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, side / 2.0, side / 2.0);
        QColor fill = ring;
        fill.setAlphaF(0.35f);
        p.setPen(QPen(ring, 3));
        p.setBrush(fill);
        p.drawEllipse(centre, radius, radius);
    }

private:
    double m_fill = 0;
};

double ease(double t) { return 0.5 - 0.5 * std::cos(t * std::numbers::pi); }

// The cues as they are shown; read aloud at the start of each breath in and out.
const speech::HelpText kBreatheIn{"mooring::BreathingPacer",
                                  QT_TRANSLATE_NOOP("mooring::BreathingPacer", "Breathe in")};
const speech::HelpText kBreatheOut{"mooring::BreathingPacer",
                                   QT_TRANSLATE_NOOP("mooring::BreathingPacer", "Breathe out")};

}  // namespace

BreathingPacer::Phase BreathingPacer::phaseAt(qint64 ms, int inSeconds, int outSeconds) {
    const qint64 inMs = qint64(std::max(1, inSeconds)) * 1000;
    const qint64 outMs = qint64(std::max(1, outSeconds)) * 1000;
    const qint64 t = std::max<qint64>(0, ms) % (inMs + outMs);
    Phase phase;
    phase.breathingIn = t < inMs;
    const qint64 within = phase.breathingIn ? t : t - inMs;
    phase.progress = double(within) / double(phase.breathingIn ? inMs : outMs);
    phase.count = int(within / 1000) + 1;
    return phase;
}

BreathingPacer::BreathingPacer(bool reduceMotion, QWidget* parent) : QWidget(parent) {
    setObjectName(u"breathingPacer"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = crisis::wrappedLabel(tr("Breathe"), this, u"breatheHeading"_s);
    crisis::setFontScale(heading, crisis::kHeading, true);
    layout->addWidget(heading);
    m_intro = crisis::wrappedLabel(QString(), this, u"breatheIntro"_s);
    layout->addWidget(m_intro);

    // The circle above its words and controls; when the panel is wide but short (large text
    // in a smaller window) the circle moves to their left, so it shrinks before they go.
    m_body = new QBoxLayout(QBoxLayout::TopToBottom);
    layout->addLayout(m_body, 1);
    m_circle = new PacerCircle(this);
    m_circle->setAccessibleName(tr("Breathing circle"));
    m_body->addWidget(m_circle, 1);
    auto* words = new QVBoxLayout;
    m_body->addLayout(words, 0);
    // The words and the count: one above the other, or side by side when the panel is short.
    m_phaseRow = new QBoxLayout(QBoxLayout::TopToBottom);
    words->addLayout(m_phaseRow);
    m_phaseLabel = new QLabel(this);
    m_phaseLabel->setObjectName(u"breathePhase"_s);
    m_phaseLabel->setAlignment(Qt::AlignCenter);
    crisis::setFontScale(m_phaseLabel, 1.6, true);
    m_phaseRow->addWidget(m_phaseLabel);
    m_countLabel = crisis::wrappedLabel(QString(), this, u"breatheCount"_s);  // up to twelve numbers
    m_countLabel->setAlignment(Qt::AlignCenter);
    crisis::setFontScale(m_countLabel, crisis::kBig);
    m_phaseRow->addWidget(m_countLabel);

    auto* controls = new crisis::FlowLayout;
    m_in = new QSpinBox(this);
    m_in->setObjectName(u"breatheIn"_s);
    m_in->setRange(2, 10);
    m_in->setValue(4);
    m_in->setSuffix(tr(" s"));
    m_in->setAccessibleName(tr("Seconds to breathe in"));
    m_in->setMinimumHeight(crisis::kMinTarget);
    m_out = new QSpinBox(this);
    m_out->setObjectName(u"breatheOut"_s);
    m_out->setRange(2, 12);
    m_out->setValue(6);
    m_out->setSuffix(tr(" s"));
    m_out->setAccessibleName(tr("Seconds to breathe out"));
    m_out->setMinimumHeight(crisis::kMinTarget);
    auto* inLabel = new QLabel(tr("Breathe in for"), this);
    inLabel->setBuddy(m_in);
    auto* outLabel = new QLabel(tr("out for"), this);
    outLabel->setBuddy(m_out);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(u"breathePause"_s);
    crisis::makeLarge(m_pause, tr("Pause the breathing guide"));
    // Each label stays with its box when the row wraps at large text sizes.
    for (const auto& [label, box] : {std::pair<QLabel*, QSpinBox*>{inLabel, m_in}, {outLabel, m_out}}) {
        auto* pair = new QWidget(this);
        auto* pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        label->setParent(pair);
        box->setParent(pair);
        pairLayout->addWidget(label);
        pairLayout->addWidget(box);
        controls->addWidget(pair);
    }
    controls->addWidget(m_pause);
    words->addLayout(controls);
    m_readAloud = new ReadAloudButton(
        [this] { return speech::Script().add(m_phase.breathingIn ? kBreatheIn : kBreatheOut); }, this);
    m_readAloud->setFollowsChanges(true);
    words->addWidget(m_readAloud);
    m_spacer = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Fixed);
    words->addSpacerItem(m_spacer);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] { showMoment(m_offset + m_clock.elapsed()); });
    // A new rhythm starts from the top of a breath in, so the change is easy to follow.
    auto restart = [this] {
        m_offset = 0;
        m_clock.restart();
        showMoment(0);
    };
    connect(m_in, &QSpinBox::valueChanged, this, restart);
    connect(m_out, &QSpinBox::valueChanged, this, restart);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_paused = !m_paused;
        setRunning(!m_paused && isVisible());
        m_pause->setText(m_paused ? tr("Go on") : tr("Pause"));
        m_pause->setAccessibleName(m_paused ? tr("Go on with the breathing guide") : tr("Pause the breathing guide"));
    });
    FocusLanding::install(this, [this] { return m_pause; });
    setReduceMotion(reduceMotion);
}

void BreathingPacer::setReduceMotion(bool on) {
    m_reduceMotion = on;
    m_circle->setVisible(!on);
    // Without the circle, the words sit together at the top instead of spreading out.
    m_spacer->changeSize(0, 0, QSizePolicy::Minimum, on ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    placeCircle();
    layout()->invalidate();
    m_countLabel->setVisible(on);
    m_intro->setText(on ? tr("Breathe in while the count goes up, then breathe out slowly while it counts again.")
                        : tr("Breathe in as the circle grows. Breathe out as it gets smaller."));
    // Motion needs smooth frames; the counted version changes once a second at most.
    m_timer->setInterval(on ? 200 : 33);
    showMoment(m_offset + (m_clock.isValid() && isRunning() ? m_clock.elapsed() : 0));
}

void BreathingPacer::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeCircle();
}

void BreathingPacer::placeCircle() {
    // Beside the words once the panel is wider than about 56 characters and a circle above
    // them would be squeezed below a comfortable size by the height they need. Without the
    // circle, the count goes beside the words for the same reason.
    const int wide = fontMetrics().averageCharWidth() * 56;
    const bool short_ = width() >= wide && visibleHeight() < wide * 3 / 4;
    const auto body = short_ && !m_reduceMotion ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_body->direction() != body) m_body->setDirection(body);
    const auto phase = short_ && m_reduceMotion ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_phaseRow->direction() != phase) m_phaseRow->setDirection(phase);
}

int BreathingPacer::visibleHeight() const {
    // Inside a scroll area the panel may be taller than what can be seen of it.
    for (const QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w)
            return w->height();
    return height();
}

bool BreathingPacer::isRunning() const { return m_timer->isActive(); }
int BreathingPacer::inSeconds() const { return m_in->value(); }
int BreathingPacer::outSeconds() const { return m_out->value(); }

void BreathingPacer::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    setRunning(!m_paused);
}

void BreathingPacer::hideEvent(QHideEvent* event) {
    setRunning(false);
    QWidget::hideEvent(event);
}

void BreathingPacer::setRunning(bool on) {
    if (on == m_timer->isActive()) return;
    if (on) {
        m_clock.restart();
        m_timer->start();
    } else {
        m_offset += m_clock.isValid() ? m_clock.elapsed() : 0;
        m_timer->stop();
    }
}

void BreathingPacer::showMoment(qint64 ms) {
    const bool wasBreathingIn = m_phase.breathingIn;
    m_phase = phaseAt(ms, m_in->value(), m_out->value());
    m_phaseLabel->setText((m_phase.breathingIn ? kBreatheIn : kBreatheOut).text());
    if (m_phase.breathingIn != wasBreathingIn || ms == 0) m_readAloud->contentChanged();
    if (m_reduceMotion) {
        QStringList counted;
        for (int i = 1; i <= m_phase.count; ++i) counted.append(QString::number(i));
        m_countLabel->setText(counted.join(u"  "_s));
    } else {
        const double fill = m_phase.breathingIn ? ease(m_phase.progress) : 1.0 - ease(m_phase.progress);
        static_cast<PacerCircle*>(m_circle)->setFill(fill);
    }
}

}  // namespace mooring
