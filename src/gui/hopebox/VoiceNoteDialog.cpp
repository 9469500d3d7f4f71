#include "gui/hopebox/VoiceNoteDialog.h"

#include "domain/Medium.h"
#include "gui/common/Appearance.h"
#include "gui/common/SoundPlayback.h"
#include "sound/PulseSource.h"
#include "sound/VoiceRecorder.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace mooring {

using namespace Qt::StringLiterals;
using sound::VoiceRecorder;

namespace {

sound::PcmSourceFactory& testInput() {
    static sound::PcmSourceFactory sources;
    return sources;
}

QString minutesAndSeconds(std::chrono::milliseconds time) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(time).count();
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

}  // namespace

void VoiceNoteDialog::setInputForTests(sound::PcmSourceFactory sources) { testInput() = std::move(sources); }

VoiceNoteDialog::VoiceNoteDialog(QWidget* parent)
    : QDialog(parent),
      m_playback(new SoundPlayback(this)),
      m_intro(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_record(new QPushButton(tr("&Record"), this)),
      m_stop(new QPushButton(tr("S&top"), this)),
      m_play(new QPushButton(tr("&Play"), this)),
      m_level(new QProgressBar(this)),
      m_time(new QLabel(this)),
      m_caption(new QLineEdit(this)) {
    setObjectName(u"voiceNoteDialog"_s);
    setWindowTitle(tr("Record a voice note"));
    const int limitMinutes = int(VoiceRecorder::kDefaultLimit.count() / 60);
    m_intro->setText(tr("Your own voice, or someone who cares about you, saying something kind to hear on a hard "
                        "day. Up to %1 minutes.")
                         .arg(limitMinutes));
    m_intro->setWordWrap(true);
    m_problem->setObjectName(u"voiceProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_record->setObjectName(u"voiceRecord"_s);
    m_stop->setObjectName(u"voiceStop"_s);
    m_play->setObjectName(u"voicePlay"_s);
    m_level->setObjectName(u"voiceLevel"_s);
    m_level->setAccessibleName(tr("Sound level"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_time->setObjectName(u"voiceTime"_s);
    m_caption->setObjectName(u"voiceCaption"_s);
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setMaxLength(Medium::kMaxCaption);
    m_caption->setPlaceholderText(tr("For example \u201cMe, on a good day\u201d"));
    auto* captionLabel = new QLabel(tr("&Caption"), this);
    captionLabel->setBuddy(m_caption);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"voiceSave"_s);
    m_save->setDefault(true);  // Enter in the caption saves
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"voiceCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* controls = new QHBoxLayout;
    for (QPushButton* b : {m_record, m_stop, m_play}) controls->addWidget(b);
    controls->addStretch(1);
    auto* meter = new QHBoxLayout;
    meter->addWidget(m_level, 1);
    meter->addWidget(m_time);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problem);
    layout->addLayout(controls);
    layout->addLayout(meter);
    layout->addWidget(captionLabel);
    layout->addWidget(m_caption);
    layout->addWidget(buttons);
    Appearance::makeLargeTargets(this);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    // Looked for now, so a missing microphone is said before anyone presses Record.
    QString why;
    sound::PcmSourceFactory sources = testInput() ? testInput() : sound::PulseSource::localFactory(&why);
    if (sources) {
        m_recorder = new VoiceRecorder(std::move(sources), this);
        connect(m_recorder, &VoiceRecorder::levelChanged, this,
                [this](double level, std::chrono::milliseconds elapsed) {
                    m_level->setValue(int(std::lround(level * 100)));
                    showTime(elapsed);
                });
        connect(m_recorder, &VoiceRecorder::stateChanged, this, [this] { update(); });
    } else {
        // `why` says what is missing; the shelf itself goes on working.
        const QString reason =
            why.isEmpty() ? tr("Mooring can't find a microphone or a sound system to record with.") : why;
        m_problem->setText(tr("%1 Photos and sound files can still be added.").arg(reason));
    }
    connect(m_record, &QPushButton::clicked, this, &VoiceNoteDialog::record);
    connect(m_stop, &QPushButton::clicked, this, &VoiceNoteDialog::stop);
    connect(m_play, &QPushButton::clicked, this, &VoiceNoteDialog::play);
    connect(m_playback, &SoundPlayback::changed, this, [this] { update(); });
    showTime({});
    update();
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
}

void VoiceNoteDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // The first thing to do: record, or, when nothing can be recorded, leave.
    (m_recorder ? m_record : m_cancel)->setFocus();
}

VoiceNoteDialog::~VoiceNoteDialog() = default;

QByteArray VoiceNoteDialog::recording() const { return m_recorder ? m_recorder->recording() : QByteArray(); }

QString VoiceNoteDialog::caption() const { return m_caption->text().trimmed(); }

void VoiceNoteDialog::record() {
    if (!m_recorder) return;
    m_playback->stop();
    m_recorder->start();
    m_stop->setFocus();  // the next key a person needs
}

void VoiceNoteDialog::stop() {
    if (!m_playback->playingId().isEmpty()) return m_playback->stop();
    if (m_recorder) m_recorder->stop();
}

void VoiceNoteDialog::play() {
    if (!recording().isEmpty()) m_playback->play(u"voice-note"_s, tr("your voice note"), recording());
}

void VoiceNoteDialog::showTime(std::chrono::milliseconds elapsed) {
    m_time->setText(
        tr("%1 of up to %2").arg(minutesAndSeconds(elapsed), minutesAndSeconds(VoiceRecorder::kDefaultLimit)));
    m_time->setAccessibleName(m_time->text());
}

void VoiceNoteDialog::update() {
    const auto state = m_recorder ? m_recorder->state() : VoiceRecorder::State::Failed;
    const bool recording = state == VoiceRecorder::State::Recording;
    const bool playing = !m_playback->playingId().isEmpty();
    const bool have = !this->recording().isEmpty();
    m_record->setEnabled(m_recorder && !recording);
    m_record->setText(have ? tr("&Record again") : tr("&Record"));
    m_stop->setEnabled(recording || playing);
    m_play->setEnabled(have && !recording && !playing);
    m_save->setEnabled(have && !recording);
    if (m_recorder && !recording) m_level->setValue(0);
    if (m_recorder && state == VoiceRecorder::State::Finished) showTime(m_recorder->recordedLength());
    const QString message = m_recorder ? m_recorder->message() : m_problem->text();
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    // The focus never stays on a button that just went grey.
    if (!recording && m_stop->hasFocus()) (have ? m_play : m_record)->setFocus();
}

}  // namespace mooring
