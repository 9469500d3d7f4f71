#include "gui/crisis/KeepsGoingPanel.h"

#include "domain/Error.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/SoundPlayback.h"
#include "gui/crisis/CrisisStyle.h"
#include "gui/crisis/HopeSequence.h"
#include "gui/crisis/PhotoView.h"
#include "gui/crisis/SoundTile.h"
#include "session/ProfileSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {
constexpr double kCaptionScale = 1.3;  // the panel's large calm text, as the plan's items
// Places in the panel's layout: the way through, the photo, its caption, the tile, room.
constexpr int kPhotoIndex = 1;
constexpr int kStretchIndex = 4;
}  // namespace

KeepsGoingPanel::KeepsGoingPanel(ProfileSession& session, QWidget* parent) : QWidget(parent), m_session(&session) {
    setObjectName(u"keepsGoingPanel"_s);
    setAccessibleName(tr("What keeps me going"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    // At the top, as on "My plan": Next stays under the pointer whatever the item's size.
    auto* nav = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setObjectName(u"keepsPrevious"_s);
    crisis::makeLarge(m_previous, tr("Previous photo or sound"));
    m_position = crisis::wrappedLabel(QString(), this, u"keepsPosition"_s);
    m_position->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(u"keepsNext"_s);
    crisis::makeLarge(m_next, tr("Next photo or sound"));
    nav->addWidget(m_previous);
    nav->addWidget(m_position, 1);
    nav->addWidget(m_next);
    layout->addLayout(nav);

    m_photo = new PhotoView(this);
    // A little room at the sides, so the window's focus ring round the photo is not cut off
    // by the edge of the screen's scrolling area.
    auto* photoRow = new QHBoxLayout;
    photoRow->setContentsMargins(6, 0, 6, 0);
    photoRow->addWidget(m_photo);
    layout->addLayout(photoRow, 1);
    m_photoCaption = crisis::wrappedLabel(QString(), this, u"keepsCaption"_s);
    m_photoCaption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    crisis::setFontScale(m_photoCaption, kCaptionScale);
    layout->addWidget(m_photoCaption);
    m_tile = new SoundTile(this);
    layout->addWidget(m_tile);
    layout->addStretch(0);  // kStretchIndex: takes the room a photo would take, when a tile is shown
    auto* keys = crisis::wrappedLabel(tr("The arrow keys move between them. P plays or stops a voice note or a sound."),
                                      this, u"keepsKeys"_s);
    crisis::setFontScale(keys, 0.85);
    layout->addWidget(keys);
    m_announcer = new LiveNotice(this);
    m_playback = new SoundPlayback(this);
    connect(m_playback, &SoundPlayback::changed, this, &KeepsGoingPanel::playbackChanged);

    // Anywhere in the panel, also on its buttons (which would otherwise move the focus with
    // the arrows). Plain P: Space already presses whichever button has the focus, as
    // everywhere else on the help screen, and Alt+P opens the plan.
    const auto key = [this](QKeySequence keys, void (KeepsGoingPanel::*act)()) {
        auto* shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, act);
    };
    key(QKeySequence(Qt::Key_Left), &KeepsGoingPanel::previous);
    key(QKeySequence(Qt::Key_Right), &KeepsGoingPanel::next);
    key(QKeySequence(Qt::Key_P), &KeepsGoingPanel::togglePlay);
    connect(m_previous, &QPushButton::clicked, this, &KeepsGoingPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &KeepsGoingPanel::next);
    connect(m_tile, &SoundTile::playPressed, this, &KeepsGoingPanel::togglePlay);
    // Opened, the keyboard is on the item itself, so a screen reader starts with its caption.
    FocusLanding::install(this,
                          [this] { return showsPhoto() ? static_cast<QWidget*>(m_photo) : m_tile->playButton(); });
    reload();
}

KeepsGoingPanel::~KeepsGoingPanel() {
    m_playback->disconnect(this);  // it says its last words while this is half gone
}

void KeepsGoingPanel::setSinkFactory(sound::PcmSinkFactory sinks) { m_playback->setSinkFactory(std::move(sinks)); }

sound::SoundPlayer* KeepsGoingPanel::player() const { return m_playback->player(); }

void KeepsGoingPanel::reload() {
    const QString shownId = m_items.isEmpty() ? QString() : m_items.at(m_index).id;
    const std::optional<Medium> shown = m_items.isEmpty() ? std::nullopt : std::optional(m_items.at(m_index));
    m_items.clear();
    if (m_session && m_session->isOpen()) {
        try {
            m_items = hopeSequence(*m_session);
        } catch (const Error&) {
            // As the other panels: without it, the help screen is as it was before unlocking.
        }
    }
    if (m_items.isEmpty()) {
        m_playback->stopQuietly();
        m_photo->clear();
        Q_EMIT emptied();
        return;
    }
    const auto same = std::find_if(m_items.cbegin(), m_items.cend(), [&](const Medium& m) { return m.id == shownId; });
    const int index = same != m_items.cend() ? int(same - m_items.cbegin()) : std::min(m_index, count() - 1);
    // The same item unchanged stays as it is: its photo is not decoded again, its sound plays on.
    if (shown && *shown == m_items.at(index)) {
        m_index = index;
        m_position->setText(positionText());
        m_previous->setEnabled(count() > 1);
        m_next->setEnabled(count() > 1);
        return;
    }
    showItem(index);
}

void KeepsGoingPanel::release() {
    m_playback->release();
    m_photo->clear();
    m_items.clear();
    m_index = 0;
    m_session = nullptr;
}

QString KeepsGoingPanel::positionText() const {
    return m_items.isEmpty() ? QString() : tr("%1 of %2").arg(m_index + 1).arg(count());
}

bool KeepsGoingPanel::showsPhoto() const { return !m_items.isEmpty() && m_items.at(m_index).kind == MediumKind::Photo; }

QString KeepsGoingPanel::shownCaption() const {
    if (m_items.isEmpty()) return {};
    return showsPhoto() ? m_photo->accessibleName() : m_tile->caption();
}

QString KeepsGoingPanel::lastSaid() const { return m_announcer->lastSaid(); }

void KeepsGoingPanel::next() {
    if (count() < 2) return;
    showItem((m_index + 1) % count());  // round again from the last: there is no end to reach
    announcePosition();
}

void KeepsGoingPanel::previous() {
    if (count() < 2) return;
    showItem((m_index + count() - 1) % count());
    announcePosition();
}

void KeepsGoingPanel::announcePosition() { m_announcer->say(positionText() + u". "_s + shownCaption()); }

void KeepsGoingPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // At the next turn, once the focus has landed on the item: a screen reader speaks the
    // focus change over whatever was said before it.
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && !m_items.isEmpty()) announcePosition();
    });
}

