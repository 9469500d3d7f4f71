#include "gui/checkin/SelfCareFields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr double kNotAnswered = -0.5;  // the sleep box's "not answered", one step below 0

std::optional<bool> answerOf(const QComboBox* box) {
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<bool>(data.toBool()) : std::nullopt;
}

void setAnswer(QComboBox* box, std::optional<bool> answer) { box->setCurrentIndex(answer ? (*answer ? 1 : 2) : 0); }
}  // namespace

SelfCareFields::SelfCareFields(QWidget* parent) : QWidget(parent), m_sleep(new QDoubleSpinBox(this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);  // the questions get the room; the answers line up

    auto* sleepLabel = new QLabel(tr("&Hours of sleep"), this);
    m_sleep->setObjectName(u"sleepHours"_s);
    m_sleep->setRange(kNotAnswered, SelfCare::kMaxSleepHours);
    m_sleep->setSingleStep(0.5);
    m_sleep->setDecimals(1);
    m_sleep->setValue(kNotAnswered);
    m_sleep->setSpecialValueText(tr("not answered"));
    m_sleep->setAccessibleName(tr("Hours of sleep"));
    m_sleep->setAccessibleDescription(tr("A number of hours, or not answered."));
    m_sleep->setMinimumWidth(m_sleep->fontMetrics().horizontalAdvance(m_sleep->specialValueText()) * 3 / 2);
    sleepLabel->setBuddy(m_sleep);
    grid->addWidget(sleepLabel, 0, 0);
    grid->addWidget(m_sleep, 0, 1);
    m_ate = addQuestion(tr("I &ate regularly"), u"ateRegularly"_s, 1);
    m_medication = addQuestion(tr("I took my &medication as prescribed"), u"tookMedication"_s, 2);
    m_moved = addQuestion(tr("I m&oved my body"), u"movedBody"_s, 3);

    connect(m_sleep, &QDoubleSpinBox::valueChanged, this, &SelfCareFields::changed);
}

QComboBox* SelfCareFields::addQuestion(const QString& label, const QString& objectName, int row) {
    auto* text = new QLabel(label, this);
    text->setWordWrap(true);
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(tr("not answered"));
    box->addItem(tr("yes"), true);
    box->addItem(tr("not today"), false);
    box->setAccessibleName(QString(label).remove(u'&'));
    text->setBuddy(box);
    auto* grid = static_cast<QGridLayout*>(layout());
    grid->addWidget(text, row, 0);
    grid->addWidget(box, row, 1);
    connect(box, &QComboBox::currentIndexChanged, this, &SelfCareFields::changed);
    return box;
}

void SelfCareFields::setQuestions(const SelfCareQuestions& questions) {
    m_questions = questions;
    auto* grid = static_cast<QGridLayout*>(layout());
    const bool asked[] = {questions.sleep, questions.ate, questions.medication, questions.moved};
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 2; ++column)
            if (QLayoutItem* item = grid->itemAtPosition(row, column); item && item->widget())
                item->widget()->setVisible(asked[row]);
    }
    setVisible(asksAny());
}

bool SelfCareFields::asksAny() const {
    return m_questions.sleep || m_questions.ate || m_questions.medication || m_questions.moved;
}

SelfCare SelfCareFields::value() const {
    SelfCare care;
    if (m_sleep->value() >= 0) care.sleepHours = m_sleep->value();
    care.ate = answerOf(m_ate);
    care.medication = answerOf(m_medication);
    care.moved = answerOf(m_moved);
    return care;
}

void SelfCareFields::setValue(const SelfCare& care) {
    m_sleep->setValue(care.sleepHours.value_or(kNotAnswered));
    setAnswer(m_ate, care.ate);
    setAnswer(m_medication, care.medication);
    setAnswer(m_moved, care.moved);
}

}  // namespace mooring
