#include "gui/common/StrengthMeter.h"

#include "gui/common/LiveNotice.h"
#include "gui/common/PassphraseStrength.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace mooring {

StrengthMeter::StrengthMeter(QWidget* parent)
    : QWidget(parent),
      m_bar(new QProgressBar(this)),
      m_label(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_said(new LiveNotice(this)) {
    setObjectName(QStringLiteral("strengthMeter"));
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, PassphraseStrength::meterValue(PassphraseStrength::Level::VeryStrong));
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    m_hint->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    row->addWidget(m_bar, 1);
    row->addWidget(m_label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    assess(QString());
}

void StrengthMeter::assess(const QString& passphrase) {
    const PassphraseStrength::Assessment result = PassphraseStrength::assess(passphrase);
    m_bar->setValue(PassphraseStrength::meterValue(result.level));
    m_bar->setAccessibleDescription(result.label);
    m_label->setText(result.label);
    m_hint->setText(result.hint);
    m_hint->setVisible(!result.hint.isEmpty());
    const int level = static_cast<int>(result.level);
    if (level != m_level && result.level != PassphraseStrength::Level::Empty)
        m_said->say(tr("Passphrase strength: %1").arg(result.label));
    m_level = level;
}

QString StrengthMeter::label() const { return m_label->text(); }
QString StrengthMeter::hint() const { return m_hint->text(); }
int StrengthMeter::value() const { return m_bar->value(); }
QString StrengthMeter::lastSaid() const { return m_said->lastSaid(); }

}  // namespace mooring