void KeepsGoingPanel::showItem(int index) {
    // Wherever the focus was on the item, it stays on the item that comes.
    const bool focusOnItem = m_photo->hasFocus() || m_tile->playButton()->hasFocus();
    m_playback->stopQuietly();  // moving on silences; nothing new starts
    m_index = index;
    const Medium& medium = m_items.at(index);
    m_position->setText(positionText());
    m_previous->setEnabled(count() > 1);
    m_next->setEnabled(count() > 1);
    const bool photo = medium.kind == MediumKind::Photo;
    if (photo) {
        QByteArray bytes;
        try {
            bytes = m_session->media().bytes(medium.id);
        } catch (const Error&) {
            // Gone since the list was read: the view says it cannot be shown; a reload follows.
        }
        m_photo->setPhoto(bytes, medium.caption);
        const QString caption = medium.caption.trimmed();
        m_photoCaption->setText(caption);
        m_photoCaption->setVisible(!caption.isEmpty());
    } else {
        m_photo->clear();  // the last photo's pixels go as soon as it is not shown
        m_tile->showMedium(medium);
    }
    m_photo->setVisible(photo);
    // A photo takes all the room there is; a tile stays at the top, under the way through.
    auto* box = static_cast<QBoxLayout*>(layout());
    box->setStretch(kPhotoIndex, photo ? 1 : 0);
    box->setStretch(kStretchIndex, photo ? 0 : 1);
    if (!photo) m_photoCaption->hide();
    m_tile->setVisible(!photo);
    if (focusOnItem) (photo ? static_cast<QWidget*>(m_photo) : m_tile->playButton())->setFocus();
    crisis::applyFonts(this, font());
}

void KeepsGoingPanel::togglePlay() {
    if (m_items.isEmpty() || showsPhoto()) return;
    if (m_playback->isPlaying()) return m_playback->stop();
    const Medium& medium = m_items.at(m_index);
    m_playback->play(medium.id, m_tile->caption(), [session = m_session, id = medium.id] {
        return session ? session->media().bytes(id) : QByteArray();
    });
}

void KeepsGoingPanel::playbackChanged(const QString& said) {
    m_tile->setPlaying(m_playback->isPlaying());
    m_tile->setStateLine(said);
    if (!said.isEmpty()) m_announcer->say(said);  // a stop the person did not ask for is not announced
}

}  // namespace mooring
