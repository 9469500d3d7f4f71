#include "gui/journal/UrgeField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mooring {

namespace {
constexpr int kUnchosen = -1;  // the number box's "choose" value, below 0
}

UrgeField::UrgeField(QWidget* parent)
    : QWidget(parent),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_spin(new QSpinBox(this)),
      m_words(new QLabel(this)),
      m_low(new QLabel(tr("0 none"), this)),
      m_high(new QLabel(tr("10 strongest"), this)) {
    m_slider->setObjectName(QStringLiteral("urgeSlider"));
    m_slider->setRange(0, 10);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(tr("How strong was the urge, from 0 to 10"));
    m_spin->setObjectName(QStringLiteral("urgeSpin"));
    m_spin->setRange(kUnchosen, 10);
    m_spin->setValue(kUnchosen);
    m_spin->setSpecialValueText(tr("choose"));
    m_spin->setAccessibleName(tr("Urge strength, a number from 0 to 10"));
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(m_spin->specialValueText()) * 2);
    m_words->setObjectName(QStringLiteral("urgeWords"));
    m_words->setWordWrap(true);
    m_words->setText(tr("Not chosen yet."));
    // Its line stays reserved once the urge is chosen: the form below must not jump up under
    // the pointer between choosing the urge and clicking the next thing.
    QSizePolicy keepRoom = m_words->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_words->setSizePolicy(keepRoom);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_low);
    row->addWidget(m_slider, 1);
    row->addWidget(m_high);
    row->addSpacing(12);
    row->addWidget(m_spin);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_words);
    setFocusProxy(m_slider);

    connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_syncing) return;
        m_syncing = true;
        m_slider->setValue(std::max(v, 0));
        m_syncing = false;
        updateWords();
        Q_EMIT changed();
    });
    // actionTriggered also fires when the slider stays where it was (Home at 0), which
    // still counts as choosing.
    connect(m_slider, &QSlider::actionTriggered, this, [this] {
        if (!m_syncing) m_spin->setValue(m_slider->sliderPosition());
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (!m_syncing) m_spin->setValue(v);
    });
    updateWords();
}

std::optional<int> UrgeField::value() const {
    return m_spin->value() == kUnchosen ? std::nullopt : std::optional<int>(m_spin->value());
}

void UrgeField::setValue(std::optional<int> urge) { m_spin->setValue(urge.value_or(kUnchosen)); }

void UrgeField::setWords(const QString& sliderName, const QString& spinName, const QString& low, const QString& high) {
    m_slider->setAccessibleName(sliderName);
    m_spin->setAccessibleName(spinName);
    m_low->setText(low);
    m_high->setText(high);
}

void UrgeField::updateWords() { m_words->setVisible(!value()); }

}  // namespace mooring
