#include "gui/settings/ReadAloudSection.h"

#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadAloud.h"
#include "speech/Script.h"
#include "storage/ProfileSettings.h"
#include "storage/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
const speech::HelpText kSample{
    "mooring::ReadAloudSection",
    QT_TRANSLATE_NOOP("mooring::ReadAloudSection",
                      "This is how Mooring reads to you. Take a slow breath in, and a long breath out.")};
}  // namespace

ReadAloudSection::ReadAloudSection(ProfileSettings& settings, Store store, QWidget* parent)
    : QWidget(parent),
      m_settings(settings),
      m_store(std::move(store)),
      m_on(new QCheckBox(tr("Offer \u201cRead this to me\u201d on the help screen and in the library"), this)),
      m_speed(new QSpinBox(this)),
      m_voice(new QComboBox(this)),
      m_try(new QPushButton(tr("Try it"), this)),
      m_note(new MessageBanner(this)) {
    setObjectName(u"readAloudSection"_s);
    auto* heading = new QLabel(tr("Read aloud"), this);
    heading->setObjectName(u"readAloudHeading"_s);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading, 2);
    auto* intro = new QLabel(tr("Mooring can read the help screen's steps, your plan and the library's pages to you. "
                                "Your journal and notes are never read aloud."),
                             this);
    intro->setWordWrap(true);

    m_on->setObjectName(u"readAloudCheck"_s);
    m_on->setChecked(settings.readAloud());
    m_speed->setObjectName(u"readAloudSpeed"_s);
    m_speed->setRange(50, 200);
    m_speed->setSingleStep(10);
    m_speed->setSuffix(tr(" %"));
    m_speed->setValue(settings.readAloudRatePercent());
    m_speed->setAccessibleName(tr("Reading speed, in percent of the usual pace"));
    // The field inside takes the focus: it says the same, not nothing.
    if (auto* field = m_speed->findChild<QLineEdit*>()) field->setAccessibleName(m_speed->accessibleName());
    auto* speedLabel = new QLabel(tr("&Speed"), this);
    speedLabel->setBuddy(m_speed);
    m_voice->setObjectName(u"readAloudVoice"_s);
    m_voice->setAccessibleName(tr("Voice language"));
    m_voice->addItem(tr("The language Mooring is shown in"), QString());
    // Each language is named in its own words, as in the language choice above.
    m_voice->addItem(u"English"_s, u"en"_s);
    m_voice->addItem(u"Deutsch"_s, u"de"_s);
    const int voice = m_voice->findData(settings.readAloudVoice());
    m_voice->setCurrentIndex(voice < 0 ? 0 : voice);
    auto* voiceLabel = new QLabel(tr("&Voice"), this);
    voiceLabel->setBuddy(m_voice);
    m_try->setObjectName(u"readAloudTry"_s);
    m_try->setAccessibleName(tr("Try it: read one sentence aloud"));
    m_note->setObjectName(u"readAloudSettingsNote"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_on);
    auto* row = new QHBoxLayout;
    row->addWidget(speedLabel);
    row->addWidget(m_speed);
    row->addSpacing(16);
    row->addWidget(voiceLabel);
    row->addWidget(m_voice);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_try, 0, Qt::AlignLeft);
    layout->addWidget(m_note);
    for (QWidget* w : {static_cast<QWidget*>(m_on), static_cast<QWidget*>(m_speed), static_cast<QWidget*>(m_voice),
                       static_cast<QWidget*>(m_try)})
        Appearance::makeLargeTarget(w);
    updateEnabled();

    connect(m_on, &QCheckBox::toggled, this, [this](bool on) {
        m_store([on](ProfileSettings& s) { s.setReadAloud(on); });
        if (!on && m_reader) m_reader->stopReading();
        updateEnabled();
    });
    // Kept when the box is left or Enter is pressed, not at every step typed or wheeled.
    connect(m_speed, &QSpinBox::editingFinished, this, [this] {
        const int percent = m_speed->value();
        if (percent != m_settings.readAloudRatePercent())
            m_store([percent](ProfileSettings& s) { s.setReadAloudRatePercent(percent); });
    });
    connect(m_voice, &QComboBox::activated, this, [this] {
        const QString code = m_voice->currentData().toString();
        m_store([code](ProfileSettings& s) { s.setReadAloudVoice(code); });
    });
    connect(m_try, &QPushButton::clicked, this, &ReadAloudSection::tryIt);
}

void ReadAloudSection::setReadAloud(ReadAloud* reader) { m_reader = reader; }

QList<QWidget*> ReadAloudSection::tabOrder() const { return {m_on, m_speed, m_voice, m_try}; }

QString ReadAloudSection::note() const { return m_note->isHidden() ? QString() : m_note->text(); }

void ReadAloudSection::updateEnabled() {
    for (QWidget* w : {static_cast<QWidget*>(m_speed), static_cast<QWidget*>(m_voice), static_cast<QWidget*>(m_try)})
        w->setEnabled(m_on->isChecked());
}

void ReadAloudSection::tryIt() {
    // The speed as shown, even while its box still has the focus and has not been kept yet.
    if (m_speed->value() != m_settings.readAloudRatePercent()) {
        const int percent = m_speed->value();
        m_store([percent](ProfileSettings& s) { s.setReadAloudRatePercent(percent); });
    }
    if (!m_reader) m_reader = new ReadAloud(m_settings, this);
    m_note->clearMessage();
    if (!m_reader->read(speech::Script().add(kSample), this))
        m_note->showMessage(m_reader->unavailableReason(), MessageBanner::Tone::Info);
}

void ReadAloudSection::hideEvent(QHideEvent* event) {
    if (m_reader && m_reader->currentReader() == this) m_reader->stopReading();
    QWidget::hideEvent(event);
}

}  // namespace mooring
