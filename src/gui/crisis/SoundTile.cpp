#include "gui/crisis/SoundTile.h"

#include "gui/crisis/CrisisStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

SoundTile::SoundTile(QWidget* parent)
    : QFrame(parent),
      m_kind(crisis::wrappedLabel(QString(), this, u"keepsSoundKind"_s)),
      m_caption(crisis::wrappedLabel(QString(), this, u"keepsCaption"_s)),
      m_play(new QPushButton(this)),
      m_state(crisis::wrappedLabel(QString(), this, u"keepsSoundState"_s)) {
    setObjectName(u"keepsSoundTile"_s);
    setFrameShape(QFrame::StyledPanel);
    crisis::setFontScale(m_caption, 1.3, true);
    m_play->setObjectName(u"keepsPlay"_s);
    crisis::makeLarge(m_play, QString());
    connect(m_play, &QPushButton::clicked, this, &SoundTile::playPressed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_kind);
    layout->addWidget(m_caption);
    auto* row = new QHBoxLayout;
    row->addWidget(m_play);
    row->addWidget(m_state, 1);
    layout->addLayout(row);
    setPlaying(false);
}

void SoundTile::showMedium(const Medium& medium) {
    const bool recording = medium.kind == MediumKind::Recording;
    m_kind->setText(recording ? tr("A voice note") : tr("A sound"));
    const QString caption = medium.caption.trimmed();
    m_name = !caption.isEmpty() ? caption
             : recording        ? tr("Voice note without a caption")
                                : tr("Sound without a caption");
    m_caption->setText(m_name);
    m_state->clear();
    setPlaying(false);
    QFrame::show();
}

QString SoundTile::caption() const { return m_name; }

void SoundTile::setPlaying(bool playing) {
    m_playing = playing;
    m_play->setText(playing ? tr("Stop  (P)") : tr("Play  (P)"));
    m_play->setAccessibleName(playing ? tr("Stop: %1").arg(m_name) : tr("Play: %1").arg(m_name));
}

void SoundTile::setStateLine(const QString& line) { m_state->setText(line); }

}  // namespace mooring
